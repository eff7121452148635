/// Elements a reader never sees: hidden by their own `style`, by a `hidden` attribute, or by a top-level `<style>`
/// rule (outside `@media`) that hides what it matches.
struct HiddenElements {
    private let document: Document
    private let selectors: [CSSComplexSelector]
    /// nil when no rule hides anything: then no element needs matching.
    private let matcher: SelectorMatcher?

    init(_ document: Document) {
        self.document = document
        var hiding: [CSSComplexSelector] = []
        for sheet in document.styleSheets {
            for rule in sheet.stylesheet.rules {
                guard case .style(let style) = rule, style.declarations.contains(where: Self.hides) else { continue }
                hiding += style.selectors.filter(SelectorMatcher.isStatic)
            }
        }
        self.selectors = hiding
        self.matcher = hiding.isEmpty ? nil : document.selectorMatcher
    }

    /// `display:none`, `visibility:hidden`, or a zero `max-height` with `overflow:hidden` (the preheader idiom).
    private static func hides(_ declaration: CSSDeclaration) -> Bool {
        let value = declaration.value.lowercased()
        switch declaration.property {
        case "display": return value == "none"
        case "visibility": return value == "hidden"
        case "max-height", "height": return value == "0" || value == "0px"
        default: return false
        }
    }

    /// The inline properties `contains` reads (`max-height` and `height` alike).
    private enum ReadProperty { case display, visibility, height, overflow }
    private static let readProperties = NameTable<ReadProperty>([
        "display": .display, "visibility": .visibility, "max-height": .height, "height": .height, "overflow": .overflow,
    ])

    func contains(_ element: Element) -> Bool {
        if element.hasAttribute("hidden") { return true }
        if let style = element.inlineStyle {
            // One pass by index, names looked up from their bytes: most declarations are of none of these.
            let declarations = style.declarations
            var display: Int?
            var zero = false
            var overflowHidden = false
            for k in declarations.indices {
                guard let property = Self.readProperties[declarations[k].property] else { continue }
                switch property {
                case .display: display = k // the last `display` wins, as in the cascade
                case .visibility: if declarations[k].value.lowercased() == "hidden" { return true }
                case .height: if Self.hides(declarations[k]) { zero = true }
                case .overflow: if declarations[k].value.lowercased() == "hidden" { overflowHidden = true }
                }
            }
            if let display, declarations[display].value.lowercased().hasPrefix("none") { return true }
            if zero, overflowHidden { return true }
        }
        return matcher?.matches(any: selectors, element: element.index) ?? false
    }
}
