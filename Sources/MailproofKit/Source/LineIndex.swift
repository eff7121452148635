#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Maps byte offsets to 1-based line and column numbers.
///
/// Lines end at LF, CRLF or a lone CR. Columns count Unicode scalars (not bytes, not UTF-16 units), which is what
/// editors and GitHub show; they are computed from the bytes on demand so building the index is one pass.
public struct LineIndex: Sendable {
    /// Byte offset at which each line starts; `lineStarts[0] == 0`.
    public let lineStarts: [Int]
    private let bytes: [UInt8]

    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        starts.reserveCapacity(bytes.count / 40 + 1)
        bytes.withUnsafeBufferPointer { buffer in
            var i = 0
            let n = buffer.count
            // No carriage return in the file (nearly every file): each line feed is found by the C library's
            // vectorised memchr, not by testing every eight bytes here.
            if let base = buffer.baseAddress, memchr(base, 0x0D, n) == nil {
                while i < n, let hit = memchr(base + i, 0x0A, n - i) {
                    i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) + 1
                    starts.append(i)
                }
                return
            }
            while i < n {
                // Eight bytes at a time while none of them is a line break (most bytes of a file).
                if i + 8 <= n {
                    let word = WordScan.load(buffer, i)
                    if !WordScan.hasByte(word, 0x0A), !WordScan.hasByte(word, 0x0D) {
                        i += 8
                        continue
                    }
                }
                let byte = buffer[i]
                if byte == 0x0A {
                    starts.append(i + 1)
                } else if byte == 0x0D {
                    if i + 1 < n, buffer[i + 1] == 0x0A { i += 1 }
                    starts.append(i + 1)
                }
                i += 1
            }
        }
        lineStarts = starts
    }

    public var lineCount: Int { lineStarts.count }

    /// The 0-based index of the line holding `offset` (an offset at the very end belongs to the last line).
    public func lineIndex(of offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// 1-based line and column of a byte offset.
    public func location(of offset: Int) -> SourceLocation {
        let clamped = max(0, min(offset, bytes.count))
        let line = lineIndex(of: clamped)
        var column = 1
        var i = lineStarts[line]
        while i < clamped {
            // Count scalar starts: every byte that is not a UTF-8 continuation byte.
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return SourceLocation(offset: clamped, line: line + 1, column: column)
    }

    /// The locations of many offsets, in their order: one walk along each line instead of one per offset, so
    /// thousands of findings on one long (minified) line cost linear time rather than quadratic.
    public func locations(of offsets: [Int]) -> [SourceLocation] {
        var result = [SourceLocation](repeating: SourceLocation(offset: 0, line: 1, column: 1), count: offsets.count)
        var line = -1
        var position = 0
        var column = 1
        // Walked in offset order: each offset and its position packed in one number, so the sort compares plain
        // integers instead of calling a closure (equal offsets get equal locations, whatever their order).
        var order = offsets.indices.map { k in UInt64(max(0, min(offsets[k], bytes.count))) << 32 | UInt64(k) }
        order.sort()
        for key in order {
            let k = Int(key & 0xFFFF_FFFF)
            let offset = Int(key >> 32)
            let index = lineIndex(of: offset)
            if index != line {
                line = index
                position = lineStarts[index]
                column = 1
            }
            if position < offset {
                column += scalarStarts(in: position..<offset)
                position = offset
            }
            result[k] = SourceLocation(offset: offset, line: index + 1, column: column)
        }
        return result
    }

    /// How many bytes of `range` start a scalar (are not UTF-8 continuation bytes `10xxxxxx`), eight at a time.
    private func scalarStarts(in range: Range<Int>) -> Int {
        guard !range.isEmpty else { return 0 }
        return bytes.withUnsafeBufferPointer { buffer in
            var count = 0
            var i = range.lowerBound
            while i + 8 <= range.upperBound {
                let word = WordScan.load(buffer, i)
                // A continuation byte has its top bit set and the next one clear.
                let continuations = word & ~(word << 1) & WordScan.highBits
                count += 8 - continuations.nonzeroBitCount
                i += 8
            }
            while i < range.upperBound {
                if buffer[i] & 0xC0 != 0x80 { count += 1 }
                i += 1
            }
            return count
        }
    }

    /// The byte range of a 1-based line, without its line terminator.
    public func lineRange(_ line: Int) -> ByteRange {
        let index = max(0, min(line - 1, lineStarts.count - 1))
        let start = lineStarts[index]
        var end = index + 1 < lineStarts.count ? lineStarts[index + 1] : bytes.count
        while end > start, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
        return ByteRange(start: start, end: end)
    }
}

/// A position in a file: byte offset plus 1-based line and column (in Unicode scalars).
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public var offset: Int
    public var line: Int
    public var column: Int

    public init(offset: Int, line: Int, column: Int) {
        self.offset = offset
        self.line = line
        self.column = column
    }

    public var description: String { "\(line):\(column)" }
}
