/// The `An+B` argument of `:nth-child()` and friends (CSS Syntax §6), already parsed for the matcher.
public struct CSSNth: Hashable, Sendable, CustomStringConvertible {
    public var a: Int
    public var b: Int

    public init(a: Int, b: Int) {
        self.a = a
        self.b = b
    }

    /// Whether the 1-based `index` is `a*n + b` for some integer n >= 0.
    public func matches(index: Int) -> Bool {
        if a == 0 { return index == b }
        let diff = index - b
        return diff % a == 0 && diff / a >= 0
    }

    public var description: String { "\(a)n\(b >= 0 ? "+" : "")\(b)" }

    /// Parses `odd`, `even`, `3`, `-n+2`, `2n + 1`, `+n` from source bytes (whitespace is allowed only around the
    /// sign of B, as in the spec's token grammar). Returns nil when invalid.
    static func parse(_ p: UnsafeBufferPointer<UInt8>, _ r: ByteRange) -> CSSNth? {
        var k = r.start
        let end = r.end
        if CSSBytes.equalsLowercase(p, r, "odd") { return CSSNth(a: 2, b: 1) }
        if CSSBytes.equalsLowercase(p, r, "even") { return CSSNth(a: 2, b: 0) }
        guard k < end else { return nil }
        var sign = 1
        if p[k] == 0x2B || p[k] == 0x2D {
            sign = p[k] == 0x2D ? -1 : 1
            k += 1
        }
        let (value, digits, afterDigits) = readInt(p, k, end)
        k = afterDigits
        guard k < end, CSSBytes.lower(p[k]) == 0x6E else {
            // Plain integer B.
            return digits > 0 && k == end ? CSSNth(a: 0, b: sign * value) : nil
        }
        let a = sign * (digits > 0 ? value : 1)
        k += 1
        while k < end, CSSBytes.isWhitespace(p[k]) { k += 1 }
        if k == end { return CSSNth(a: a, b: 0) }
        guard p[k] == 0x2B || p[k] == 0x2D else { return nil }
        let bSign = p[k] == 0x2D ? -1 : 1
        k += 1
        while k < end, CSSBytes.isWhitespace(p[k]) { k += 1 }
        let (bValue, bDigits, bEnd) = readInt(p, k, end)
        guard bDigits > 0, bEnd == end else { return nil }
        return CSSNth(a: a, b: bSign * bValue)
    }

    private static func readInt(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (Int, Int, Int) {
        var k = start
        var value = 0
        while k < end, CSSBytes.isDigit(p[k]) {
            value = min(value * 10 + Int(p[k] - 0x30), Int(Int32.max))
            k += 1
        }
        return (value, k - start, k)
    }
}
