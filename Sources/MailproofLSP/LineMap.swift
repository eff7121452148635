/// Byte offsets of a document's UTF-8 text and the protocol's positions (zero-based lines, UTF-16 columns), both
/// ways. The editor counts emoji as two units and CJK as one; mailproof counts bytes.
struct LineMap {
    let bytes: [UInt8]
    /// The byte offset where each line starts.
    private let starts: [Int]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == 0x0A { starts.append(offset + 1) }
        self.starts = starts
    }

    func position(of offset: Int) -> Position {
        let offset = max(0, min(offset, bytes.count))
        var low = 0
        var high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        let prefix = bytes[starts[low]..<offset]
        return Position(line: low, character: String(decoding: prefix, as: UTF8.self).utf16.count)
    }

    func range(_ start: Int, _ end: Int) -> LSPRange {
        LSPRange(start: position(of: start), end: position(of: end))
    }

    /// The byte offset of a position; a position past the end of its line is the end of the line.
    func offset(of position: Position) -> Int {
        guard position.line < starts.count else { return bytes.count }
        let lineStart = starts[max(0, position.line)]
        let lineEnd = position.line + 1 < starts.count ? starts[position.line + 1] - 1 : bytes.count
        let line = String(decoding: bytes[lineStart..<max(lineStart, lineEnd)], as: UTF8.self)
        var units = 0
        var offset = lineStart
        for scalar in line.unicodeScalars {
            if units >= position.character { break }
            units += scalar.utf16.count
            offset += scalar.utf8.count
        }
        return min(offset, lineEnd)
    }

    /// The byte offset where a zero-based line starts.
    func lineStart(_ line: Int) -> Int { starts[min(max(0, line), starts.count - 1)] }
}
