/// `width`/`height` attributes from inlined CSS sizes, for Outlook's Word engine, which sizes images and cells by
/// their attributes. Only pixel (or unitless) lengths become attributes on `img`; `table`, `td` and `th` also take
/// percentages. An attribute already written is left as it is (as css-inline does).
enum SizeAttributes {
    static let elements: Set<String> = ["img", "table", "td", "th"]

    /// ` width="600" height="20"`-style text for the attributes the element lacks, or "".
    static func attributes(for element: Element, declarations: [(property: String, value: String, important: Bool)]) -> String {
        guard elements.contains(element.name) else { return "" }
        var text = ""
        for name in ["width", "height"] where !element.hasAttribute(name) {
            var winner: (value: String, important: Bool)?
            for d in declarations where d.property.lowercased() == name {
                if winner == nil || !winner!.important || d.important { winner = (d.value, d.important) }
            }
            if let value = winner.flatMap({ attributeValue($0.value, element: element.name) }) {
                text += " \(name)=\"\(value)\""
            }
        }
        return text
    }

    /// `600px` → `600`, `600` → `600`, `100%` → `100%` (not for `img`); anything else (em, auto, calc, template
    /// tags) → nil.
    static func attributeValue(_ css: String, element: String) -> String? {
        var value = Substring(css.trimmingWhitespace().lowercased())
        var percent = false
        if value.hasSuffix("px") {
            value = value.dropLast(2)
        } else if value.hasSuffix("%") {
            guard element != "img" else { return nil }
            value = value.dropLast()
            percent = true
        }
        guard !value.isEmpty, value.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
              value.filter({ $0 == "." }).count <= 1, let number = Double(value) else { return nil }
        let integral = number.rounded() == number ? String(Int(number)) : String(value)
        return integral + (percent ? "%" : "")
    }
}
