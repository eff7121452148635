/// Values a template needs that are arithmetic on its parameters, which Mustache cannot do: VML's `arcsize` is a
/// percentage of the button's shorter side, a column's width is the row's width divided by the count, and so on.
/// Keyed by snippet name, so a team's own `button.mustache` gets them too.
enum SnippetDerivedValues {
    /// Rules between parameters, checked with the values: a linked image needs alt text to name the link.
    static func check(_ snippet: String, _ values: [String: String]) throws {
        if snippet == "image", values["href"]?.isEmpty == false, values["alt"]?.isEmpty != false {
            throw SnippetError("alt: a linked image needs alt text that says where the link goes")
        }
    }

    static func values(for snippet: String, _ values: [String: String]) -> [String: Any] {
        func int(_ name: String) -> Int { Int(values[name] ?? "") ?? 0 }
        switch snippet {
        case "button":
            let radius = int("border_radius")
            let side = max(1, min(int("height"), int("width")))
            return [
                // VML rounds corners by a percentage of the shorter side; 50% is a pill.
                "arcsize": "\(min(50, (radius * 100 + side / 2) / side))%",
                "stroked": int("border_width") > 0,
                // The link's border sits outside its width and line height; VML's stroke sits inside the shape.
                "line_height": int("height") - 2 * int("border_width"),
                "link_width": int("width") - 2 * int("border_width"),
            ]
        case "columns":
            let count = int("count")
            // Half a gutter of padding on the row's sides, half on each column's: the row stays `width` wide.
            let rowWidth = int("width") - int("gutter") / 2 * 2
            let columnWidth = count > 0 ? rowWidth / count : rowWidth
            let texts = [values["first"] ?? "", values["second"] ?? "", values["third"] ?? ""]
            return [
                "row_width": rowWidth,
                "column_width": columnWidth,
                "half_gutter": int("gutter") / 2,
                "columns": (0..<count).map { index -> [String: Any] in
                    ["text": texts[index], "first": index == 0, "last": index == count - 1]
                },
            ]
        case "preheader":
            let count = int("spacer")
            return count > 0 ? ["spacer_html": previewSpacer(count)] : [:]
        case "boilerplate", "kit-template":
            return ["spacer_html": previewSpacer(90)]
        case "kit-form", "mailchimp-form":
            let upper = snippet == "mailchimp-form"
            return ["custom_fields": customFields(values["fields"] ?? "", upperCase: upper)]
        default:
            return [:]
        }
    }

    /// Combining grapheme joiner, zero-width non-joiner and no-break space: invisible, but they fill the inbox
    /// preview's character budget so the body's first words do not follow the preview text.
    static func previewSpacer(_ count: Int) -> String {
        String(repeating: "&#847;&zwnj;&nbsp;", count: count)
    }

    /// `first_name:First name, company:Company` → fields with a key (Kit `fields[key]`, Mailchimp merge tag in
    /// upper case), an id and a label.
    static func customFields(_ list: String, upperCase: Bool) -> [[String: String]] {
        list.split(separator: ",").compactMap { item in
            let parts = item.split(separator: ":", maxSplits: 1).map { String($0).trimmingWhitespace() }
            guard let key = parts.first, !key.isEmpty else { return nil }
            let label = parts.count > 1 ? parts[1] : key.replacingUnderscores()
            let name = upperCase ? key.uppercased() : key
            let autocomplete: String
            switch key.lowercased() {
            case "first_name", "fname": autocomplete = "given-name"
            case "last_name", "lname": autocomplete = "family-name"
            case "name", "full_name": autocomplete = "name"
            case "company", "organization": autocomplete = "organization"
            default: autocomplete = "on"
            }
            return ["key": name, "label": label, "field_id": (upperCase ? "mce-" : "ck-") + name, "autocomplete": autocomplete]
        }
    }
}

private extension String {
    /// `first_name` → `First name`.
    func replacingUnderscores() -> String {
        let words = split(separator: "_").joined(separator: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }
}
