/// The result of tokenizing a CSS range.
public struct CSSTokenization: Sendable {
    /// Tokens in source order (comment tokens included only when asked for).
    public var tokens: [CSSToken]
    /// Ranges of every `/* … */` comment, always collected (comments are a feature email clients differ on).
    public var comments: [ByteRange]
    /// Unclosed strings, comments and urls, invalid escapes and bad urls.
    public var errors: [CSSSyntaxError]
}

/// CSS Syntax Level 3 tokenizer (§4) over UTF-8 bytes; ranges are absolute offsets into the whole file.
///
/// Input preprocessing is implicit: CR, FF and CRLF are treated as newlines and NUL as a name character, so ranges
/// stay byte-exact.
public enum CSSTokenizer {
    public static func tokenize(bytes: [UInt8], range: ByteRange, includeComments: Bool = true) -> CSSTokenization {
        precondition(range.start >= 0 && range.end <= bytes.count, "CSS range \(range) outside input")
        precondition(bytes.count < Int(Int32.max), "CSS input larger than 2 GB")
        return bytes.withUnsafeBufferPointer { tokenize($0, range: range, includeComments: includeComments) }
    }

    static func tokenize(_ p: UnsafeBufferPointer<UInt8>, range: ByteRange, includeComments: Bool) -> CSSTokenization {
        var core = CSSTokenizerCore(p: p, start: range.start, end: range.end, includeComments: includeComments)
        core.run()
        return CSSTokenization(tokens: core.tokens, comments: core.comments, errors: core.errors)
    }
}

struct CSSTokenizerCore {
    let p: UnsafeBufferPointer<UInt8>
    let end: Int
    var i: Int
    let includeComments: Bool
    var tokens: [CSSToken] = []
    var comments: [ByteRange] = []
    var errors: [CSSSyntaxError] = []

    init(p: UnsafeBufferPointer<UInt8>, start: Int, end: Int, includeComments: Bool) {
        self.p = p
        self.i = start
        self.end = end
        self.includeComments = includeComments
        // Large buffers are committed lazily by the OS, so over-reserving costs address space, not memory, and
        // avoids copying a multi-megabyte token array when it grows.
        tokens.reserveCapacity((end - start) / 2 + 16)
    }

    /// Byte at `k`, or -1 past the end of the CSS range.
    @inline(__always) func at(_ k: Int) -> Int { k < end ? Int(p[k]) : -1 }

    @inline(__always) static func isNameStart(_ c: Int) -> Bool { c >= 0 && CSSBytes.isNameStart(UInt8(truncatingIfNeeded: c)) }
    @inline(__always) static func isName(_ c: Int) -> Bool { c >= 0 && CSSBytes.isName(UInt8(truncatingIfNeeded: c)) }
    @inline(__always) static func isDigit(_ c: Int) -> Bool { c >= 0x30 && c <= 0x39 }
    @inline(__always) static func isNewline(_ c: Int) -> Bool { c == 0x0A || c == 0x0C || c == 0x0D }

    /// §4.3.8: a backslash not followed by a newline (EOF is allowed and decodes to U+FFFD).
    @inline(__always) func validEscape(_ k: Int) -> Bool { at(k) == 0x5C && !Self.isNewline(at(k + 1)) }

    /// §4.3.9
    @inline(__always) func startsIdent(_ k: Int) -> Bool {
        let c = at(k)
        if c == 0x2D {
            let c2 = at(k + 1)
            return Self.isNameStart(c2) || c2 == 0x2D || validEscape(k + 1)
        }
        if Self.isNameStart(c) { return true }
        return c == 0x5C && validEscape(k)
    }

    /// §4.3.10
    @inline(__always) func startsNumber(_ k: Int) -> Bool {
        let c = at(k)
        if c == 0x2B || c == 0x2D {
            let c2 = at(k + 1)
            return Self.isDigit(c2) || (c2 == 0x2E && Self.isDigit(at(k + 2)))
        }
        if c == 0x2E { return Self.isDigit(at(k + 1)) }
        return Self.isDigit(c)
    }

    @inline(__always) mutating func emit(_ kind: CSSTokenKind, from start: Int, value: ByteRange? = nil,
                                         flags: CSSToken.Flags = [], number: Double = 0, delim: UInt8 = 0) {
        let r = ByteRange(start: start, end: i)
        tokens.append(CSSToken(kind: kind, flags: flags, delim: delim, range: r, valueRange: value ?? r,
                               numericValue: number))
    }

