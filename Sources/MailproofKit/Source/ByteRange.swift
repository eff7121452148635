/// A half-open range of byte offsets into a file's UTF-8 text.
///
/// Every node, attribute, template tag, CSS token and finding is located by one of these, always relative to
/// the start of the decoded UTF-8 text of the file (which is the file itself for UTF-8 input).
public struct ByteRange: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var start: Int
    public var end: Int

    @inlinable public init(start: Int, end: Int) {
        precondition(start <= end, "ByteRange start \(start) after end \(end)")
        self.start = start
        self.end = end
    }

    @inlinable public init(start: Int, length: Int) {
        self.init(start: start, end: start + length)
    }

    /// An empty range at `offset`, used for things that have a position but no text (an implied end tag).
    @inlinable public static func empty(at offset: Int) -> ByteRange { ByteRange(start: offset, end: offset) }

    @inlinable public var length: Int { end - start }
    @inlinable public var isEmpty: Bool { start == end }

    @inlinable public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }
    @inlinable public func contains(_ other: ByteRange) -> Bool { other.start >= start && other.end <= end }
    @inlinable public func overlaps(_ other: ByteRange) -> Bool { other.start < end && start < other.end }

    public static func < (lhs: ByteRange, rhs: ByteRange) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
    }

    public var description: String { "\(start)..<\(end)" }
}
