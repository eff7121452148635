import Foundation

/// The base protocol of the Language Server Protocol: messages framed by a `Content-Length` header, read from one
/// stream and written to another. Writes are serialised, so the debounced diagnostics and the request replies
/// never interleave.
final class LSPTransport: @unchecked Sendable {
    private let input: FileHandle
    private let output: FileHandle
    private let writeLock = NSLock()
    private var buffer = Data()

    init(input: FileHandle, output: FileHandle) {
        self.input = input
        self.output = output
    }

    /// The next message body, or nil at the end of the input.
    func read() -> Data? {
        while true {
            if let message = takeMessage() { return message }
            let chunk = input.availableData
            if chunk.isEmpty { return nil }
            buffer.append(chunk)
        }
    }

    /// One framed message from the buffer, when a whole one has arrived. A header block without a usable
    /// Content-Length is skipped (the next header starts after it).
    private func takeMessage() -> Data? {
        let separator = Data("\r\n\r\n".utf8)
        guard let end = buffer.range(of: separator) else { return nil }
        let header = String(decoding: buffer[buffer.startIndex..<end.lowerBound], as: UTF8.self)
        var length: Int?
        for line in header.split(separator: "\r\n") {
            let parts = line.split(separator: ":", maxSplits: 1)
            if parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces).lowercased() == "content-length" {
                length = Int(parts[1].trimmingCharacters(in: .whitespaces))
            }
        }
        guard let length, length >= 0 else {
            buffer.removeSubrange(buffer.startIndex..<end.upperBound)
            return Data()
        }
        guard buffer.distance(from: end.upperBound, to: buffer.endIndex) >= length else { return nil }
        let bodyEnd = buffer.index(end.upperBound, offsetBy: length)
        let body = buffer[end.upperBound..<bodyEnd]
        buffer.removeSubrange(buffer.startIndex..<bodyEnd)
        return Data(body)
    }

    func send(_ object: [String: Any]) {
        let body = JSONText.data(object)
        writeLock.lock()
        defer { writeLock.unlock() }
        output.write(Data("Content-Length: \(body.count)\r\n\r\n".utf8))
        output.write(body)
    }
}