    @inline(__always) mutating func emitDelim(_ start: Int) {
        let b = p[start]
        i = start + 1
        emit(.delim, from: start, delim: b)
    }

    mutating func run() {
        while i < end {
            let start = i
            let c = p[i]
            switch c {
            case 0x20, 0x09, 0x0A, 0x0C, 0x0D:
                i += 1
                while i < end, CSSBytes.isWhitespace(p[i]) { i += 1 }
                emit(.whitespace, from: start)
            case 0x2F: // '/'
                if at(i + 1) == 0x2A { consumeComment() } else { emitDelim(start) }
            case 0x22, 0x27:
                consumeString(quote: c)
            case 0x23: // '#'
                if Self.isName(at(i + 1)) || validEscape(i + 1) {
                    var flags: CSSToken.Flags = startsIdent(i + 1) ? .idHash : []
                    i += 1
                    if consumeName() { flags.insert(.hasEscape) }
                    emit(.hash, from: start, value: ByteRange(start: start + 1, end: i), flags: flags)
                } else {
                    emitDelim(start)
                }
            case 0x28: i += 1; emit(.leftParen, from: start)
            case 0x29: i += 1; emit(.rightParen, from: start)
            case 0x2C: i += 1; emit(.comma, from: start)
            case 0x3A: i += 1; emit(.colon, from: start)
            case 0x3B: i += 1; emit(.semicolon, from: start)
            case 0x5B: i += 1; emit(.leftBracket, from: start)
            case 0x5D: i += 1; emit(.rightBracket, from: start)
            case 0x7B: i += 1; emit(.leftBrace, from: start)
            case 0x7D: i += 1; emit(.rightBrace, from: start)
            case 0x2B, 0x2E: // '+', '.'
                if startsNumber(i) { consumeNumeric() } else { emitDelim(start) }
            case 0x2D: // '-'
                if startsNumber(i) {
                    consumeNumeric()
                } else if at(i + 1) == 0x2D && at(i + 2) == 0x3E {
                    i += 3
                    emit(.cdc, from: start)
                } else if startsIdent(i) {
                    consumeIdentLike()
                } else {
                    emitDelim(start)
                }
            case 0x3C: // '<'
                if at(i + 1) == 0x21 && at(i + 2) == 0x2D && at(i + 3) == 0x2D {
                    i += 4
                    emit(.cdo, from: start)
                } else {
                    emitDelim(start)
                }
            case 0x40: // '@'
                if startsIdent(i + 1) {
                    i += 1
                    let escaped = consumeName()
                    emit(.atKeyword, from: start, value: ByteRange(start: start + 1, end: i),
                         flags: escaped ? .hasEscape : [])
                } else {
                    emitDelim(start)
                }
            case 0x5C: // '\'
                if validEscape(i) {
                    consumeIdentLike()
                } else {
                    errors.append(CSSSyntaxError(message: "Invalid escape: '\\' before a line break",
                                                 range: ByteRange(start: start, length: 1)))
                    emitDelim(start)
                }
            case 0x30...0x39:
                consumeNumeric()
            default:
                if CSSBytes.isNameStart(c) { consumeIdentLike() } else { emitDelim(start) }
            }
        }
    }

    mutating func consumeComment() {
        let start = i
        i += 2
        var closed = false
        while i + 1 < end {
            if p[i] == 0x2A && p[i + 1] == 0x2F {
                closed = true
                break
            }
            i += 1
        }
        let valueEnd: Int
        if closed {
            valueEnd = i
            i += 2
        } else {
            i = end
            valueEnd = end
            errors.append(CSSSyntaxError(message: "Unclosed comment", range: ByteRange(start: start, end: end)))
        }
        let r = ByteRange(start: start, end: i)
        comments.append(r)
        if includeComments {
            tokens.append(CSSToken(kind: .comment, flags: closed ? [] : .unterminated, range: r,
                                   valueRange: ByteRange(start: start + 2, end: max(start + 2, valueEnd))))
        }
    }

    /// §4.3.7, with `i` just after the backslash.
    @inline(__always) mutating func consumeEscape() {
        guard i < end else { return }
        let c = p[i]
        if CSSBytes.isHex(c) {
            var n = 0
            while n < 6, i < end, CSSBytes.isHex(p[i]) {
                i += 1
                n += 1
            }
            if i < end, CSSBytes.isWhitespace(p[i]) {
                i += (p[i] == 0x0D && at(i + 1) == 0x0A) ? 2 : 1
            }
        } else {
            i = min(i + CSSBytes.sequenceLength(c), end)
        }
    }

