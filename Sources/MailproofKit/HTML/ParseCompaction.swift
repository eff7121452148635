#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The text libxml2 parses, with the bytes taken out that cannot change the tree it builds, and the way back from
/// its offsets to the file's.
///
/// libxml2 reads every byte of a file one character at a time, but mailproof asks it for the tree alone: which
/// elements, nested how, starting and ending where. Attribute values come from `MarkupScanner`, `<style>` is parsed
/// by the CSS parser, and libxml2 is never asked for text. A third of a template's bytes are style sheets and a
/// fifth attributes, so the parse skips:
/// - attributes, whole or the inside of a quoted value;
/// - the content of `<style>` and `<script>`, and the text of comments;
/// - the middle of a plain-text run, keeping its first and last byte and whether it is blank.
///
/// Each cut is limited to what libxml2 2.9's HTMLparser.c shows can change nothing it does or reports (the tree,
/// the offsets the tree builder reads, the errors mailproof keeps); the reasons are at each rule. A cut needs the
/// scanner and libxml2 to agree about the surrounding markup, so every cut keeps working, or changes nothing, in a
/// region where they might not: it never touches `<`, `>`, quotes or `-` in text. `ParseCompactionTests` builds
/// each test document's tree with and without the cuts and compares them.
struct ParseCompaction {
    /// The text to parse, followed by one NUL.
    private(set) var bytes: [UInt8]
    /// Compact offsets, increasing, where a stretch of kept bytes starts, and how far each stretch lies before the
    /// same bytes in the parse text: a kept byte at compact offset `p` in stretch `k` is at `p + shifts[k]`.
    private var starts: [Int] = [0]
    private var shifts: [Int] = [0]
    /// The stretch of the last look-up: libxml2 moves forward, so look-ups mostly stay or step ahead.
    private var cursor = 0

    /// One cut: parse-text bytes `start..<end` left out, or replaced by one `x` when `placeholder`.
    private struct Cut {
        var start: Int
        var end: Int
        var placeholder: Bool
    }

    /// libxml2 hands plain text to its callbacks in chunks of this many bytes (`HTML_PARSER_BIG_BUFFER_SIZE`).
    static let textChunk = 1000
    /// Shorter stretches are left whole: a cut costs a step in the offset map.
    private static let shortest = 8

    /// `parseBytes` is the masked text as libxml2 is to read it (markers blanked, links renamed), without the NUL;
    /// `scanner` is the scan of the same text. With `cutting` false the text is parsed whole (for tests).
    /// The bytes are taken over and cut in place: hand over the only copy, with room for one more byte, and none
    /// is made.
    init(_ parseBytes: consuming [UInt8], scanner: MarkupScanner, cutting: Bool = true) {
        bytes = parseBytes
        if cutting {
            let cuts = bytes.withUnsafeBufferPointer { Self.cuts(in: $0, scanner: scanner) }
            apply(cuts)
        }
        bytes.append(0)
    }

    /// The parse-text offset of compact offset `offset` (a kept byte, or the end).
    mutating func originalOffset(_ offset: Int) -> Int {
        if starts.count == 1 { return offset + shifts[0] }
        if starts[cursor] <= offset {
            while cursor + 1 < starts.count, starts[cursor + 1] <= offset { cursor += 1 }
        } else {
            var low = 0
            var high = starts.count
            while low < high {
                let mid = (low + high) / 2
                if starts[mid] <= offset { low = mid + 1 } else { high = mid }
            }
            cursor = max(0, low - 1)
        }
        return offset + shifts[cursor]
    }

