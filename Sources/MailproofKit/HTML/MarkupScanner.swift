#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A fast, forgiving HTML tokenizer over the masked UTF-8 bytes of a file.
///
/// It agrees with libxml2 2.9's HTML parser about where tags, comments and text are, and records what libxml2
/// cannot tell us: exact ranges of every tag, attribute name and value, text run and comment, plus Outlook
/// conditional-comment markers, whose content it tokenizes as markup (they are blanked before libxml2 parses).
struct MarkupScanner {
    private(set) var tokens: [MarkupToken] = []
    private(set) var attributes: [AttributeToken] = []

    /// Elements whose content is raw text up to their end tag, as libxml2 treats them.
    private static let rawTextElements: [[UInt8]] = [Array("style".utf8), Array("script".utf8)]

    init(_ bytes: [UInt8]) {
        tokens.reserveCapacity(bytes.count / 24)
        bytes.withUnsafeBufferPointer { scan($0) }
        assignScopes(bytes)
    }

    // MARK: - Scanning

    private mutating func scan(_ b: UnsafeBufferPointer<UInt8>) {
        let n = b.count
        var i = 0
        var textStart = 0
        func emitText(_ end: Int) {
            if end > textStart, !Self.isAllWhitespace(b, textStart, end) {
                tokens.append(MarkupToken(kind: .text, range: ByteRange(start: textStart, end: end),
                                          innerRange: ByteRange(start: textStart, end: end)))
            }
        }
        while i < n {
            guard let p = Self.find(0x3C /* < */, in: b, from: i) else { break }
            guard p + 1 < n else { break }
            let next = b[p + 1]
            if Self.isASCIILetter(next) {
                emitText(p)
                let end = scanStartTag(b, at: p)
                i = end
                textStart = end
                if let rawEnd = rawTextEnd(b, afterStartTagAt: p, contentStart: end) {
                    if rawEnd > end {
                        tokens.append(MarkupToken(kind: .rawText, range: ByteRange(start: end, end: rawEnd),
                                                  innerRange: ByteRange(start: end, end: rawEnd)))
                    }
                    i = rawEnd
                    textStart = rawEnd
                }
            } else if next == 0x2F /* / */, p + 2 < n, Self.isASCIILetter(b[p + 2]) {
                emitText(p)
                i = scanEndTag(b, at: p)
                textStart = i
            } else if next == 0x21 /* ! */ {
                emitText(p)
                i = scanMarkupDeclaration(b, at: p)
                textStart = i
            } else if next == 0x3F /* ? */ {
                emitText(p)
                let end = Self.find(0x3E, in: b, from: p + 2).map { $0 + 1 } ?? n
                tokens.append(MarkupToken(kind: .processingInstruction, range: ByteRange(start: p, end: end),
                                          innerRange: ByteRange(start: min(p + 2, end), end: max(min(p + 2, end), end - 1))))
                i = end
                textStart = end
            } else {
                i = p + 1 // a literal '<' in text
            }
        }
        emitText(n)
    }

    /// Scans `<name attr=value …>` starting at `p`; returns the offset just past the tag.
    private mutating func scanStartTag(_ b: UnsafeBufferPointer<UInt8>, at p: Int) -> Int {
        let n = b.count
        var j = p + 1
        while j < n, !Self.isTagNameEnd(b[j]) { j += 1 }
        let nameRange = ByteRange(start: p + 1, end: j)
        let firstAttribute = attributes.count
        var selfClosing = false
        var terminated = false
        while j < n {
            let c = b[j]
            if Self.isWhitespace(c) { j += 1; continue }
            if c == 0x3E { j += 1; terminated = true; break }
            if c == 0x2F {
                if j + 1 < n, b[j + 1] == 0x3E { selfClosing = true; j += 2; terminated = true; break }
                j += 1
                continue
            }
            // Attribute name: up to whitespace, '=', '>' or "/>".
            let nameStart = j
            j += 1
            while j < n {
                let d = b[j]
                if Self.isWhitespace(d) || d == 0x3D || d == 0x3E { break }
                if d == 0x2F, j + 1 < n, b[j + 1] == 0x3E { break }
                j += 1
            }
            let attributeName = ByteRange(start: nameStart, end: j)
            var k = j
            while k < n, Self.isWhitespace(b[k]) { k += 1 }
            guard k < n, b[k] == 0x3D /* = */ else {
                attributes.append(AttributeToken(nameRange: attributeName, valueRange: nil, quote: 0, range: attributeName))
                continue
            }
            k += 1
            while k < n, Self.isWhitespace(b[k]) { k += 1 }
            if k < n, b[k] == 0x22 || b[k] == 0x27 {
                let quote = b[k]
                let valueStart = k + 1
                let close = Self.find(quote, in: b, from: valueStart) ?? n
                attributes.append(AttributeToken(nameRange: attributeName, valueRange: ByteRange(start: valueStart, end: close),
                                                 quote: quote, range: ByteRange(start: nameStart, end: min(close + 1, n))))
                j = min(close + 1, n)
            } else {
                let valueStart = k
                while k < n, !Self.isWhitespace(b[k]), b[k] != 0x3E { k += 1 }
                attributes.append(AttributeToken(nameRange: attributeName, valueRange: ByteRange(start: valueStart, end: k),
                                                 quote: 0, range: ByteRange(start: nameStart, end: k)))
                j = k
            }
        }
        var token = MarkupToken(kind: .startTag, range: ByteRange(start: p, end: j), innerRange: nameRange)
        token.attributes = firstAttribute..<attributes.count
        token.selfClosing = selfClosing
        token.unterminated = !terminated
        tokens.append(token)
        return j
    }

