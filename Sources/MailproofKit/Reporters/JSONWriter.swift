/// Minimal JSON text building: strings escaped per RFC 8259. Faster than Foundation's encoder for big batches
/// and keeps key order stable.
enum JSON {
    static func string(_ value: String) -> String {
        // Almost every string (rule ids, messages, client names) needs no escaping: copy it whole.
        if !value.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xE2 }) {
            return "\"" + value + "\""
        }
        var out = JSONBytes()
        out.string(value)
        return out.text
    }

    static func optionalString(_ value: String?) -> String { value.map(string) ?? "null" }
}

/// JSON text built as UTF-8 bytes: a batch's report is megabytes of findings, and appending bytes to one buffer
/// costs a fraction of building and concatenating a `String` per field.
///
/// The buffer is an array kept at its capacity (bytes past `count` not yet written), written through one copy
/// primitive: a report appends a dozen short pieces per finding, and `Array.append(contentsOf:)` cost over a hundred
/// instructions each.
struct JSONBytes {
    private var storage: [UInt8]
    private var count = 0

    init(capacity: Int = 256) { storage = Self.uninitialized(max(capacity, 16)) }

    /// An array of `count` bytes left as they are: they are written before they are read (`count` says how many
    /// are text), and a report's buffer is tens of kilobytes that zeroing would write once more.
    private static func uninitialized(_ count: Int) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: count) { _, initialized in initialized = count }
    }

    /// The text so far.
    var bytes: [UInt8] { Array(storage[0..<count]) }

    /// The text, handing over the buffer rather than copying it (a file's report is tens of kilobytes).
    consuming func takeBytes() -> [UInt8] {
        storage.removeLast(storage.count - count)
        return storage
    }

    var text: String { storage.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[0..<count]), as: UTF8.self) } }

    /// Copies `length` bytes from `source`, growing the buffer (doubling) when they do not fit.
    @inline(__always) private mutating func append(_ source: UnsafeRawPointer?, _ length: Int) {
        guard length > 0, let source else { return }
        if count + length > storage.count { grow(toFit: length) }
        let at = count
        storage.withUnsafeMutableBytes { ($0.baseAddress! + at).copyMemory(from: source, byteCount: length) }
        count += length
    }

    /// A buffer at least twice as large, holding the text so far.
    private mutating func grow(toFit length: Int) {
        var larger = Self.uninitialized(max(storage.count * 2, count + length))
        let count = self.count
        storage.withUnsafeBytes { old in larger.withUnsafeMutableBytes { $0.baseAddress!.copyMemory(from: old.baseAddress!, byteCount: count) } }
        storage = larger
    }

    @inline(__always) private mutating func append(_ byte: UInt8) {
        if count == storage.count { grow(toFit: 1) }
        storage[count] = byte
        count += 1
    }

    /// Text that is already JSON (punctuation, keys, pre-built fragments).
    mutating func raw(_ text: StaticString) {
        append(text.utf8Start, text.utf8CodeUnitCount)
    }

    /// Text that is already JSON, from a `String` (a name that needs no escaping). A separate name from
    /// `raw(_: StaticString)`: a string literal would otherwise take the `String` overload, and a retain, a release
    /// and a uniqueness check per piece of punctuation with it.
    mutating func rawText(_ text: String) {
        var text = text
        text.withUTF8 { append($0.baseAddress, $0.count) }
    }

    mutating func raw(_ other: JSONBytes) {
        other.storage.withUnsafeBytes { append($0.baseAddress, other.count) }
    }

    mutating func raw(_ other: JSONBytes, droppingFirst dropped: Int) {
        guard other.count > dropped else { return }
        other.storage.withUnsafeBytes { append($0.baseAddress.map { $0 + dropped }, other.count - dropped) }
    }

    mutating func int(_ value: Int) {
        if value < 0 { append(UInt8(ascii: "-")) }
        digits(value.magnitude)
    }

    /// The decimal digits of `value`, written in place from the last one back: a report holds seven numbers per
    /// finding, and building each in a scratch buffer first cost over a hundred instructions.
    private mutating func digits(_ value: UInt) {
        var length = 1
        var rest = value / 10
        while rest > 0 {
            length += 1
            rest /= 10
        }
        if count + length > storage.count { grow(toFit: length) }
        let end = count + length
        storage.withUnsafeMutableBufferPointer { buffer in
            var k = end
            var rest = value
            repeat {
                k -= 1
                buffer[k] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: rest % 10)
                rest /= 10
            } while rest > 0
        }
        count = end
    }

    mutating func optionalString(_ value: String?) {
        if let value { string(value) } else { raw("null") }
    }

    /// A quoted, escaped string: `"`, `\`, control characters, U+2028 and U+2029 are escaped, the rest copied.
    mutating func string(_ value: String) {
        append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            var runStart = 0
            var k = 0
            while k < utf8.count {
                // Messages are mostly plain text: skip eight bytes at a time while none needs a look.
                if k + 8 <= utf8.count, !Self.mayNeedEscape(WordScan.load(utf8, k)) { k += 8; continue }
                let byte = utf8[k]
                // Most bytes need no escape: one test before the switch.
                if byte >= 0x20, byte != 0x22, byte != 0x5C, byte != 0xE2 { k += 1; continue }
                let escape: StaticString?
                var length = 1
                switch byte {
                case 0x22: escape = "\\\""
                case 0x5C: escape = "\\\\"
                case 0x0A: escape = "\\n"
                case 0x0D: escape = "\\r"
                case 0x09: escape = "\\t"
                case 0xE2 where k + 2 < utf8.count && utf8[k + 1] == 0x80 && utf8[k + 2] == 0xA8:
                    escape = "\\u2028"
                    length = 3
                case 0xE2 where k + 2 < utf8.count && utf8[k + 1] == 0x80 && utf8[k + 2] == 0xA9:
                    escape = "\\u2029"
                    length = 3
                default:
                    guard byte < 0x20 else { k += 1; continue }
                    escape = nil
                }
                append(utf8.baseAddress.map { $0 + runStart }, k - runStart)
                if let escape {
                    raw(escape)
                } else {
                    let hex: [UInt8] = Array("0123456789abcdef".utf8)
                    for escaped in [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                    hex[Int(byte >> 4)], hex[Int(byte & 0xF)]] {
                        append(escaped)
                    }
                }
                k += length
                runStart = k
            }
            append(utf8.baseAddress.map { $0 + runStart }, utf8.count - runStart)
        }
        append(UInt8(ascii: "\""))
    }

    /// Whether one of the eight bytes is a control character, `"`, `\\` or 0xE2 (the lead byte of U+2028 and
    /// U+2029). Never misses one.
    @inline(__always)
    private static func mayNeedEscape(_ word: UInt64) -> Bool {
        // Bytes below 0x20: the has-less-than test (exact about whether there is one, for a bound up to 0x80).
        let control = (word &- WordScan.lowBits &* 0x20) & ~word & WordScan.highBits
        return control != 0 || WordScan.hasByte(word, 0x22) || WordScan.hasByte(word, 0x5C) || WordScan.hasByte(word, 0xE2)
    }
}
