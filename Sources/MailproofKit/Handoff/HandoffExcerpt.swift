/// The smallest complete fragment around a correction, before and after, with a few lines of context. Long
/// lines (minified HTML) are cut to a window around the change.
struct HandoffExcerpt {
    var before: String
    var after: String?

    static let contextLines = 2
    static let maximumBytes = 900
    static let window = 160

    /// The excerpt for a finding; `after` is nil when the finding has no fix.
    init(source: SourceFile, range: ByteRange, fix: [TextEdit]) {
        let bytes = source.bytes
        var start = range.start
        var end = range.end
        for edit in fix {
            start = min(start, edit.range.start)
            end = max(end, edit.range.end)
        }
        var from = Self.lineStart(bytes, start)
        var to = Self.lineEnd(bytes, end)
        for _ in 0..<Self.contextLines {
            if from > 0 { from = Self.lineStart(bytes, from - 1) }
            if to < bytes.count { to = Self.lineEnd(bytes, to + 1) }
        }
        if to - from > Self.maximumBytes {
            // A long line: a window around the change, on character boundaries.
            from = Self.characterStart(bytes, max(Self.lineStart(bytes, start), start - Self.window))
            to = Self.characterStart(bytes, min(Self.lineEnd(bytes, end), end + Self.window))
        }
        let clippedStart = from > 0 && bytes[from - 1] != UInt8(ascii: "\n")
        let clippedEnd = to < bytes.count && bytes[to] != UInt8(ascii: "\n")
        func dress(_ text: String) -> String {
            (clippedStart ? "…" : "") + text + (clippedEnd ? "…" : "")
        }
        before = dress(Self.text(bytes[from..<to]))
        if fix.isEmpty {
            after = nil
        } else {
            let local = fix.map { TextEdit(range: ByteRange(start: $0.range.start - from, end: $0.range.end - from), replacement: $0.replacement) }
            let applied = TextEdit.apply(local, to: Array(bytes[from..<to]))
            after = applied.deferred.isEmpty ? dress(Self.text(applied.result[...])) : nil
        }
    }

    private static func text(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
    }

    private static func lineStart(_ bytes: [UInt8], _ offset: Int) -> Int {
        var i = min(offset, bytes.count)
        while i > 0, bytes[i - 1] != UInt8(ascii: "\n") { i -= 1 }
        return i
    }

    private static func lineEnd(_ bytes: [UInt8], _ offset: Int) -> Int {
        var i = max(0, offset)
        while i < bytes.count, bytes[i] != UInt8(ascii: "\n") { i += 1 }
        return i
    }

    /// Moves back to the first byte of a UTF-8 character.
    private static func characterStart(_ bytes: [UInt8], _ offset: Int) -> Int {
        var i = min(max(0, offset), bytes.count)
        while i > 0, i < bytes.count, bytes[i] & 0xC0 == 0x80 { i -= 1 }
        return i
    }
}