    /// If the start tag at `p` opens a raw-text element, the offset of its end tag (or of the end of the file).
    private func rawTextEnd(_ b: UnsafeBufferPointer<UInt8>, afterStartTagAt p: Int, contentStart: Int) -> Int? {
        let nameRange = tokens[tokens.count - 1].innerRange
        guard let name = Self.rawTextElement(named: nameRange, in: b) else { return nil }
        if tokens[tokens.count - 1].unterminated { return nil }
        var k = contentStart
        let n = b.count
        while let lt = Self.find(0x3C, in: b, from: k) {
            let nameStart = lt + 2
            if lt + 1 < n, b[lt + 1] == 0x2F, nameStart + name.count <= n,
               Self.equalsIgnoringCase(b, ByteRange(start: nameStart, length: name.count), name),
               nameStart + name.count == n || Self.isTagNameEnd(b[nameStart + name.count]) {
                return lt
            }
            k = lt + 1
        }
        return n
    }

    /// Scans `</name …>`; returns the offset just past it.
    private mutating func scanEndTag(_ b: UnsafeBufferPointer<UInt8>, at p: Int) -> Int {
        let n = b.count
        var j = p + 2
        while j < n, !Self.isTagNameEnd(b[j]) { j += 1 }
        let nameRange = ByteRange(start: p + 2, end: j)
        let close = Self.find(0x3E, in: b, from: j)
        let end = close.map { $0 + 1 } ?? n
        var token = MarkupToken(kind: .endTag, range: ByteRange(start: p, end: end), innerRange: nameRange)
        token.unterminated = close == nil
        tokens.append(token)
        return end
    }

    /// Scans `<!…`: comments, conditional-comment markers, doctypes and bogus declarations.
    private mutating func scanMarkupDeclaration(_ b: UnsafeBufferPointer<UInt8>, at p: Int) -> Int {
        let n = b.count
        if Self.hasPrefix(b, at: p, "<!--") {
            if Self.hasPrefix(b, at: p + 4, "[if") , let close = Self.find(sequence: "]>", in: b, from: p + 7) {
                // <!--[if expr]>  or the revealed form <!--[if expr]><!-->
                var end = close + 2
                // Revealed forms: <!--[if !mso]><!--> and buttons.cm's <!--[if !mso]><!-- -->.
                var revealed = false
                if Self.hasPrefix(b, at: end, "<!--"), let emptyClose = Self.find(sequence: "-->", in: b, from: end + 2),
                   Self.isAllWhitespace(b, end + 4, max(end + 4, emptyClose)) {
                    revealed = true
                    end = emptyClose + 3
                }
                tokens.append(MarkupToken(kind: .conditionalOpen, range: ByteRange(start: p, end: end),
                                          innerRange: ByteRange(start: p + 7, end: close), revealed: revealed))
                return end
            }
            if Self.hasPrefix(b, at: p + 4, "<![endif]-->") {
                tokens.append(MarkupToken(kind: .conditionalClose, range: ByteRange(start: p, end: p + 16),
                                          innerRange: ByteRange(start: p + 4, end: p + 13), revealed: true))
                return p + 16
            }
            let bodyStart = p + 4
            // "<!-->" and "<!--->" are empty comments, as in browsers.
            var searchFrom = bodyStart
            if Self.hasPrefix(b, at: bodyStart, ">") { searchFrom = bodyStart - 2 }
            else if Self.hasPrefix(b, at: bodyStart, "->") { searchFrom = bodyStart - 1 }
            // "--!>" ends a comment too (a parse error), in browsers and in libxml2: the first "--" followed by
            // ">" or "!>" closes it, found in one pass (a second search for "--!>" would read to the end of the
            // file for every comment).
            var from = searchFrom
            while let dashes = Self.find(sequence: "--", in: b, from: from) {
                let closer = Self.hasPrefix(b, at: dashes + 2, ">") ? 3 : Self.hasPrefix(b, at: dashes + 2, "!>") ? 4 : 0
                if closer > 0 {
                    tokens.append(MarkupToken(kind: .comment, range: ByteRange(start: p, end: dashes + closer),
                                              innerRange: ByteRange(start: bodyStart, end: max(bodyStart, dashes))))
                    return dashes + closer
                }
                from = dashes + 1
            }
            var token = MarkupToken(kind: .comment, range: ByteRange(start: p, end: n), innerRange: ByteRange(start: min(bodyStart, n), end: n))
            token.unterminated = true
            tokens.append(token)
            return n
        }
        if Self.hasPrefix(b, at: p, "<![endif]") {
            // <![endif]--> closes a hidden conditional; <![endif]> closes a downlevel-revealed one.
            let hidden = Self.hasPrefix(b, at: p + 9, "-->")
            let end = hidden ? p + 12 : (Self.hasPrefix(b, at: p + 9, ">") ? p + 10 : p + 9)
            tokens.append(MarkupToken(kind: .conditionalClose, range: ByteRange(start: p, end: end),
                                      innerRange: ByteRange(start: p + 3, end: p + 8), revealed: !hidden))
            return end
        }
        if Self.hasPrefix(b, at: p, "<![if"), let close = Self.find(sequence: "]>", in: b, from: p + 5) {
            tokens.append(MarkupToken(kind: .conditionalOpen, range: ByteRange(start: p, end: close + 2),
                                      innerRange: ByteRange(start: p + 5, end: close), revealed: true))
            return close + 2
        }
        let close = Self.find(0x3E, in: b, from: p + 2)
        let end = close.map { $0 + 1 } ?? n
        let isDoctype = p + 9 <= n && Self.equalsIgnoringCase(b, ByteRange(start: p + 2, length: 7), Array("doctype".utf8))
        var token = MarkupToken(kind: isDoctype ? .doctype : .comment, range: ByteRange(start: p, end: end),
                                innerRange: ByteRange(start: min(p + 2, end), end: max(min(p + 2, end), close ?? n)))
        token.unterminated = close == nil
        tokens.append(token)
        return end
    }

