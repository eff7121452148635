#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns a file's bytes into UTF-8: honours a byte-order mark, then a `<meta charset>` or `http-equiv`
/// declaration in the first 1024 bytes (as browsers prescan), and otherwise assumes UTF-8.
enum TextDecoder {
    static func decode(_ data: [UInt8], problems: inout [EncodingProblem]) -> (bytes: [UInt8], encoding: SourceEncoding) {
        if data.starts(with: [0xEF, 0xBB, 0xBF]) { return (data, .utf8WithBOM) }
        if data.starts(with: [0xFF, 0xFE]) { return transcode(data, from: "UTF-16LE", dropping: 2, problems: &problems) }
        if data.starts(with: [0xFE, 0xFF]) { return transcode(data, from: "UTF-16BE", dropping: 2, problems: &problems) }
        guard let declared = MetaCharsetPrescan.declaredCharset(in: data) else { return (data, .utf8) }
        switch declared {
        case "utf-8", "utf8", "unicode-1-1-utf-8":
            return (data, .utf8)
        case "us-ascii", "ascii":
            // ASCII is a subset of UTF-8; any byte over 0x7F is reported by the UTF-8 check.
            return (data, .utf8)
        case "utf-16", "utf-16le", "utf-16be":
            // A UTF-16 file without a BOM cannot contain an ASCII meta tag we could read; the label lies.
            return (data, .utf8)
        default:
            // HTML treats Latin-1 labels as windows-1252, its superset.
            let name = ["iso-8859-1", "latin1", "l1", "iso8859-1", "iso_8859-1"].contains(declared) ? "WINDOWS-1252" : declared.uppercased()
            if isPureASCII(data) { return (data, .utf8) }
            return transcode(data, from: name, dropping: 0, problems: &problems)
        }
    }

    private static func isPureASCII(_ data: [UInt8]) -> Bool {
        data.withUnsafeBufferPointer { buffer in !buffer.contains { $0 >= 0x80 } }
    }

    private static func transcode(_ data: [UInt8], from charset: String, dropping prefix: Int,
                                  problems: inout [EncodingProblem]) -> (bytes: [UInt8], encoding: SourceEncoding) {
        guard let converted = convert(Array(data.dropFirst(prefix)), from: charset) else {
            problems.append(EncodingProblem(
                message: "The declared charset '\(charset.lowercased())' is unknown or the text is not valid in it; read as UTF-8",
                range: ByteRange(start: 0, end: 0)))
            return (data, .utf8)
        }
        return (converted, .transcoded(from: charset))
    }

    /// Converts with the C library's iconv, which knows every charset a template may declare.
    static func convert(_ input: [UInt8], from charset: String) -> [UInt8]? {
        let descriptor = iconv_open("UTF-8", charset)
        guard descriptor != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(descriptor) }
        var output = [UInt8](repeating: 0, count: input.count * 4 + 16)
        var input = input
        let outputCapacity = output.count
        let remaining: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuffer.baseAddress)?.assumingMemoryBound(to: CChar.self)
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress)?.assumingMemoryBound(to: CChar.self)
                var inLeft = inBuffer.count
                var outLeft = outputCapacity
                if inLeft == 0 { return 0 }
                let result = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
                return result == -1 ? nil : outLeft
            }
        }
        guard let remaining else { return nil }
        output.removeLast(remaining)
        return output
    }
}

/// Finds a charset declared by `<meta charset=…>` or `<meta http-equiv="Content-Type" content="…; charset=…">`.
enum MetaCharsetPrescan {
    static func declaredCharset(in data: [UInt8]) -> String? {
        let window = Array(data.prefix(1024))
        let needle = Array("charset".utf8)
        var i = 0
        while i + needle.count < window.count {
            if window[i] | 0x20 == 0x63, matches(window, at: i, needle), isInsideMetaTag(window, at: i) {
                var j = i + needle.count
                while j < window.count, window[j] == 0x20 || window[j] == 0x09 { j += 1 }
                guard j < window.count, window[j] == 0x3D else { i += 1; continue }
                j += 1
                while j < window.count, window[j] == 0x20 || window[j] == 0x22 || window[j] == 0x27 { j += 1 }
                var end = j
                while end < window.count, isCharsetByte(window[end]) { end += 1 }
                if end > j { return String(decoding: window[j..<end], as: UTF8.self).lowercased() }
            }
            i += 1
        }
        return nil
    }

    private static func matches(_ window: [UInt8], at i: Int, _ needle: [UInt8]) -> Bool {
        for k in 0..<needle.count where window[i + k] | 0x20 != needle[k] { return false }
        return true
    }

