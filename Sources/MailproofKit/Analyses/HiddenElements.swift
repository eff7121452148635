/// Elements a reader never sees: hidden by their own `style`, by a `hidden` attribute, or by a top-level `<style>`
/// rule (outside `@media`) that hides what it matches.
struct HiddenElements {
    private let document: Document
    private let selectors: [CSSComplexSelector]
    /// `AncestorFilter.required(by:)` of each selector, in order.
    private let requiredAncestors: [UInt64]
    /// nil when no rule hides anything: then no element needs matching.
    private let matcher: SelectorMatcher?

    init(_ document: Document) {
        self.document = document
        var hiding: [CSSComplexSelector] = []
        for sheet in document.styleSheets {
            // By index, the declarations read in place: most rules hide nothing and need no copy.
            let rules = sheet.stylesheet.rules
            for r in rules.indices {
                guard case .style = rules[r], rules[r].styleDeclarations.contains(where: Self.hides),
                      case .style(let style) = rules[r] else { continue }
                hiding += style.selectors.filter(SelectorMatcher.isStatic)
            }
        }
        self.selectors = hiding
        self.requiredAncestors = hiding.map(AncestorFilter.required(by:))
        self.matcher = hiding.isEmpty ? nil : document.selectorMatcher
    }

    /// `display:none`, `visibility:hidden`, or a zero `max-height` with `overflow:hidden` (the preheader idiom).
    private static func hides(_ declaration: CSSDeclaration) -> Bool {
        // The value is lower-cased only for the properties that can hide: most declarations are of none.
        switch declaration.property {
        case "display": return declaration.value.lowercased() == "none"
        case "visibility": return declaration.value.lowercased() == "hidden"
        case "max-height", "height":
            let value = declaration.value.lowercased()
            return value == "0" || value == "0px"
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
        if let declarations = element.inlineDeclarations {
            // One pass by index, names looked up from their bytes: most declarations are of none of these.
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
        return matcher?.matches(any: selectors, requiring: requiredAncestors, element: element.index) ?? false
    }
}