    /// Gives every token the client scope of the conditional comments it is nested in.
    private mutating func assignScopes(_ bytes: [UInt8]) {
        var stack: [ClientScope] = []
        var current = ClientScope.everyone
        for index in tokens.indices {
            let token = tokens[index]
            switch token.kind {
            case .conditionalOpen:
                tokens[index].scope = current
                stack.append(current)
                let condition = String(decoding: bytes[token.innerRange.start..<token.innerRange.end], as: UTF8.self)
                current = current.intersection(.conditional(condition, revealed: token.revealed))
            case .conditionalClose:
                current = stack.popLast() ?? .everyone
                tokens[index].scope = current
            default:
                tokens[index].scope = current
            }
        }
    }

    // MARK: - Byte helpers

    @inline(__always) static func isWhitespace(_ c: UInt8) -> Bool {
        c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D || c == 0x0C
    }

    /// The raw-text element (`style`, `script`) whose name, in any case, is at `name`; nil for another name.
    static func rawTextElement(named name: ByteRange, in b: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        rawTextElements.first { equalsIgnoringCase(b, name, $0) }
    }

    @inline(__always) static func isASCIILetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }

    @inline(__always) static func isTagNameEnd(_ c: UInt8) -> Bool { isWhitespace(c) || c == 0x3E || c == 0x2F }

    static func isAllWhitespace(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var i = start
        while i < end {
            if !isWhitespace(b[i]) { return false }
            i += 1
        }
        return true
    }

    @inline(__always) static func find(_ byte: UInt8, in b: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard start < b.count, let base = b.baseAddress else { return nil }
        guard let hit = memchr(base + start, Int32(byte), b.count - start) else { return nil }
        return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
    }

    static func find(sequence: StaticString, in b: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        let first = sequence.utf8Start.pointee
        var k = max(0, start)
        while let hit = find(first, in: b, from: k) {
            if hasPrefix(b, at: hit, sequence) { return hit }
            k = hit + 1
        }
        return nil
    }

    static func hasPrefix(_ b: UnsafeBufferPointer<UInt8>, at offset: Int, _ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard offset >= 0, offset + count <= b.count else { return false }
        let p = prefix.utf8Start
        for k in 0..<count where b[offset + k] | (isASCIILetter(p[k]) ? 0x20 : 0) != p[k] | (isASCIILetter(p[k]) ? 0x20 : 0) {
            return false
        }
        return true
    }

    static func equalsIgnoringCase(_ b: UnsafeBufferPointer<UInt8>, _ range: ByteRange, _ lowercase: [UInt8]) -> Bool {
        guard range.length == lowercase.count, range.end <= b.count else { return false }
        for k in 0..<lowercase.count where b[range.start + k] | 0x20 != lowercase[k] | 0x20 { return false }
        return true
    }
}