    /// §4.3.12; returns whether an escape was seen.
    @inline(__always) mutating func consumeName() -> Bool {
        var escaped = false
        while i < end {
            let b = p[i]
            if CSSBytes.isName(b) {
                if b == 0 { escaped = true }
                i += 1
            } else if b == 0x5C && !Self.isNewline(at(i + 1)) {
                escaped = true
                i += 1
                consumeEscape()
            } else {
                break
            }
        }
        return escaped
    }

    mutating func consumeString(quote: UInt8) {
        let start = i
        i += 1
        var flags: CSSToken.Flags = []
        while true {
            if i >= end {
                errors.append(CSSSyntaxError(message: "Unclosed string", range: ByteRange(start: start, end: end)))
                flags.insert(.unterminated)
                emit(.string, from: start, value: ByteRange(start: start + 1, end: end), flags: flags)
                return
            }
            let b = p[i]
            if b == quote {
                i += 1
                emit(.string, from: start, value: ByteRange(start: start + 1, end: i - 1), flags: flags)
                return
            }
            if CSSBytes.isNewline(b) {
                // The newline is not consumed: the rest of the line is tokenized as normal CSS.
                errors.append(CSSSyntaxError(message: "Unclosed string", range: ByteRange(start: start, end: i)))
                emit(.badString, from: start, value: ByteRange(start: start + 1, end: i))
                return
            }
            if b == 0x5C {
                flags.insert(.hasEscape)
                let next = at(i + 1)
                if next < 0 {
                    i += 1
                } else if Self.isNewline(next) {
                    i += (next == 0x0D && at(i + 2) == 0x0A) ? 3 : 2
                } else {
                    i += 1
                    consumeEscape()
                }
                continue
            }
            if b == 0 { flags.insert(.hasEscape) }
            i += 1
        }
    }

    mutating func consumeNumeric() {
        let start = i
        if p[i] == 0x2B || p[i] == 0x2D { i += 1 }
        while i < end, CSSBytes.isDigit(p[i]) { i += 1 }
        var integer = true
        if at(i) == 0x2E && Self.isDigit(at(i + 1)) {
            i += 1
            integer = false
            while i < end, CSSBytes.isDigit(p[i]) { i += 1 }
        }
        let e = at(i)
        if e == 0x45 || e == 0x65 {
            let c2 = at(i + 1)
            if Self.isDigit(c2) {
                i += 1
                integer = false
            } else if (c2 == 0x2B || c2 == 0x2D) && Self.isDigit(at(i + 2)) {
                i += 2
                integer = false
            }
            if !integer { while i < end, CSSBytes.isDigit(p[i]) { i += 1 } }
        }
        let value = Self.parseNumber(p, start, i)
        var flags: CSSToken.Flags = integer ? .integer : []
        if startsIdent(i) {
            let unitStart = i
            if consumeName() { flags.insert(.hasEscape) }
            emit(.dimension, from: start, value: ByteRange(start: unitStart, end: i), flags: flags, number: value)
        } else if at(i) == 0x25 {
            i += 1
            emit(.percentage, from: start, value: ByteRange(start: i - 1, end: i), flags: flags, number: value)
        } else {
            emit(.number, from: start, flags: flags, number: value)
        }
    }

    private static let powersOf10: [Double] = (0...22).map { k in (0..<k).reduce(1.0) { acc, _ in acc * 10 } }

