/// One `property: value [!important]` declaration.
public struct CSSDeclaration: Sendable {
    /// Lowercased property name (`color`, `-webkit-text-size-adjust`); custom properties (`--Brand`) keep their case.
    public var property: String
    public var propertyRange: ByteRange
    /// Value source text, trimmed, without `!important`.
    public var value: String
    /// Trimmed value range (empty, positioned after the colon, for an empty custom property).
    public var valueRange: ByteRange
    public var important: Bool
    /// Range of `!important` (from `!` through `important`).
    public var importantRange: ByteRange?
    /// The whole declaration, through its `;` when there is one.
    public var range: ByteRange
    /// Tokens of the value (trimmed, without `!important`, comments excluded). Functions appear as `.function`
    /// tokens (`calc`, `var`, `rgb`) and units as the `unitRange` of `.dimension` tokens. This is a slice of the
    /// stylesheet's token array, so it costs no copy; its indices are those of that array.
    public var valueTokens: ArraySlice<CSSToken>

    public var isCustomProperty: Bool { Self.isCustomPropertyName(property) }

    /// Whether a property name is a custom property's (`--brand`).
    static func isCustomPropertyName(_ property: String) -> Bool { property.startsWithBytes(of: "--") && property.hasPrefix("--") }
}

/// Contents of a `{ }` block holding declarations (style rule, `@font-face`, `@page`) or a `style=""` attribute.
public struct CSSDeclarationBlock: Sendable {
    public var range: ByteRange
    public var declarations: [CSSDeclaration]
    /// At-rules and nested style rules found among the declarations: CSS Nesting rules, `@page` margin rules
    /// (`@top-left { }`), `@media` nested in a style rule.
    public var rules: [CSSRule]
    /// Errors found while parsing; only filled for blocks returned by `CSSParser.parseDeclarations` (errors of a
    /// stylesheet are collected in `CSSStylesheet.errors`).
    public var errors: [CSSSyntaxError]
    /// Comment ranges; only filled by `CSSParser.parseDeclarations`.
    public var comments: [ByteRange]

    public init(range: ByteRange, declarations: [CSSDeclaration] = [], rules: [CSSRule] = [],
                errors: [CSSSyntaxError] = [], comments: [ByteRange] = []) {
        self.range = range
        self.declarations = declarations
        self.rules = rules
        self.errors = errors
        self.comments = comments
    }

    /// The last declaration of `property` (lowercase), honouring `!important` like the cascade does.
    public func declaration(named property: String) -> CSSDeclaration? {
        // By index: a `for in` copies every declaration (its strings and tokens) to compare one name.
        var found = -1
        for k in declarations.indices where declarations[k].property == property {
            if found < 0 || !declarations[found].important || declarations[k].important { found = k }
        }
        return found < 0 ? nil : declarations[found]
    }
}
