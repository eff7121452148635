/// Selector specificity (a, b, c) per Selectors Level 4 §17: a = ID selectors, b = classes, attribute selectors
/// and pseudo-classes, c = type selectors and pseudo-elements. Compared lexicographically.
public struct CSSSpecificity: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var a: Int
    public var b: Int
    public var c: Int

    public init(_ a: Int, _ b: Int, _ c: Int) {
        self.a = a
        self.b = b
        self.c = c
    }

    public static let zero = CSSSpecificity(0, 0, 0)

    public static func + (lhs: CSSSpecificity, rhs: CSSSpecificity) -> CSSSpecificity {
        CSSSpecificity(lhs.a + rhs.a, lhs.b + rhs.b, lhs.c + rhs.c)
    }

    public static func < (lhs: CSSSpecificity, rhs: CSSSpecificity) -> Bool {
        (lhs.a, lhs.b, lhs.c) < (rhs.a, rhs.b, rhs.c)
    }

    public var description: String { "(\(a),\(b),\(c))" }
}

extension CSSComplexSelector {
    /// Computes the specificity of a parsed selector; the parser stores the result in `specificity`.
    static func computeSpecificity(_ compounds: [CSSCompoundSelector]) -> CSSSpecificity {
        var total = CSSSpecificity.zero
        for compound in compounds {
            for simple in compound.components { total = total + simple.specificity }
        }
        return total
    }
}

extension CSSSimpleSelector {
    public var specificity: CSSSpecificity {
        switch kind {
        case .universal, .nesting:
            // `&` really takes the parent's specificity; the parser does not resolve it.
            return .zero
        case .type:
            return CSSSpecificity(0, 0, 1)
        case .id:
            return CSSSpecificity(1, 0, 0)
        case .className, .attribute:
            return CSSSpecificity(0, 1, 0)
        case .pseudoElement:
            return CSSSpecificity(0, 0, 1)
        case .pseudoClass(let pseudo):
            switch pseudo.argument {
            case .selectors(let list):
                if pseudo.name == "where" { return .zero }
                let most = list.map(\.specificity).max() ?? .zero
                // :is(), :not(), :has(), :matches() take their most specific argument; :host() adds one class.
                return pseudo.name.hasPrefix("host") ? CSSSpecificity(0, 1, 0) + most : most
            case .nth(_, let of):
                return CSSSpecificity(0, 1, 0) + ((of ?? []).map(\.specificity).max() ?? .zero)
            case .raw, .none:
                return CSSSpecificity(0, 1, 0)
            }
        }
    }
}
