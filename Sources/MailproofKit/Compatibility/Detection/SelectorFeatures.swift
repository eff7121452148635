/// Selector features: pseudo-classes and pseudo-elements by lowercase name, and the structural ones.
enum SelectorFeatures {
    static let pseudoClasses: [(key: String, value: String)] = {
        var table: [(key: String, value: String)] = []
        for name in ["active", "checked", "default", "first-child", "first-of-type", "focus-visible", "focus-within",
                     "focus", "has", "hover", "lang", "last-child", "last-of-type", "link", "not", "nth-child",
                     "nth-last-child", "nth-last-of-type", "nth-of-type", "only-child", "only-of-type", "target",
                     "visited"] {
            table.append((name, "css-pseudo-class-\(name)"))
        }
        return table
    }()

    /// Legacy one-colon forms (`:before`) are parsed as pseudo-elements too, so they land here.
    static let pseudoElements: FeatureTable = [
        "after": "css-pseudo-element-after", "before": "css-pseudo-element-before",
        "first-letter": "css-pseudo-element-first-letter", "first-line": "css-pseudo-element-first-line",
        "marker": "css-pseudo-element-marker", "placeholder": "css-pseudo-element-placeholder",
        "-webkit-input-placeholder": "css-pseudo-element-placeholder",
        "-moz-placeholder": "css-pseudo-element-placeholder", "-ms-input-placeholder": "css-pseudo-element-placeholder",
    ]

    static let type = "css-selector-type"
    static let universal = "css-selector-universal"
    static let id = "css-selector-id"
    static let className = "css-selector-class"
    static let attribute = "css-selector-attribute"
    /// Two or more class, ID or attribute selectors in one compound (`.foo.bar`, `#a.b`). A type or pseudo-class
    /// with a single class (`td.x`, `a:hover`) is not counted: caniemail tests `.foo.bar`, and counting every
    /// `td.x` would drown the finding.
    static let chaining = "css-selector-chaining"
    /// A style rule with more than one selector; reported once, on the selector list.
    static let grouping = "css-selector-grouping"
    /// A style rule nested in another; reported on the nested rule's selector.
    static let nesting = "css-nesting"

    static func combinator(_ combinator: CSSCombinator) -> String {
        switch combinator {
        case .descendant: return "css-selector-descendant"
        case .child: return "css-selector-child"
        case .nextSibling: return "css-selector-adjacent-sibling"
        case .subsequentSibling: return "css-selector-general-sibling"
        }
    }

    static func combinatorFeature(_ combinator: CSSCombinator) -> FeatureID {
        switch combinator {
        case .descendant: return descendantFeature
        case .child: return childFeature
        case .nextSibling: return adjacentSiblingFeature
        case .subsequentSibling: return generalSiblingFeature
        }
    }

    static let pseudoClassTable = NameTable(slugs: pseudoClasses)
    static let pseudoElementTable = NameTable(slugs: pseudoElements)

    /// The structural features as the scan emits them.
    static let typeFeature = FeatureID(type)
    static let universalFeature = FeatureID(universal)
    static let idFeature = FeatureID(id)
    static let classNameFeature = FeatureID(className)
    static let attributeFeature = FeatureID(attribute)
    static let chainingFeature = FeatureID(chaining)
    static let groupingFeature = FeatureID(grouping)
    static let nestingFeature = FeatureID(nesting)
    private static let descendantFeature = FeatureID(combinator(.descendant))
    private static let childFeature = FeatureID(combinator(.child))
    private static let adjacentSiblingFeature = FeatureID(combinator(.nextSibling))
    private static let generalSiblingFeature = FeatureID(combinator(.subsequentSibling))

    static let combinatorSlugs = ["css-selector-descendant", "css-selector-child", "css-selector-adjacent-sibling",
                                  "css-selector-general-sibling"]
    static let structuralSlugs = [type, universal, id, className, attribute, chaining, grouping, nesting]
}
