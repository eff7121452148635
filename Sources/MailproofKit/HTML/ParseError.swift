/// A problem libxml2 or our own structure checks met while parsing the markup.
public struct ParseError: Sendable, Hashable {
    public var message: String
    public var range: ByteRange
    /// libxml2's error code (`xmlParserErrors`), or 0 for problems found by mailproof's own checks.
    public var code: Int32

    public init(message: String, range: ByteRange, code: Int32 = 0) {
        self.message = message
        self.range = range
        self.code = code
    }
}

/// An Outlook conditional comment marker: an opener such as `<!--[if mso]>` or a closer such as `<![endif]-->`.
public struct ConditionalMarker: Sendable, Hashable {
    public enum Kind: Sendable { case open, close }
    public var kind: Kind
    public var range: ByteRange
    /// Openers: the condition (`gte mso 9`); closers: empty.
    public var condition: String
    /// Clients that ignore conditional comments see the content (`<!--[if !mso]><!-->`, `<![if !mso]>`).
    public var revealed: Bool
    /// The scope of the content this opener starts (or, for a closer, the scope it returns to).
    public var scope: ClientScope
}