    private static func isInsideMetaTag(_ window: [UInt8], at i: Int) -> Bool {
        var k = i
        while k > 0, window[k] != 0x3C, window[k] != 0x3E { k -= 1 }
        return window[k] == 0x3C && k + 5 <= window.count && matches(window, at: k + 1, Array("meta".utf8))
    }

    private static func isCharsetByte(_ c: UInt8) -> Bool {
        (c | 0x20 >= 0x61 && c | 0x20 <= 0x7A) || (c >= 0x30 && c <= 0x39) || c == 0x2D || c == 0x5F || c == 0x3A || c == 0x2E
    }
}

/// Finds byte sequences that are not valid UTF-8, and NUL bytes.
enum UTF8Validator {
    /// Reports at most this many problems per file; one bad export can hold thousands.
    static let reportLimit = 20

    static func problems(in bytes: [UInt8]) -> [EncodingProblem] {
        var problems: [EncodingProblem] = []
        var extra = 0
        bytes.withUnsafeBufferPointer { b in
            forEachBadByte(b) { i in
                guard problems.count < reportLimit else { extra += 1; return }
                problems.append(EncodingProblem(
                    message: b[i] == 0 ? "NUL byte in the text (editors and email clients cut the message here)"
                        : "Byte 0x\(hexByte(b[i])) is not valid UTF-8; save the file as UTF-8",
                    range: ByteRange(start: i, length: 1)))
            }
        }
        if extra > 0, let last = problems.last {
            problems.append(EncodingProblem(message: "\(extra) more invalid or NUL bytes not listed", range: last.range))
        }
        return problems
    }

    /// Puts a same-length stand-in for every NUL byte (a space) and every byte of no valid UTF-8 sequence (`?`),
    /// reported or not: libxml2 stops at NUL and, at invalid UTF-8, complains and reads the rest as Latin-1.
    static func replaceInvalidBytes(_ bytes: inout [UInt8]) {
        bytes.withUnsafeMutableBufferPointer { b in
            // Each stand-in is written behind the walk, which only reads ahead of it.
            forEachBadByte(UnsafeBufferPointer(b)) { i in b[i] = b[i] == 0 ? 0x20 : 0x3F }
        }
    }

    /// Whether `bytes` are valid UTF-8 throughout (a range that ends inside a character is not). NUL is valid.
    static func isValid(_ bytes: ArraySlice<UInt8>) -> Bool {
        var valid = true
        bytes.withUnsafeBufferPointer { b in forEachBadByte(b) { i in if b[i] != 0 { valid = false } } }
        return valid
    }

    /// Calls `body` with the offset of every NUL byte and every byte that starts no valid UTF-8 sequence, in order.
    @inline(__always)
    private static func forEachBadByte(_ b: UnsafeBufferPointer<UInt8>, _ body: (Int) -> Void) {
        let n = b.count
        var i = 0
        while i < n {
            // Eight bytes at a time while they are ASCII and not NUL (most bytes of a template).
            if i + 8 <= n {
                let word = WordScan.load(b, i)
                if word & WordScan.highBits == 0, !WordScan.hasByte(word, 0) {
                    i += 8
                    continue
                }
            }
            let c = b[i]
            if c < 0x80 {
                if c == 0 { body(i) }
                i += 1
                continue
            }
            let length = validSequenceLength(b, at: i)
            if length == 0 {
                body(i)
                i += 1
            } else {
                i += length
            }
        }
    }

    private static func hexByte(_ c: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(c >> 4)], digits[Int(c & 0x0F)]])
    }

    /// Length of the valid UTF-8 sequence starting at `i` (0 when it is invalid), per RFC 3629.
    @inline(__always)
    static func validSequenceLength(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let c = b[i]
        let n = b.count
        func continuation(_ k: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> Bool {
            k < n && b[k] >= low && b[k] <= high
        }
        switch c {
        case 0xC2...0xDF: return continuation(i + 1) ? 2 : 0
        case 0xE0: return continuation(i + 1, 0xA0) && continuation(i + 2) ? 3 : 0
        case 0xE1...0xEC, 0xEE, 0xEF: return continuation(i + 1) && continuation(i + 2) ? 3 : 0
        case 0xED: return continuation(i + 1, 0x80, 0x9F) && continuation(i + 2) ? 3 : 0
        case 0xF0: return continuation(i + 1, 0x90) && continuation(i + 2) && continuation(i + 3) ? 4 : 0
        case 0xF1...0xF3: return continuation(i + 1) && continuation(i + 2) && continuation(i + 3) ? 4 : 0
        case 0xF4: return continuation(i + 1, 0x80, 0x8F) && continuation(i + 2) && continuation(i + 3) ? 4 : 0
        default: return 0
        }
    }
}
