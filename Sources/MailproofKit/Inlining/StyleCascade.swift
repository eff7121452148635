/// The static rules of some `<style>` blocks, indexed by selector, and for any element the declarations that win
/// the cascade among them (importance, then specificity, then source order). The inliner writes the winners into
/// `style` attributes; rules such as `color-contrast` read them to know how an element looks.
struct StyleCascade {
    private(set) var rules: [InlinableRule] = []
    /// The rule number of each style rule that takes part, by its range in the source.
    private(set) var ruleForRange: [ByteRange: Int] = [:]
    private var index = SelectorIndex<Int>()
    private let matcher: SelectorMatcher?

    /// `properties` (lower case) limits the cascade to rules that set one of them, and to those declarations: a
    /// reader that needs only colours and sizes then matches a fraction of the selectors.
    init(document: Document, sheets: [StyleSheet], properties: Set<String>? = nil) {
        var order = 0
        for sheet in sheets {
            for case .style(let style) in sheet.stylesheet.rules {
                defer { order += style.declarations.count }
                guard var rule = InlinableRule(style, document: document, firstOrder: order) else { continue }
                if let properties {
                    rule.declarations.removeAll { !properties.contains($0.property.lowercased()) }
                    if rule.declarations.isEmpty { continue }
                }
                ruleForRange[style.range] = rules.count
                for selector in rule.staticSelectors { index.add(selector, rules.count) }
                rules.append(rule)
            }
        }
        matcher = rules.isEmpty ? nil : SelectorMatcher(document: document)
    }

    var isEmpty: Bool { rules.isEmpty }

    /// The winning declaration of each property (spelled as written) for the element.
    func winners(for element: Node.Index) -> [String: CascadeWinner] {
        guard let matcher else { return [:] }
        var winners: [String: CascadeWinner] = [:]
        // The closure captures the rules alone, not a copy of the whole cascade for every match.
        let rules = self.rules
        index.forEachMatch(of: element, in: matcher) { entry in
            let specificity = entry.selector.specificity
            for declaration in rules[entry.payload].declarations {
                let candidate = CascadeWinner(declaration: declaration, specificity: specificity)
                if let current = winners[declaration.property], !candidate.beats(current) { continue }
                winners[declaration.property] = candidate
            }
        }
        return winners
    }
}
