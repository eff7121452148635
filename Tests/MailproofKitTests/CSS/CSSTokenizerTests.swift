import Testing
@testable import MailproofKit

@Suite struct CSSTokenizerTests {
    /// The bitmap behind `isName` says what CSS Syntax §4.2 says: a letter, `_`, non-ASCII or NUL (name-start code
    /// points, NUL standing for U+FFFD), a digit, or `-`. Checked for every byte value.
    @Test func nameBytesAreTheSpecsNameCodePoints() {
        for value in 0...255 {
            let byte = UInt8(value)
            let letter = (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
            let spec = letter || byte == 0x5F || byte >= 0x80 || byte == 0 || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D
            #expect(CSSBytes.isName(byte) == spec, "byte \(value)")
        }
    }

    @Test func kindsAndByteRanges() {
        let css = MarkedCSS("⟦café⟧⟦.⟧⟦x⟧⟦ ⟧⟦#main⟧⟦{⟧⟦color⟧⟦:⟧⟦RED⟧⟦;⟧⟦}⟧")
        let t = css.tokens()
        #expect(t.tokens.map(\.kind) == [.ident, .delim, .ident, .whitespace, .hash, .leftBrace, .ident, .colon,
                                         .ident, .semicolon, .rightBrace])
        #expect(t.tokens.map(\.range) == css.marks)
        #expect(css.range.start > 0)
        #expect(t.tokens[0].value(in: css.bytes) == "café")
        #expect(t.tokens[0].range.length == 5) // bytes, not characters
        #expect(t.tokens[1].isDelim("."))
        #expect(t.tokens[4].value(in: css.bytes) == "main")
        #expect(t.tokens[4].flags.contains(.idHash))
        #expect(t.tokens[8].lowercasedValue(in: css.bytes) == "red")
        #expect(t.errors.isEmpty)
    }

    @Test func numbersPercentagesDimensions() {
        let css = MarkedCSS("⟦12px⟧ ⟦50%⟧ ⟦-1.5e2⟧ ⟦+.5em⟧ ⟦1e3⟧ ⟦10E-1Rem⟧ ⟦0⟧")
        let toks = css.tokens().tokens.filter { $0.kind != .whitespace }
        #expect(toks.map(\.range) == css.marks)
        #expect(toks.map(\.kind) == [.dimension, .percentage, .number, .dimension, .number, .dimension, .number])
        #expect(toks.map(\.numericValue) == [12, 50, -150, 0.5, 1000, 1, 0])
        #expect(toks.map(\.isInteger) == [true, true, false, false, false, false, true])
        #expect(toks[0].value(in: css.bytes) == "px")
        #expect(toks[3].lowercasedValue(in: css.bytes) == "em")
        #expect(toks[5].lowercasedValue(in: css.bytes) == "rem")
        #expect(css.text(toks[5].unitRange!) == "Rem")
    }

    @Test func hashTypes() {
        let css = MarkedCSS("#abc #1a2b3c #-x # a")
        let hashes = css.tokens().tokens.filter { $0.kind == .hash }
        #expect(hashes.map { $0.flags.contains(.idHash) } == [true, false, true])
        #expect(css.tokens().tokens.contains { $0.isDelim("#") })
    }

    @Test func stringsAndEscapes() {
        let css = MarkedCSS(#"⟦"a\"b"⟧ ⟦'\41 \e9t\E9'⟧ ⟦\31 0px⟧ "# + "⟦\"line\\\ncont\"⟧")
        let toks = css.tokens().tokens.filter { $0.kind != .whitespace }
        #expect(toks.map(\.range) == css.marks)
        #expect(toks.map(\.kind) == [.string, .string, .ident, .string])
        #expect(toks[0].value(in: css.bytes) == "a\"b")
        #expect(toks[1].value(in: css.bytes) == "Aété")
        #expect(toks[2].value(in: css.bytes) == "10px")
        #expect(toks[3].value(in: css.bytes) == "linecont")
    }

    @Test func badStringStopsAtNewline() {
        let css = MarkedCSS("a { content: ⟦\"oops⟧\n; color: red }")
        let t = css.tokens()
        let bad = t.tokens.first { $0.kind == .badString }
        #expect(bad?.range == css.marks[0])
        #expect(t.errors == [CSSSyntaxError(message: "Unclosed string", range: css.marks[0])])
        #expect(t.tokens.contains { $0.kind == .ident && $0.value(in: css.bytes) == "color" })
    }

    @Test func urls() {
        let css = MarkedCSS(#"⟦url( img/a.png )⟧ ⟦URL(b\)c)⟧ ⟦url(⟧"q.png") ⟦url(a b)⟧ ⟦url(x(y)⟧)"#)
        let t = css.tokens()
        let toks = t.tokens.filter { $0.kind == .url || $0.kind == .badURL || $0.kind == .function }
        #expect(toks.map(\.range) == css.marks)
        #expect(toks.map(\.kind) == [.url, .url, .function, .badURL, .badURL])
        #expect(toks[0].value(in: css.bytes) == "img/a.png")
        #expect(toks[1].value(in: css.bytes) == "b)c")
        #expect(toks[2].lowercasedValue(in: css.bytes) == "url")
        #expect(t.errors.map(\.range) == [css.marks[3], css.marks[4]])
        // `url(x(y))`: the bad url ends at the first `)`, the second `)` is a stray token.
        #expect(t.tokens.last?.kind == .rightParen)
    }

    @Test func functionsAtKeywordsCDOCDC() {
        let css = MarkedCSS("⟦<!--⟧ ⟦@media⟧ ⟦calc(⟧⟦1px⟧⟦)⟧ ⟦-->⟧ ⟦@-webkit-keyframes⟧ ⟦@⟧ ⟦-moz-x⟧ ⟦--brand⟧")
        let toks = css.tokens().tokens.filter { $0.kind != .whitespace }
        #expect(toks.map(\.range) == css.marks)
        #expect(toks.map(\.kind) == [.cdo, .atKeyword, .function, .dimension, .rightParen, .cdc, .atKeyword, .delim,
                                     .ident, .ident])
        #expect(toks[1].value(in: css.bytes) == "media")
        #expect(toks[2].value(in: css.bytes) == "calc")
        #expect(toks[6].value(in: css.bytes) == "-webkit-keyframes")
    }

    @Test func comments() {
        let css = MarkedCSS("a⟦/* one */⟧b ⟦⟧/* open")
        let t = css.tokens()
        let end = css.range.end
        let marks = [css.marks[0], ByteRange(start: css.marks[1].start, end: end)]
        #expect(t.comments == marks)
        #expect(t.tokens.filter { $0.kind == .comment }.map(\.range) == marks)
        #expect(t.errors == [CSSSyntaxError(message: "Unclosed comment", range: marks[1])])
        // Without comment tokens, `a/**/b` is two adjacent idents.
        let plain = css.tokens(includeComments: false).tokens
        #expect(plain.prefix(2).map(\.kind) == [.ident, .ident])
        #expect(css.tokens(includeComments: false).comments == marks)
    }

    @Test func invalidEscapeIsDelim() {
        let css = MarkedCSS("a ⟦\\⟧\nb")
        let t = css.tokens()
        #expect(t.tokens[2].isDelim("\\"))
        #expect(t.errors.map(\.range) == [css.marks[0]])
    }

    @Test func emptyAndRangeRespected() {
        let css = MarkedCSS("")
        #expect(css.tokens().tokens.isEmpty)
        // Tokenizing stops at the end of the range even though the file continues.
        let partial = MarkedCSS("a{}", suffix: "b { }")
        #expect(partial.tokens().tokens.count == 3)
    }
}
