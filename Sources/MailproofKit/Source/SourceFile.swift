/// A file's text as mailproof works on it: UTF-8 bytes, their line index, and how they were decoded.
///
/// For UTF-8 input (the usual case) `bytes` are the file's bytes, untouched, so every offset is an offset into
/// the file. Other encodings are transcoded to UTF-8 first and offsets refer to that transcoding.
public struct SourceFile: Sendable {
    public let path: String
    public let bytes: [UInt8]
    public let encoding: SourceEncoding
    public let lineIndex: LineIndex
    /// Byte sequences that are not valid UTF-8, and NUL bytes: each a finding of the `encoding` rule.
    public let encodingProblems: [EncodingProblem]

    /// Decodes `data` read from `path`. Throws `SourceError.binary` for data that is clearly not text.
    public init(path: String, data: [UInt8]) throws {
        self.path = path
        if let kind = BinarySniffer.binaryKind(of: data) { throw SourceError.binary(path: path, kind: kind) }
        var problems: [EncodingProblem] = []
        let decoded = TextDecoder.decode(data, problems: &problems)
        bytes = decoded.bytes
        encoding = decoded.encoding
        problems += UTF8Validator.problems(in: bytes)
        encodingProblems = problems
        lineIndex = LineIndex(bytes)
    }

    /// A source made from text already in memory (tests, stdin, generated snippets).
    public init(path: String, text: String) {
        self.path = path
        bytes = Array(text.utf8)
        encoding = .utf8
        encodingProblems = UTF8Validator.problems(in: bytes)
        lineIndex = LineIndex(bytes)
    }

    /// A source whose bytes are already the UTF-8 text to check (a fixer's next pass): nothing is decoded, so
    /// every byte, valid or not, stays as it is.
    public init(path: String, utf8 bytes: [UInt8], encoding: SourceEncoding = .utf8) {
        self.path = path
        self.bytes = bytes
        self.encoding = encoding
        encodingProblems = UTF8Validator.problems(in: bytes)
        lineIndex = LineIndex(bytes)
    }

    public func location(of offset: Int) -> SourceLocation { lineIndex.location(of: offset) }

    /// The text of a range; bytes that are not valid UTF-8 read as U+FFFD, so text written back into the file
    /// from here must come from a range where `isValidUTF8` holds.
    public func text(_ range: ByteRange) -> String {
        String(decoding: bytes[clamped(range)], as: UTF8.self)
    }

    /// Whether the range's bytes survive a trip through `text(_:)` unchanged.
    public func isValidUTF8(_ range: ByteRange) -> Bool {
        // A file with no encoding problem is valid throughout: no walk (the inliner asks once per style rule).
        encodingProblems.isEmpty || UTF8Validator.isValid(bytes[clamped(range)])
    }

    private func clamped(_ range: ByteRange) -> Range<Int> {
        let start = min(max(0, range.start), bytes.count)
        return start..<max(start, min(range.end, bytes.count))
    }
}

/// How a file's bytes were decoded.
public enum SourceEncoding: Sendable, Hashable, CustomStringConvertible {
    case utf8
    case utf8WithBOM
    /// Transcoded to UTF-8 from another encoding (its name as declared or detected).
    case transcoded(from: String)

    public var description: String {
        switch self {
        case .utf8: "UTF-8"
        case .utf8WithBOM: "UTF-8 with BOM"
        case .transcoded(let name): name
        }
    }
}

/// A problem with the bytes of a file: a byte sequence that is not valid UTF-8, a NUL byte, an unknown charset.
public struct EncodingProblem: Sendable, Hashable {
    public var message: String
    public var range: ByteRange
}

/// A file that cannot be checked at all. Its message is the one line the CLI prints.
enum SourceError: Error, CustomStringConvertible, Sendable {
    case binary(path: String, kind: String)
    case unreadable(path: String, reason: String)
    case tooLarge(path: String, size: Int, limit: Int)

    public var description: String {
        switch self {
        case .binary(let path, let kind): "\(path): looks like \(kind), not HTML; skipped"
        case .unreadable(let path, let reason): "\(path): \(reason)"
        case .tooLarge(let path, let size, let limit):
            "\(path): \(size) bytes is over the \(limit)-byte limit (set maxFileSize in .mailproof.yml to raise it)"
        }
    }
}
