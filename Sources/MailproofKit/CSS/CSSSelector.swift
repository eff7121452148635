/// How a compound selector relates to the compound on its left.
public enum CSSCombinator: Sendable, Hashable {
    /// Whitespace: `a b`.
    case descendant
    /// `a > b`
    case child
    /// `a + b`
    case nextSibling
    /// `a ~ b`
    case subsequentSibling
}

/// A complex selector such as `table.main > td:first-child a`: compounds in source order, each carrying the
/// combinator that links it to the previous compound. A matcher walks `compounds` right to left.
public struct CSSComplexSelector: Sendable, Hashable {
    public var range: ByteRange
    public var text: String
    /// Compounds left to right. `compounds[0].combinator` is nil, except in relative selectors (`:has(> img)`,
    /// nested rules such as `> p { }`), where it is the leading combinator.
    public var compounds: [CSSCompoundSelector]
    public var specificity: CSSSpecificity

    public init(range: ByteRange, text: String, compounds: [CSSCompoundSelector]) {
        self.init(range: range, text: text, compounds: compounds, specificity: Self.computeSpecificity(compounds))
    }

    /// A selector whose specificity its parser summed while making it.
    init(range: ByteRange, text: String, compounds: [CSSCompoundSelector], specificity: CSSSpecificity) {
        self.range = range
        self.text = text
        self.compounds = compounds
        self.specificity = specificity
    }

    /// The rightmost compound: the one describing the element the selector matches.
    public var subject: CSSCompoundSelector { compounds[compounds.count - 1] }
    /// Leading combinator of a relative selector.
    public var leadingCombinator: CSSCombinator? { compounds.first?.combinator }
}

/// A sequence of simple selectors without combinators, e.g. `td.header[align=center]:hover`.
public struct CSSCompoundSelector: Sendable, Hashable {
    public var range: ByteRange
    /// Relation to the compound on the left (nil for the first compound of a non-relative selector).
    public var combinator: CSSCombinator?
    public var combinatorRange: ByteRange?
    /// Simple selectors in source order; a type or universal selector, if present, is first.
    public var components: [CSSSimpleSelector]

    public init(range: ByteRange, combinator: CSSCombinator? = nil, combinatorRange: ByteRange? = nil,
                components: [CSSSimpleSelector]) {
        self.range = range
        self.combinator = combinator
        self.combinatorRange = combinatorRange
        self.components = components
    }

    /// Lowercased element name if the compound starts with a type selector.
    public var typeName: String? {
        if case .type(let name)? = components.first?.kind { return name }
        return nil
    }
}

public struct CSSSimpleSelector: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// Element name, lowercased (HTML element names are case-insensitive).
        case type(String)
        /// `*`
        case universal
        /// `#name`, escapes decoded, case kept (IDs are case-sensitive in standards mode).
        case id(String)
        /// `.name`, escapes decoded, case kept.
        case className(String)
        case attribute(CSSAttributeSelector)
        case pseudoClass(CSSPseudoClass)
        case pseudoElement(CSSPseudoElement)
        /// `&` of CSS Nesting.
        case nesting
    }

    public var kind: Kind
    public var range: ByteRange

    public init(kind: Kind, range: ByteRange) {
        self.kind = kind
        self.range = range
    }
}

/// `[name]`, `[name=value]`, `[name^="value" i]` …
public struct CSSAttributeSelector: Sendable, Hashable {
    public enum Operator: Sendable, Hashable {
        /// `[a]`
        case exists
        /// `[a=b]`
        case equals
        /// `[a~=b]`: whitespace-separated list contains b.
        case includes
        /// `[a|=b]`: equals b or starts with `b-`.
        case dashMatch
        /// `[a^=b]`
        case prefix
        /// `[a$=b]`
        case suffix
        /// `[a*=b]`
        case substring
    }

    public enum CaseSensitivity: Sendable, Hashable {
        /// No flag: the document language decides (HTML: some attribute values like `type` are case-insensitive).
        case `default`
        /// `i` flag
        case insensitive
        /// `s` flag
        case sensitive
    }

    /// Attribute name, lowercased (HTML attribute names are case-insensitive).
    public var name: String
    public var nameRange: ByteRange
    public var op: Operator
    /// Decoded value (quotes and escapes removed); nil for `.exists`.
    public var value: String?
    public var valueRange: ByteRange?
    public var caseSensitivity: CaseSensitivity
}

/// `:hover`, `:not(.a)`, `:nth-child(2n+1 of .row)`, `:lang(en)` …
public struct CSSPseudoClass: Sendable, Hashable {
    /// Lowercased name without the colon, e.g. `nth-child`, `-webkit-any`.
    public var name: String
    public var nameRange: ByteRange
    /// nil for non-functional pseudo-classes.
    public var argument: CSSPseudoArgument?
    /// Range between the parentheses.
    public var argumentRange: ByteRange?
}

public enum CSSPseudoArgument: Sendable, Hashable {
    /// `:not()`, `:is()`, `:where()`, `:has()` (relative), `:matches()`, `:-webkit-any()`, `:host()`.
    /// `:is()` and `:where()` are forgiving: invalid items are dropped from the list.
    case selectors([CSSComplexSelector])
    /// `:nth-child()`, `:nth-last-child()` (optionally `of S`), `:nth-of-type()`, `:nth-last-of-type()`.
    case nth(CSSNth, of: [CSSComplexSelector]?)
    /// Anything else (`:lang(en)`, `:dir(rtl)`), trimmed source text.
    case raw(String)
}

/// `::before`, legacy `:after`, `::slotted(p)`.
public struct CSSPseudoElement: Sendable, Hashable {
    /// Lowercased name without colons.
    public var name: String
    public var nameRange: ByteRange
    /// Written with one colon (`:before`, `:after`, `:first-line`, `:first-letter`).
    public var isLegacySyntax: Bool
    /// Raw argument text of functional pseudo-elements.
    public var argument: String?
    public var argumentRange: ByteRange?
}
