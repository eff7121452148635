/// A CSS syntax problem, located in the whole file. Browsers recover from all of these; they are reported because
/// the recovery usually drops something the author meant to keep.
public struct CSSSyntaxError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String
    public var range: ByteRange

    public init(message: String, range: ByteRange) {
        self.message = message
        self.range = range
    }

    public var description: String { "\(range): \(message)" }
}
