/// A template-syntax problem found while masking or pairing blocks (unterminated tag, unclosed block, …).
public struct TemplateProblem: Hashable, Sendable {
    public var message: String
    public var range: ByteRange

    public init(message: String, range: ByteRange) {
        self.message = message
        self.range = range
    }
}
