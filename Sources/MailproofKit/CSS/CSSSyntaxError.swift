/// A CSS syntax problem, located in the whole file. Browsers recover from all of these; they are reported because
/// the recovery usually drops something the author meant to keep.
public struct CSSSyntaxError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String
    public var range: ByteRange
    /// Every client drops this declaration alone and keeps the rest of the block (`font-family:;`): nothing else
    /// is lost, so it is worth less than an error that swallows what follows.
    public var dropsOnlyItself: Bool

    public init(message: String, range: ByteRange, dropsOnlyItself: Bool = false) {
        self.message = message
        self.range = range
        self.dropsOnlyItself = dropsOnlyItself
    }

    public var description: String { "\(range): \(message)" }
}
