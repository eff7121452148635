/// Token kinds of CSS Syntax Level 3 (§4), plus `comment`, which the spec drops but email linting needs.
public enum CSSTokenKind: UInt8, Sendable, Hashable {
    case ident, function, atKeyword, hash, string, badString, url, badURL, delim
    case number, percentage, dimension
    case whitespace, cdo, cdc, colon, semicolon, comma
    case leftBracket, rightBracket, leftParen, rightParen, leftBrace, rightBrace
    case comment
}

/// One CSS token. Tokens never own text: `range` and `valueRange` point into the file's bytes, and the decoded value
/// is built on demand with `value(in:)`.
public struct CSSToken: Sendable, Hashable {
    public struct Flags: OptionSet, Sendable, Hashable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        /// The payload contains a `\` escape (or NUL), so `value(in:)` must decode it.
        public static let hasEscape = Flags(rawValue: 1)
        /// Hash token of type "id" (`#main`, usable as an ID selector) rather than "unrestricted" (`#1a2b3c`).
        public static let idHash = Flags(rawValue: 2)
        /// Numeric token of type "integer" (no `.` and no exponent).
        public static let integer = Flags(rawValue: 4)
        /// String, url or comment that reached the end of input without its closing character.
        public static let unterminated = Flags(rawValue: 8)
    }

    public var kind: CSSTokenKind
    public var flags: Flags
    /// For `delim`, the ASCII character (every CSS delim is ASCII: non-ASCII code points start idents); 0 otherwise.
    public var delim: UInt8
    /// Offsets are stored as Int32 to keep a token at 32 bytes (stylesheets are far below 2 GB); the public
    /// ranges are computed.
    @usableFromInline var start32: Int32
    @usableFromInline var end32: Int32
    @usableFromInline var valueStart32: Int32
    @usableFromInline var valueEnd32: Int32
    /// Numeric value of number, percentage (`50%` is 50) and dimension tokens; 0 otherwise.
    public var numericValue: Double

    /// The whole token, e.g. `url( "a.png" )` or `12.5px`.
    @inlinable public var range: ByteRange {
        get { ByteRange(start: Int(start32), end: Int(end32)) }
        set { start32 = Int32(newValue.start); end32 = Int32(newValue.end) }
    }

    /// The payload: ident/function/at-keyword/hash name (without `(`, `@`, `#`), string contents without quotes,
    /// url contents, the unit of a dimension, the comment text inside `/* */`; same as `range` for other kinds.
    @inlinable public var valueRange: ByteRange {
        get { ByteRange(start: Int(valueStart32), end: Int(valueEnd32)) }
        set { valueStart32 = Int32(newValue.start); valueEnd32 = Int32(newValue.end) }
    }

    @inlinable public init(kind: CSSTokenKind, flags: Flags = [], delim: UInt8 = 0, range: ByteRange,
                           valueRange: ByteRange, numericValue: Double = 0) {
        self.kind = kind
        self.flags = flags
        self.delim = delim
        self.start32 = Int32(truncatingIfNeeded: range.start)
        self.end32 = Int32(truncatingIfNeeded: range.end)
        self.valueStart32 = Int32(truncatingIfNeeded: valueRange.start)
        self.valueEnd32 = Int32(truncatingIfNeeded: valueRange.end)
        self.numericValue = numericValue
    }

    @inlinable public var isInteger: Bool { flags.contains(.integer) }
    @inlinable public var isNumeric: Bool { kind == .number || kind == .percentage || kind == .dimension }
    /// Unit range of a dimension (`px` in `12px`), nil for other kinds.
    @inlinable public var unitRange: ByteRange? { kind == .dimension ? valueRange : nil }

    @inlinable public func isDelim(_ ascii: Unicode.Scalar) -> Bool { kind == .delim && UInt32(delim) == ascii.value }

    /// Raw source text of the token.
    public func text(in bytes: [UInt8]) -> String {
        bytes.withUnsafeBufferPointer { CSSBytes.string($0, range) }
    }

    /// Decoded payload (escapes resolved): the name, string contents, url, or unit.
    public func value(in bytes: [UInt8]) -> String {
        bytes.withUnsafeBufferPointer { value(in: $0, lowercase: false) }
    }

    /// Decoded payload with ASCII letters lowercased, for case-insensitive names (`@MEDIA`, `PX`, `RGB(`).
    public func lowercasedValue(in bytes: [UInt8]) -> String {
        bytes.withUnsafeBufferPointer { value(in: $0, lowercase: true) }
    }

    func value(in p: UnsafeBufferPointer<UInt8>, lowercase: Bool) -> String {
        if flags.contains(.hasEscape) { return CSSBytes.unescaped(p, valueRange, lowercase: lowercase) }
        return lowercase ? CSSBytes.lowercasedString(p, valueRange) : CSSBytes.string(p, valueRange)
    }
}