    /// Converts an already-validated number (§4.3.13 syntax) without building a String in the common case.
    static func parseNumber(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Double {
        var k = start
        var negative = false
        if p[k] == 0x2B || p[k] == 0x2D {
            negative = p[k] == 0x2D
            k += 1
        }
        var mantissa: UInt64 = 0
        var digits = 0
        var exponent = 0
        while k < end, CSSBytes.isDigit(p[k]) {
            if digits < 19 { mantissa = mantissa * 10 + UInt64(p[k] - 0x30) } else { exponent += 1 }
            if mantissa != 0 { digits += 1 }
            k += 1
        }
        if k < end, p[k] == 0x2E {
            k += 1
            while k < end, CSSBytes.isDigit(p[k]) {
                if digits < 19 {
                    mantissa = mantissa * 10 + UInt64(p[k] - 0x30)
                    exponent -= 1
                    if mantissa != 0 { digits += 1 }
                }
                k += 1
            }
        }
        if k < end {
            // Exponent part: 'e' [sign] digits.
            k += 1
            var expNegative = false
            if p[k] == 0x2B || p[k] == 0x2D {
                expNegative = p[k] == 0x2D
                k += 1
            }
            var e = 0
            while k < end {
                if e < 100_000 { e = e * 10 + Int(p[k] - 0x30) }
                k += 1
            }
            exponent += expNegative ? -e : e
        }
        var value: Double
        if mantissa < (1 << 53) && exponent >= -22 && exponent <= 22 {
            value = Double(mantissa)
            if exponent < 0 { value /= powersOf10[-exponent] } else if exponent > 0 { value *= powersOf10[exponent] }
        } else {
            let text = String(decoding: UnsafeBufferPointer(rebasing: p[start..<end]), as: UTF8.self)
            return Double(text) ?? 0
        }
        return negative ? -value : value
    }

    /// §4.3.4, including the url( special case.
    mutating func consumeIdentLike() {
        let start = i
        let escaped = consumeName()
        let nameRange = ByteRange(start: start, end: i)
        let flags: CSSToken.Flags = escaped ? .hasEscape : []
        guard at(i) == 0x28 else {
            emit(.ident, from: start, value: nameRange, flags: flags)
            return
        }
        if !escaped && CSSBytes.equalsLowercase(p, nameRange, "url") {
            var k = i + 1
            while k < end, CSSBytes.isWhitespace(p[k]) { k += 1 }
            if k >= end || (p[k] != 0x22 && p[k] != 0x27) {
                consumeURL(start)
                return
            }
        }
        i += 1
        emit(.function, from: start, value: nameRange, flags: flags)
    }

    @inline(__always) static func isNonPrintable(_ b: UInt8) -> Bool {
        b <= 0x08 || b == 0x0B || (b >= 0x0E && b <= 0x1F) || b == 0x7F
    }

    /// §4.3.6, with `i` at the `(` after `url`.
    mutating func consumeURL(_ start: Int) {
        i += 1
        while i < end, CSSBytes.isWhitespace(p[i]) { i += 1 }
        let contentStart = i
        var flags: CSSToken.Flags = []
        while true {
            if i >= end {
                errors.append(CSSSyntaxError(message: "Missing ')' at end of url(", range: ByteRange(start: start, end: end)))
                flags.insert(.unterminated)
                emit(.url, from: start, value: ByteRange(start: contentStart, end: end), flags: flags)
                return
            }
            let b = p[i]
            if b == 0x29 {
                i += 1
                emit(.url, from: start, value: ByteRange(start: contentStart, end: i - 1), flags: flags)
                return
            }
            if CSSBytes.isWhitespace(b) {
                let contentEnd = i
                while i < end, CSSBytes.isWhitespace(p[i]) { i += 1 }
                if i >= end || p[i] == 0x29 {
                    if i < end { i += 1 } else {
                        errors.append(CSSSyntaxError(message: "Missing ')' at end of url(",
                                                     range: ByteRange(start: start, end: end)))
                        flags.insert(.unterminated)
                    }
                    emit(.url, from: start, value: ByteRange(start: contentStart, end: contentEnd), flags: flags)
                    return
                }
                badURL(start, contentStart, reason: "Invalid url(): unquoted URL contains a space")
                return
            }
            if b == 0x22 || b == 0x27 || b == 0x28 || Self.isNonPrintable(b) {
                badURL(start, contentStart, reason: "Invalid url(): quote the URL or escape quotes and parentheses")
                return
            }
            if b == 0x5C {
                if validEscape(i) {
                    flags.insert(.hasEscape)
                    i += 1
                    consumeEscape()
                } else {
                    badURL(start, contentStart, reason: "Invalid escape in url()")
                    return
                }
                continue
            }
            if b == 0 { flags.insert(.hasEscape) }
            i += 1
        }
    }

    /// §4.3.14: skip to the `)` (or EOF) so the rest of the block survives.
    mutating func badURL(_ start: Int, _ contentStart: Int, reason: String) {
        var contentEnd = end
        while i < end {
            let b = p[i]
            if b == 0x29 {
                contentEnd = i
                i += 1
                break
            }
            if validEscape(i) {
                i += 1
                consumeEscape()
            } else {
                i += 1
            }
        }
        errors.append(CSSSyntaxError(message: reason, range: ByteRange(start: start, end: i)))
        emit(.badURL, from: start, value: ByteRange(start: contentStart, end: max(contentStart, contentEnd)))
    }
}
