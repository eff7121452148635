/// The static rules of some `<style>` blocks, indexed by selector, and for any element the declarations that win
/// the cascade among them (importance, then specificity, then source order). The inliner writes the winners into
/// `style` attributes; rules such as `color-contrast` read them to know how an element looks.
struct StyleCascade {
    private(set) var rules: [InlinableRule] = []
    /// The rule number of each style rule that takes part, by its range in the source.
    private(set) var ruleForRange: [ByteRange: Int] = [:]
    private var index = SelectorIndex<Int>()
    private let matcher: SelectorMatcher?
    /// How many distinct properties (as written) the rules set: every declaration carries its property's number
    /// below this, so picking winners is array indexing instead of hashing property names for every element.
    private var propertyCount = 0

    /// `properties` (lower case) limits the cascade to rules that set one of them, and to those declarations: a
    /// reader that needs only colours and sizes then matches a fraction of the selectors.
    init(document: Document, sheets: [StyleSheet], properties: NameSet? = nil) {
        var order = 0
        // Every declaration of every rule is numbered by its property: a NameMap, not a String dictionary.
        var propertyNumbers = NameMap<Int>()
        var propertyTotal = 0
        for sheet in sheets {
            // By index: a reader of some properties drops most rules, which are then read in place, not copied.
            let sheetRules = sheet.stylesheet.rules
            for r in sheetRules.indices {
                guard case .style = sheetRules[r] else { continue }
                let declarations = sheetRules[r].styleDeclarations
                defer { order += declarations.count }
                if let properties, !declarations.contains(where: { properties.contains($0.property) }) { continue }
                guard case .style(let style) = sheetRules[r] else { continue }
                // A rule with no declarations takes part only in the inliner's cascade (its block is pruned).
                guard let rule = InlinableRule(style, document: document, firstOrder: order, properties: properties),
                      properties == nil || !rule.declarations.isEmpty else { continue }
                for k in rule.declarations.indices {
                    let property = rule.declarations[k].property
                    if let number = propertyNumbers[property] {
                        rule.declarations[k].propertyNumber = number
                    } else {
                        rule.declarations[k].propertyNumber = propertyTotal
                        propertyNumbers.insert(propertyTotal, for: property)
                        propertyTotal += 1
                    }
                }
                ruleForRange[style.range] = rules.count
                for selector in rule.staticSelectors { index.add(selector, rules.count) }
                rules.append(rule)
            }
        }
        propertyCount = propertyTotal
        matcher = rules.isEmpty ? nil : document.selectorMatcher
    }

    var isEmpty: Bool { rules.isEmpty }

    /// The winning declaration of each property (spelled as written) for the element, one per property, in no
    /// particular order.
    func winningDeclarations(for element: Node.Index) -> [CascadeWinner] {
        guard let matcher else { return [] }
        var winners: [CascadeWinner] = []
        // Where each property's winner so far is in `winners`, by property number; made on the first match (most
        // elements match no rule).
        var slot: [Int32] = []
        // The closure captures the rules alone, not a copy of the whole cascade for every match.
        let rules = self.rules
        let propertyCount = self.propertyCount
        index.forEachMatch(of: element, in: matcher) { rule, specificity in
            if slot.count != propertyCount {
                slot = [Int32](repeating: -1, count: propertyCount)
                winners.reserveCapacity(min(propertyCount, 16))
            }
            for declaration in rules[rule].declarations {
                let candidate = CascadeWinner(declaration: declaration, specificity: specificity)
                let current = Int(slot[declaration.propertyNumber])
                if current < 0 {
                    slot[declaration.propertyNumber] = Int32(winners.count)
                    winners.append(candidate)
                } else if candidate.beats(winners[current]) {
                    winners[current] = candidate
                }
            }
        }
        return winners
    }
}
