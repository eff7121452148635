/// A replacement of one byte range of the original text. Fixes are lists of these; the document is never
/// re-serialised, so everything outside an edit keeps its exact bytes.
public struct TextEdit: Hashable, Sendable {
    public var range: ByteRange
    public var replacement: String

    public init(range: ByteRange, replacement: String) {
        self.range = range
        self.replacement = replacement
    }

    public static func insert(_ text: String, at offset: Int) -> TextEdit {
        TextEdit(range: .empty(at: offset), replacement: text)
    }

    public static func delete(_ range: ByteRange) -> TextEdit {
        TextEdit(range: range, replacement: "")
    }
}

extension TextEdit {
    /// Applies the edits that do not overlap an earlier-applied one, back to front, to `bytes`.
    /// Returns the new bytes and the edits that were left for a later pass because they overlapped.
    public static func apply(_ edits: [TextEdit], to bytes: [UInt8]) -> (result: [UInt8], deferred: [TextEdit]) {
        // Sort by start, then by end, so ties are stable; keep the first of overlapping edits.
        let sorted = edits.enumerated().sorted { a, b in
            a.element.range != b.element.range ? a.element.range < b.element.range : a.offset < b.offset
        }.map(\.element)
        var accepted: [TextEdit] = []
        var deferred: [TextEdit] = []
        var lastEnd = -1
        var lastInsertion = -1
        for edit in sorted {
            // Overlapping edits, and two insertions at one offset (whose order would be a guess), wait a pass.
            let clashes = edit.range.start < lastEnd || (edit.range.isEmpty && edit.range.start == lastInsertion)
            if clashes || edit.range.end > bytes.count {
                deferred.append(edit)
                continue
            }
            accepted.append(edit)
            lastEnd = max(lastEnd, edit.range.end)
            lastInsertion = edit.range.isEmpty ? edit.range.start : -1
        }
        // One forward pass: accepted edits are sorted and disjoint, so each gap and replacement is copied once
        // (replacing subranges in place would move the rest of the file for every edit).
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + accepted.reduce(0) { $0 + $1.replacement.utf8.count })
        var copied = 0
        for edit in accepted {
            result.append(contentsOf: bytes[copied..<edit.range.start])
            result.append(contentsOf: edit.replacement.utf8)
            copied = edit.range.end
        }
        result.append(contentsOf: bytes[copied...])
        return (result, deferred)
    }
}

extension TextEdit {
    /// Removes `range`; when it is alone on its line(s), the whole line goes, so no blank indented line is left.
    public static func removal(of range: ByteRange, in bytes: [UInt8]) -> TextEdit {
        var start = range.start
        while start > 0, bytes[start - 1] == 0x20 || bytes[start - 1] == 0x09 { start -= 1 }
        var end = range.end
        while end < bytes.count, bytes[end] == 0x20 || bytes[end] == 0x09 { end += 1 }
        let startsLine = start == 0 || bytes[start - 1] == 0x0A || bytes[start - 1] == 0x0D
        let endsLine = end == bytes.count || bytes[end] == 0x0A || bytes[end] == 0x0D
        guard startsLine && endsLine else { return .delete(range) }
        if end < bytes.count, bytes[end] == 0x0D { end += 1 }
        if end < bytes.count, bytes[end] == 0x0A { end += 1 }
        return .delete(ByteRange(start: start, end: end))
    }
}
