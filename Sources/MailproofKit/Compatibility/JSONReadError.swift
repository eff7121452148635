/// Malformed JSON, located by 1-based line and column (column counted in Unicode scalars).
struct JSONReadError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public var offset: Int
    public var line: Int
    public var column: Int

    public init(message: String, offset: Int, line: Int, column: Int) {
        self.message = message
        self.offset = offset
        self.line = line
        self.column = column
    }

    /// Locates `offset` in `bytes`; done only when reporting, so parsing never tracks lines.
    init(_ message: String, at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) {
        var line = 1
        var column = 1
        var index = 0
        let end = min(offset, bytes.count)
        while index < end {
            let byte = bytes[index]
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {  // not a UTF-8 continuation byte
                column += 1
            }
            index += 1
        }
        self.init(message: message, offset: offset, line: line, column: column)
    }

    public var description: String { "invalid JSON at line \(line), column \(column): \(message)" }
}
