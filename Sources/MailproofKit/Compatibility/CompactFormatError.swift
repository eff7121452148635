/// A compact compatibility database that cannot be decoded, with the 1-based line at fault.
struct CompactFormatError: Error, Sendable, Equatable, CustomStringConvertible {
    public var line: Int
    public var message: String

    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }

    public var description: String { "invalid compatibility data at line \(line): \(message)" }
}
