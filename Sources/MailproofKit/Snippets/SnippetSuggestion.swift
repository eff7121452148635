/// The `mailproof snippet …` command that replaces a broken block, with the customer's own values read from
/// their markup. Checks append it to their message: support staff paste the command, the customer gets a
/// block that works in Outlook with their colours, link and text.
enum SnippetSuggestion {
    /// For a CSS-only button: a link (or the cell holding a single link) whose rounded corners and padding
    /// Outlook's Word engine ignores. Nil when the element is not button-like (no link, or no fill colour).
    static func button(for element: Element) -> SnippetCall? {
        let link: Element
        if element.name == "a" {
            link = element
        } else {
            guard let only = element.onlyDescendant(named: "a") else { return nil }
            link = only
        }
        guard link.hasAttribute("href") else { return nil }
        // Already bulletproof: the link is the non-Outlook half of a VML button (buttons.cm's pattern).
        if isBesideVML(element) { return nil }
        let cell = element.name == "a" ? link.parent.flatMap { $0.name == "td" || $0.name == "th" ? $0 : nil } : element
        // Cerberus-style buttons round both the cell and the link: one suggestion, on the cell, is enough.
        if element.name == "a", let cell, cell.inlineDeclaration(named: "border-radius") != nil,
           cell.onlyDescendant(named: "a") != nil { return nil }
        var values: [(String, String)] = []
        if let href = link.value("href").map(decoded), SnippetValues.isURL(href) { values.append(("url", href)) }
        let label = VisibleText.content(of: link).text
        if !label.isEmpty, label.count <= 80 { values.append(("label", label)) }
        guard let background = color(link, ["background-color", "background"]) ?? cell.flatMap({ color($0, ["background-color", "background"]) })
                ?? (cell?.value("bgcolor")).flatMap({ SnippetValues.color($0.trimmingWhitespace()) }) else { return nil }
        values.append(("background", background))
        if let text = color(link, ["color"]) { values.append(("color", text)) }
        if let radius = pixels(link, "border-radius") ?? cell.flatMap({ pixels($0, "border-radius") }) {
            values.append(("border_radius", radius))
        }
        if let size = pixels(link, "font-size") { values.append(("font_size", size)) }
        return command("button", values)
    }

    /// Whether the element's cell (or the blocks between it and the cell) hold a VML roundrect.
    private static func isBesideVML(_ element: Element) -> Bool {
        for block in [element] + element.ancestors {
            // Searched in the file's bytes: a cell can hold the whole email, and its text as a `String` (with a
            // non-ASCII character, searched by Foundation) cost more than the rest of the suggestion.
            if block.document.containsBytes("v:roundrect", in: block.range) { return true }
            if block.name == "td" || block.name == "th" || block.name == "table" { break }
        }
        return false
    }

    /// For a `max-width` block Outlook stretches: the container snippet, or columns when the block is one of
    /// several inline-block siblings.
    static func layout(for element: Element, maxWidth: Double) -> SnippetCall? {
        let width = Int(maxWidth.rounded())
        guard width >= 100 else { return nil }
        let display = element.inlineDeclaration(named: "display")?.value.trimmingWhitespace().lowercased()
        if display == "inline-block", let parent = element.parent {
            let columns = parent.children.filter {
                $0.inlineDeclaration(named: "display")?.value.trimmingWhitespace().lowercased() == "inline-block"
            }
            if columns.count == 2 || columns.count == 3 {
                return command("columns", [("count", "\(columns.count)"), ("width", "\(width * columns.count)")])
            }
        }
        var values: [(String, String)] = [("width", "\(width)")]
        if let background = color(element, ["background-color", "background"]) { values.append(("background", background)) }
        return command("container", values)
    }

    /// The built-in snippets, read once: suggestions keep only values their parameters accept, so the command
    /// always runs.
    // Each manifest is read once, on first use, by whichever thread gets there first.
    private static let button = try? SnippetCatalogue.builtInSnippet(named: "button")
    private static let columns = try? SnippetCatalogue.builtInSnippet(named: "columns")
    private static let container = try? SnippetCatalogue.builtInSnippet(named: "container")

    private static func command(_ name: String, _ values: [(String, String)]) -> SnippetCall? {
        let known: Snippet?? = switch name {
        case "button": button
        case "columns": columns
        case "container": container
        default: nil
        }
        guard let snippet = known ?? nil else { return nil }
        let valid = values.compactMap { name, value -> (String, String)? in
            guard let parameter = snippet.parameter(named: name), let checked = try? parameter.validate(value) else { return nil }
            return (name, checked)
        }
        return SnippetCall(name: name, values: valid)
    }

    /// A colour from the element's inline style, if the snippet would accept it.
    private static func color(_ element: Element, _ properties: [String]) -> String? {
        for property in properties {
            guard let value = element.inlineDeclaration(named: property)?.value else { continue }
            // `background: #222 url(…)`: the first word that is a colour.
            for word in value.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
                if let color = SnippetValues.color(String(word).trimmingWhitespace()) { return color }
            }
        }
        return nil
    }

    private static func pixels(_ element: Element, _ property: String) -> String? {
        guard let value = element.inlineDeclaration(named: property)?.value,
              let first = value.split(separator: " ").first,
              let number = CSSLength.pixels(String(first)), number >= 1 else { return nil }
        return String(Int(number.rounded()))
    }

    /// Attribute text with character references decoded (`&amp;` → `&`).
    private static func decoded(_ value: String) -> String {
        var bytes = Array(value.utf8)
        CharacterReferences.decodeInPlace(&bytes, range: ByteRange(start: 0, end: bytes.count))
        // Decoding pads with spaces to keep offsets; a URL has none of its own.
        return String(decoding: bytes.filter { $0 != 0x20 }, as: UTF8.self)
    }
}
