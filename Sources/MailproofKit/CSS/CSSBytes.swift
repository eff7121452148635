/// Byte-level helpers shared by the CSS tokenizer and parser.
///
/// Everything works on raw UTF-8 bytes: CSS treats every non-ASCII code point as a name character, so no decoding is
/// needed to classify input, and `String`s are only built for the names and values the API exposes.
enum CSSBytes {
    @inline(__always) static func isNameStart(_ b: UInt8) -> Bool {
        let l = b | 0x20
        // NUL counts: the spec replaces it with U+FFFD, which is a non-ASCII name code point.
        return (l >= 0x61 && l <= 0x7A) || b == 0x5F || b >= 0x80 || b == 0
    }

    /// `isNameStart`, digits and `-`. The tokenizer asks this of every byte of every name: a bit of one of two
    /// constants (ASCII 0–63: NUL, `-`, digits; 64–127: letters, `_`) instead of a chain of comparisons.
    @inline(__always) static func isName(_ b: UInt8) -> Bool {
        if b >= 0x80 { return true }
        let bits: UInt64 = b < 0x40 ? 0x03FF_2000_0000_0001 : 0x07FF_FFFE_87FF_FFFE
        return (bits >> UInt64(b & 0x3F)) & 1 != 0
    }

    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    @inline(__always) static func isHex(_ b: UInt8) -> Bool {
        let l = b | 0x20
        return (b >= 0x30 && b <= 0x39) || (l >= 0x61 && l <= 0x66)
    }

    /// Space, tab, LF, FF, CR (the spec's newline preprocessing is folded into the classifiers).
    @inline(__always) static func isWhitespace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0C || b == 0x0D
    }

    @inline(__always) static func isNewline(_ b: UInt8) -> Bool { b == 0x0A || b == 0x0C || b == 0x0D }

    @inline(__always) static func lower(_ b: UInt8) -> UInt8 { (b >= 0x41 && b <= 0x5A) ? b | 0x20 : b }

    /// Length of the UTF-8 sequence starting with `lead` (1 for stray continuation bytes).
    @inline(__always) static func sequenceLength(_ lead: UInt8) -> Int {
        lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }

    static func string(_ p: UnsafeBufferPointer<UInt8>, _ r: ByteRange) -> String {
        if r.isEmpty { return "" }
        return String(decoding: UnsafeBufferPointer(rebasing: p[r.start..<r.end]), as: UTF8.self)
    }

    static func lowercasedString(_ p: UnsafeBufferPointer<UInt8>, _ r: ByteRange) -> String {
        if r.isEmpty { return "" }
        var hasUpper = false
        for k in r.start..<r.end where p[k] >= 0x41 && p[k] <= 0x5A {
            hasUpper = true
            break
        }
        if !hasUpper { return string(p, r) }
        return String(unsafeUninitializedCapacity: r.length) { out in
            for k in 0..<r.length { out[k] = lower(p[r.start + k]) }
            return r.length
        }
    }

    /// ASCII case-insensitive comparison of `p[r]` with a lowercase ASCII literal.
    static func equalsLowercase(_ p: UnsafeBufferPointer<UInt8>, _ r: ByteRange, _ literal: StaticString) -> Bool {
        guard r.length == literal.utf8CodeUnitCount else { return false }
        let lit = literal.utf8Start
        for k in 0..<r.length where lower(p[r.start + k]) != lit[k] { return false }
        return true
    }

    /// Decodes CSS escapes (`\41`, `\"`, line continuations in strings) and NUL in `p[r]`.
    static func unescaped(_ p: UnsafeBufferPointer<UInt8>, _ r: ByteRange, lowercase: Bool) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(r.length)
        var i = r.start
        let end = r.end
        while i < end {
            let b = p[i]
            if b == 0 {
                appendScalar(0xFFFD, to: &out)
                i += 1
            } else if b == 0x5C {
                i += 1
                if i >= end { appendScalar(0xFFFD, to: &out); break }
                let c = p[i]
                if isHex(c) {
                    var value: UInt32 = 0
                    var n = 0
                    while n < 6, i < end, isHex(p[i]) {
                        value = value &* 16 &+ UInt32(hexValue(p[i]))
                        i += 1
                        n += 1
                    }
                    if i < end, isWhitespace(p[i]) {
                        i += (p[i] == 0x0D && i + 1 < end && p[i + 1] == 0x0A) ? 2 : 1
                    }
                    let valid = value != 0 && value <= 0x10FFFF && !(0xD800...0xDFFF).contains(value)
                    let scalar = valid ? value : 0xFFFD
                    appendScalar(lowercase && scalar < 0x80 ? UInt32(lower(UInt8(scalar))) : scalar, to: &out)
                } else if isNewline(c) {
                    // Line continuation inside a string: contributes nothing.
                    i += (c == 0x0D && i + 1 < end && p[i + 1] == 0x0A) ? 2 : 1
                } else {
                    let n = min(sequenceLength(c), end - i)
                    for k in 0..<n { out.append(lowercase ? lower(p[i + k]) : p[i + k]) }
                    i += n
                }
            } else {
                out.append(lowercase ? lower(b) : b)
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    @inline(__always) static func hexValue(_ b: UInt8) -> UInt8 {
        b <= 0x39 ? b - 0x30 : (b | 0x20) - 0x61 + 10
    }

    static func appendScalar(_ v: UInt32, to out: inout [UInt8]) {
        if v < 0x80 {
            out.append(UInt8(v))
        } else if v < 0x800 {
            out.append(UInt8(0xC0 | (v >> 6)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        } else if v < 0x10000 {
            out.append(UInt8(0xE0 | (v >> 12)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        } else {
            out.append(UInt8(0xF0 | (v >> 18)))
            out.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        }
    }

    /// A short one-line excerpt of source text for error messages.
    static func snippet(_ p: UnsafeBufferPointer<UInt8>, _ r: ByteRange, limit: Int = 40) -> String {
        var out: [UInt8] = []
        var lastSpace = false
        var i = r.start
        while i < r.end {
            let b = p[i]
            if isWhitespace(b) {
                if !lastSpace { out.append(0x20) }
                lastSpace = true
            } else {
                out.append(b)
                lastSpace = false
            }
            i += 1
            if out.count >= limit {
                // Do not cut a multibyte character in half.
                while i < r.end, p[i] & 0xC0 == 0x80 { out.append(p[i]); i += 1 }
                if i < r.end { out.append(contentsOf: [0xE2, 0x80, 0xA6]) }
                break
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
