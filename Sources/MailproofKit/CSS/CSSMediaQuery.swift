/// A parsed `@media` prelude: comma-separated queries.
public struct CSSMediaQueryList: Sendable, Hashable {
    public var range: ByteRange
    public var queries: [CSSMediaQuery]

    /// Every feature of every query, in source order (what a per-feature support check iterates).
    public var features: [CSSMediaFeature] { queries.flatMap(\.features) }
}

public struct CSSMediaQuery: Sendable, Hashable {
    public enum Modifier: Sendable, Hashable { case none, not, only }

    public var range: ByteRange
    public var modifier: Modifier
    /// Lowercased media type (`screen`, `print`, `all`), nil when the query is only conditions.
    public var mediaType: String?
    public var mediaTypeRange: ByteRange?
    /// Features in source order, including those nested in `not (…)`, `(… or …)`.
    public var features: [CSSMediaFeature]
    /// False when the query does not follow Media Queries grammar; browsers then treat it as `not all`.
    public var isValid: Bool
}

/// `(max-width: 600px)`, `(hover)`, `(width >= 600px)`.
public struct CSSMediaFeature: Sendable, Hashable {
    public enum Syntax: Sendable, Hashable {
        /// `(name: value)`
        case plain
        /// `(name)`
        case boolean
        /// `(name < value)`, `(value <= name < value)`
        case range
    }

    /// Lowercased name including any `min-`/`max-` prefix, e.g. `max-width`, `prefers-color-scheme`,
    /// `-webkit-min-device-pixel-ratio`.
    public var name: String
    public var nameRange: ByteRange
    /// The parenthesized feature, including `(` and `)`.
    public var range: ByteRange
    public var syntax: Syntax
    /// Trimmed value text after the colon (plain syntax only).
    public var value: String?
    public var valueRange: ByteRange?
}
