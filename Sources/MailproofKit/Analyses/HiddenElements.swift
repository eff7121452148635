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

    func contains(_ element: Element) -> Bool {
        if element.hasAttribute("hidden") { return true }
        if let style = element.inlineStyle {
            // The last `display` wins, as in the cascade.
            if let display = style.declarations.last(where: { $0.property == "display" }), display.value.lowercased().hasPrefix("none") {
                return true
            }
            if style.declarations.contains(where: { $0.property == "visibility" && $0.value.lowercased() == "hidden" }) { return true }
            let zero = style.declarations.contains { ($0.property == "max-height" || $0.property == "height") && Self.hides($0) }
            if zero, style.declarations.contains(where: { $0.property == "overflow" && $0.value.lowercased() == "hidden" }) { return true }
        }
        return matcher?.matches(any: selectors, element: element.index) ?? false
    }
}
