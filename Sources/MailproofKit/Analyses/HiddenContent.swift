/// Whether an element hides its content from readers: `display:none`, `visibility:hidden`, zero height or
/// opacity, Outlook's `mso-hide:all`, or the `hidden` attribute. Preheaders hide text on purpose; required
/// content (Kit's `{{ message_content }}`, an unsubscribe link) must not be hidden.
enum HiddenContent {
    static func hides(_ element: Element) -> Bool {
        if element.hasAttribute("hidden") { return true }
        guard let declarations = element.inlineDeclarations else { return false }
        // Property names come lower-cased from the parser (custom properties keep their case and never match):
        // only the values of the properties below are read, so only they are lower-cased.
        // By index: a `for in` copies every declaration (retaining its strings and tokens) to read one name.
        for k in declarations.indices {
            guard let property = hidingProperties[declarations[k].property] else { continue }
            let value = declarations[k].value.lowercased().trimmingWhitespace()
            switch property {
            case .display: if value.hasPrefix("none") { return true }
            case .msoHide: if value.hasPrefix("all") { return true }
            case .visibility: if value.hasPrefix("hidden") { return true }
            case .zero: if isZero(value) { return true }
            }
        }
        return false
    }

    /// The properties that can hide an element, and what hides it: `display:none`, `mso-hide:all`,
    /// `visibility:hidden`, or zero for opacity and heights.
    private enum HidingProperty { case display, msoHide, visibility, zero }
    private static let hidingProperties = NameTable<HidingProperty>([
        "display": .display, "mso-hide": .msoHide, "visibility": .visibility,
        "opacity": .zero, "max-height": .zero, "height": .zero,
    ])

    /// The element or one of its ancestors hides it.
    static func isHidden(_ element: Element) -> Bool {
        hides(element) || element.ancestors.contains(where: hides)
    }

    /// `0`, `0px`, `0 !important`, `0%`.
    private static func isZero(_ value: String) -> Bool {
        // The first word, up to a space or `!`, without splitting the whole value into an array of words.
        let isSeparator: (Character) -> Bool = { $0 == " " || $0 == "!" }
        guard let start = value.firstIndex(where: { !isSeparator($0) }) else { return false }
        let end = value[start...].firstIndex(where: isSeparator) ?? value.endIndex
        switch value[start..<end] {
        case "0", "0px", "0%", "0em", "0pt": return true
        default: return false
        }
    }
}