    /// Removes the cuts from `bytes` in place and records the offset map.
    private mutating func apply(_ cuts: [Cut]) {
        guard !cuts.isEmpty else { return }
        starts.reserveCapacity(cuts.count + 1)
        shifts.reserveCapacity(cuts.count + 1)
        var write = 0
        var read = 0
        let count = bytes.count
        bytes.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            for cut in cuts {
                let kept = cut.start - read
                if kept > 0, write != read { memmove(base + write, base + read, kept) }
                write += kept
                // The placeholder stands at the cut's start, as the kept bytes before it do: the same shift.
                if cut.placeholder {
                    base[write] = UInt8(ascii: "x")
                    write += 1
                }
                read = cut.end
                starts.append(write)
                shifts.append(read - write)
            }
            let tail = count - read
            if tail > 0, write != read { memmove(base + write, base + read, tail) }
            write += tail
        }
        bytes.removeLast(count - write)
    }

    // MARK: - Finding the cuts

    // MARK: Byte classes

    /// What a byte means to each kind of cut: one table look-up per byte instead of a chain of comparisons (the
    /// cuts look at most bytes of a file once).
    private struct ByteClass: OptionSet {
        let rawValue: UInt8
        /// Not a byte that only adds a character to a text run (`isInertText`).
        static let breaksText = ByteClass(rawValue: 1)
        /// Needs a look in raw text: `<`, `&`, `>` (of `-->`), characters libxml2 reports, 0xED and 0xEF leads.
        static let checkedInRawText = ByteClass(rawValue: 2)
        /// Needs a look in an attribute value: `<`, `>`, `&` (of `&#`), 0xED and 0xEF leads.
        static let checkedInValue = ByteClass(rawValue: 4)
        /// An inert text byte that is not one of libxml2's blanks: the run is not blank.
        static let visible = ByteClass(rawValue: 8)
        /// libxml2's blanks (`IS_BLANK_CH`).
        static let blank = ByteClass(rawValue: 16)
        /// A character of a name after its first (`htmlParseHTMLName`).
        static let nameCharacter = ByteClass(rawValue: 32)
    }

    private static let byteClasses: [ByteClass] = (0..<256).map { value in
        let c = UInt8(value)
        var classes: ByteClass = []
        if !isInertText(c) { classes.insert(.breaksText) }
        let reported = c < 0x20 && c != 0x09 && c != 0x0A && c != 0x0D
        if reported || c == UInt8(ascii: "<") || c == UInt8(ascii: "&") || c == UInt8(ascii: ">") || c == 0xED || c == 0xEF {
            classes.insert(.checkedInRawText)
        }
        if c == UInt8(ascii: "<") || c == UInt8(ascii: "&") || c == UInt8(ascii: ">") || c == 0xED || c == 0xEF {
            classes.insert(.checkedInValue)
        }
        if isBlank(c) { classes.insert(.blank) } else if isInertText(c) { classes.insert(.visible) }
        if MarkupScanner.isASCIILetter(c) || (c >= 0x30 && c <= 0x39) || c == UInt8(ascii: ":") || c == UInt8(ascii: "-")
            || c == UInt8(ascii: "_") || c == UInt8(ascii: ".") {
            classes.insert(.nameCharacter)
        }
        return classes
    }

    private typealias Classes = UnsafeBufferPointer<ByteClass>

    private static func cuts(in b: UnsafeBufferPointer<UInt8>, scanner: MarkupScanner) -> [Cut] {
        byteClasses.withUnsafeBufferPointer { cuts(in: b, scanner: scanner, classes: $0) }
    }

    private static func cuts(in b: UnsafeBufferPointer<UInt8>, scanner: MarkupScanner, classes t: Classes) -> [Cut] {
        var cuts: [Cut] = []
        cuts.reserveCapacity(scanner.tokens.count / 2)
        // The last `<` or `&` seen: libxml2's text runs stop at both, so a run ending at `e` starts after it.
        var lastBoundary = -1
        var contentStart = 0
        let tokens = scanner.tokens
        for k in tokens.indices {
            let token = tokens[k]
            switch token.kind {
            case .text, .conditionalOpen, .conditionalClose:
                // Text, and the markers, which the parse text has blanked: all of it is text to libxml2.
                continue
            case .startTag:
                textCuts(b, t, contentStart..<token.range.start, lastBoundary: &lastBoundary, into: &cuts)
                attributeCuts(b, t, tag: token, into: &cuts)
            case .rawText:
                textCuts(b, t, contentStart..<token.range.start, lastBoundary: &lastBoundary, into: &cuts)
                if k > 0 { rawTextCut(b, t, content: token, startTag: tokens[k - 1], into: &cuts) }
            case .comment:
                textCuts(b, t, contentStart..<token.range.start, lastBoundary: &lastBoundary, into: &cuts)
                commentCut(b, t, token, into: &cuts)
            case .endTag, .doctype, .processingInstruction:
                textCuts(b, t, contentStart..<token.range.start, lastBoundary: &lastBoundary, into: &cuts)
            }
            if b[token.range.start] == UInt8(ascii: "<") { lastBoundary = token.range.start }
            contentStart = token.range.end
        }
        textCuts(b, t, contentStart..<b.count, lastBoundary: &lastBoundary, into: &cuts)
        return cuts
    }

    // MARK: Text

    /// Cuts in the text between two pieces of markup.
    ///
    /// libxml2 (`htmlParseCharDataInternal`) reads a run of text up to the next `<` or `&` and hands it on in
    /// 1,000-byte chunks; at each chunk it asks whether the chunk is blank (`areBlanks`), and if not may open an
    /// implied `<body>` or `<p>` (`htmlCheckParagraph`) where it stands. So within a run shorter than a chunk, only
    /// the run's end and whether it is blank matter: the run keeps its first and last byte of every stretch cut,
    /// and a placeholder `x` when only the middle held visible text. Longer runs are left whole. Characters that are
    /// not XML characters are reported (`Invalid char in CDATA`) and stop a stretch, as do non-ASCII bytes, and
    /// `&` with the entity or character reference after it. `<`, `>`, `-`, quotes, `/` and `=` stop a stretch too:
    /// a cut joining them could make a tag, a comment end or an attribute where the scanner and libxml2 disagree.
    private static func textCuts(_ b: UnsafeBufferPointer<UInt8>, _ t: Classes, _ range: Range<Int>,
                                 lastBoundary: inout Int, into cuts: inout [Cut]) {
        var i = range.lowerBound
        let end = range.upperBound
        // Where the current run ends (the next `<` or `&`, or the end of the text, which markup or the NUL follows).
        var runEnd = -1
        while i < end {
            let c = b[i]
            if c == UInt8(ascii: "<") {
                lastBoundary = i
                i += 1
                continue
            }
            if c == UInt8(ascii: "&") {
                lastBoundary = i
                i += 1
                // The reference's name or number and its `;` are libxml2's to read.
                while i < end, isReferenceByte(b[i]) { i += 1 }
                if i < end, b[i] == UInt8(ascii: ";") { i += 1 }
                continue
            }
            guard !t[Int(c)].contains(.breaksText) else {
                i += 1
                continue
            }
            let start = i
            var seen: ByteClass = []
            while i < end {
                let classes = t[Int(b[i])]
                if classes.contains(.breaksText) { break }
                seen.formUnion(classes)
                i += 1
            }
            guard i - start >= shortest else { continue }
            if runEnd < i {
                let slice = UnsafeBufferPointer(rebasing: b[..<end])
                runEnd = min(MarkupScanner.find(UInt8(ascii: "<"), in: slice, from: i) ?? end,
                             MarkupScanner.find(UInt8(ascii: "&"), in: slice, from: i) ?? end)
            }
            guard runEnd - (lastBoundary + 1) < textChunk else { continue }
            // Blank at both ends but not throughout: the middle holds the visible text, which `x` stands for.
            let placeholder = seen.contains(.visible) && isBlank(b[start]) && isBlank(b[i - 1])
            cuts.append(Cut(start: start + 1, end: i - 1, placeholder: placeholder))
        }
    }

    /// Text bytes that only add characters to a run: printable ASCII and the blanks libxml2 accepts, less the ones
    /// that could take part in markup.
    @inline(__always) private static func isInertText(_ c: UInt8) -> Bool {
        switch c {
        case 0x09, 0x0A, 0x0D: return true
        case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), UInt8(ascii: "-"), UInt8(ascii: "\""),
             UInt8(ascii: "'"), UInt8(ascii: "/"), UInt8(ascii: "="): return false
        default: return c >= 0x20 && c < 0x7F
        }
    }

    /// libxml2's blanks (`IS_BLANK_CH`): what `areBlanks` accepts.
    @inline(__always) private static func isBlank(_ c: UInt8) -> Bool {
        c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D
    }

    /// Bytes of an entity name or a character reference's number (`&#x2F`).
    @inline(__always) private static func isReferenceByte(_ c: UInt8) -> Bool {
        MarkupScanner.isASCIILetter(c) || (c >= 0x30 && c <= 0x39) || c == UInt8(ascii: "#") || c == UInt8(ascii: "_")
            || c == UInt8(ascii: ":") || c == UInt8(ascii: ".") || c == UInt8(ascii: "-")
    }

    // MARK: Attributes

    /// Cuts the attributes of a start tag, following libxml2's `htmlParseStartTag` to see them as it will: names of
    /// at most 100 characters, a bad name skipped up to a blank, `>` or `/>`, a quoted value read to its closing
    /// quote, an unquoted one to a blank or `>`. Nothing in an attribute shapes the tree (libxml2 hands them to the
    /// start-element callback, which does not read them; a `<meta>` charset is ignored under `HTML_PARSE_IGNORE_ENC`).
    /// What libxml2 reports about one: a bad name (kept, for mailproof reports it), a redefined name and references
    /// in values (dropped by mailproof, except character references: values with `&#` are kept), characters that
    /// are not XML characters (kept). So a well-formed attribute followed by a blank or the tag's end is cut whole,
    /// and otherwise the inside of its quoted value is. A tag whose end libxml2 would find elsewhere than the scanner
    /// is left whole, as are values holding `<` or `>`.
    private static func attributeCuts(_ b: UnsafeBufferPointer<UInt8>, _ t: Classes, tag: MarkupToken,
                                      into cuts: inout [Cut]) {
        let n = b.count
        var i = tag.range.start + 1
        guard i < n, isNameStart(b[i]) else { return }
        i = afterName(b, t, i)
        i = afterBlanks(b, t, i)
        let first = cuts.count
        while i < n, b[i] != UInt8(ascii: ">"), !endsEmptyTag(b, i) {
            guard isNameStart(b[i]) else {
                // "error parsing attribute name": libxml2 skips the bogus attribute.
                while i < n, !isBlank(b[i]), b[i] != UInt8(ascii: ">"), !endsEmptyTag(b, i) { i += 1 }
                i = afterBlanks(b, t, i)
                continue
            }
            let nameStart = i
            i = afterName(b, t, i)
            // A longer name is read as two attributes.
            let wholeName = i - nameStart < 100
            var attributeEnd = i
            var valueCut: Cut?
            var inert = true
            i = afterBlanks(b, t, i)
            if i < n, b[i] == UInt8(ascii: "=") {
                i = afterBlanks(b, t, i + 1)
                guard i < n else { break }
                let quote = b[i]
                if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                    guard let close = MarkupScanner.find(quote, in: b, from: i + 1) else { i = n; break }
                    inert = isInertValue(b, t, (i + 1)..<close)
                    if inert, close - (i + 1) >= shortest { valueCut = Cut(start: i + 1, end: close, placeholder: false) }
                    i = close + 1
                } else {
                    let valueStart = i
                    while i < n, !isBlank(b[i]), b[i] != UInt8(ascii: ">") { i += 1 }
                    inert = isInertValue(b, t, valueStart..<i)
                }
                attributeEnd = i
            }
            let separated = attributeEnd == n || isBlank(b[attributeEnd]) || b[attributeEnd] == UInt8(ascii: ">")
                || endsEmptyTag(b, attributeEnd)
            if wholeName, inert, separated {
                cuts.append(Cut(start: nameStart, end: attributeEnd, placeholder: false))
            } else if let valueCut {
                cuts.append(valueCut)
            }
            i = afterBlanks(b, t, i)
        }
        let end = i < n && b[i] == UInt8(ascii: ">") ? i + 1 : i + 2
        if i >= n || end != tag.range.end { cuts.removeLast(cuts.count - first) }
    }

    @inline(never)
    private static func isInertValue(_ b: UnsafeBufferPointer<UInt8>, _ t: Classes, _ range: Range<Int>) -> Bool {
        var k = range.lowerBound
        while k < range.upperBound {
            guard t[Int(b[k])].contains(.checkedInValue) else {
                k += 1
                continue
            }
            switch b[k] {
            case UInt8(ascii: "<"), UInt8(ascii: ">"): return false
            case UInt8(ascii: "&"): if k + 1 < range.upperBound, b[k + 1] == UInt8(ascii: "#") { return false }
            case 0xED, 0xEF: if !isXMLCharacter(b, at: k) { return false }
            default: break
            }
            k += 1
        }
        return true
    }

    /// Whether the UTF-8 sequence at `k` (led by 0xED or 0xEF) is an XML character: not a surrogate (ED A0–BF …)
    /// and not U+FFFE or U+FFFF (EF BF BE/BF), which libxml2 reports.
    private static func isXMLCharacter(_ b: UnsafeBufferPointer<UInt8>, at k: Int) -> Bool {
        guard k + 2 < b.count else { return false }
        if b[k] == 0xED { return b[k + 1] < 0xA0 }
        return !(b[k + 1] == 0xBF && (b[k + 2] == 0xBE || b[k + 2] == 0xBF))
    }

    /// `htmlParseHTMLName`'s first character.
    @inline(__always) private static func isNameStart(_ c: UInt8) -> Bool {
        MarkupScanner.isASCIILetter(c) || c == UInt8(ascii: "_") || c == UInt8(ascii: ":") || c == UInt8(ascii: ".")
    }

    /// Past a name as `htmlParseHTMLName` reads it: at most 100 characters (`HTML_PARSER_BUFFER_SIZE`); the rest
    /// of a longer name is read as the next attribute.
    @inline(__always) private static func afterName(_ b: UnsafeBufferPointer<UInt8>, _ t: Classes, _ start: Int) -> Int {
        var i = start
        let end = min(b.count, start + 100)
        while i < end, t[Int(b[i])].contains(.nameCharacter) { i += 1 }
        return i
    }

    @inline(__always) private static func afterBlanks(_ b: UnsafeBufferPointer<UInt8>, _ t: Classes, _ start: Int) -> Int {
        var i = start
        while i < b.count, t[Int(b[i])].contains(.blank) { i += 1 }
        return i
    }

    @inline(__always) private static func endsEmptyTag(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        b[i] == UInt8(ascii: "/") && i + 1 < b.count && b[i + 1] == UInt8(ascii: ">")
    }

    // MARK: Comments

    /// Cuts the text of a comment. libxml2 (`htmlParseComment`) reads a comment up to the first `-->` or `--!>`,
    /// reporting characters that are not XML characters and, in the message of a comment never closed, its first
    /// 50 bytes; the text reaches only the comment callback, which mailproof does not set. A closed comment whose
    /// text holds no `-`, `!`, `<` or `>` (so that nothing in it can end it or be read as its end) and nothing
    /// libxml2 reports is cut to `<!---->`.
    @inline(never)
    private static func commentCut(_ b: UnsafeBufferPointer<UInt8>, _ t: Classes, _ token: MarkupToken,
                                   into cuts: inout [Cut]) {
        let text = token.innerRange
        guard text.length >= shortest, token.range.start + 4 == text.start, text.end + 3 == token.range.end,
              MarkupScanner.hasPrefix(b, at: token.range.start, "<!--"), MarkupScanner.hasPrefix(b, at: text.end, "-->")
        else { return }
        for k in text.start..<text.end {
            let c = b[k]
            guard t[Int(c)].contains(.checkedInRawText) || c == UInt8(ascii: "-") || c == UInt8(ascii: "!") else { continue }
            // The class holds no tab, LF or CR: the rest is markup or a character libxml2 reports.
            if (c == 0xED || c == 0xEF), isXMLCharacter(b, at: k) { continue }
            return
        }
        cuts.append(Cut(start: text.start, end: text.end, placeholder: false))
    }

    // MARK: Raw text

    /// Cuts the content of a `<style>` or `<script>` element. After such a start tag libxml2 reads raw text
    /// (`htmlParseScript`) up to the first `</` followed by the element's name, reporting only `</` of another
    /// name ("embeds close tag") and characters that are not XML characters; none of it reaches the tree. Content
    /// with `<`, `&` or `-->` in it, or any such character, is kept, as is the content of a self-closing tag
    /// (libxml2 ends the element there and reads what follows as markup).
    @inline(never)
    private static func rawTextCut(_ b: UnsafeBufferPointer<UInt8>, _ t: Classes, content: MarkupToken,
                                   startTag: MarkupToken, into cuts: inout [Cut]) {
        guard startTag.kind == .startTag, !startTag.selfClosing, !startTag.unterminated,
              startTag.range.end == content.range.start, content.range.end < b.count,
              b[content.range.end] == UInt8(ascii: "<"),
              MarkupScanner.rawTextElement(named: startTag.innerRange, in: b) != nil else { return }
        var k = content.range.start
        let end = content.range.end
        while k < end {
            let c = b[k]
            guard t[Int(c)].contains(.checkedInRawText) else {
                k += 1
                continue
            }
            switch c {
            case UInt8(ascii: "<"), UInt8(ascii: "&"): return
            case UInt8(ascii: ">"): if k >= content.range.start + 2, b[k - 1] == UInt8(ascii: "-"), b[k - 2] == UInt8(ascii: "-") { return }
            case 0xED, 0xEF: if !isXMLCharacter(b, at: k) { return }
            default: return // a control character libxml2 reports (tab, LF and CR are not in the class)
            }
            k += 1
        }
        cuts.append(Cut(start: content.range.start, end: end, placeholder: false))
    }
}
