import Testing
@testable import MailproofKit

/// Body text is counted in characters (grapheme clusters). ASCII runs are read as bytes and only the stretches
/// around other characters are segmented by `String`: the result must be exactly `String`'s own walk.
@Suite("Body text characters")
struct BodyTextCharacterTests {
    private func reference(_ text: String) -> [Bool] {
        text.map { $0.isWhitespace || $0 == "\u{A0}" }
    }

    private func walked(_ text: String) -> [Bool] {
        var result: [Bool] = []
        BodyText.forEachCharacter(of: text) { result.append($0) }
        return result
    }

    @Test("Pieces that combine across ASCII: combining marks, prepend marks, CR LF, emoji, flags")
    func knownPieces() {
        let texts = [
            "", "a", " ", "\r\n", "\r", "\n\r", "a\r\nb", "e\u{301}", "e\u{301} x", " \u{301}", "\r\u{301}", "\r\n\u{301}",
            "\u{600}a", "x\u{600}1 2", "\u{A0}", "a\u{A0}b", "\u{A0}\u{A0}  \u{A0}", "👩\u{200D}💻 ok", "🇫🇷🇩🇪a",
            "\u{1100}\u{1161}\u{11A8}a", "Tschüß, Grüße", "\u{2028}\u{2029}\u{3000}x", "a\u{200D}b", "1\u{FE0F}\u{20E3}",
        ]
        for text in texts { #expect(walked(text) == reference(text), "\(Array(text.unicodeScalars))") }
    }

    @Test("Generated texts mixing ASCII with combining, prepend, joining and space characters")
    func generated() {
        let pieces = ["a", "b", " ", "  ", "\t", "\r", "\n", "\r\n", ".", "\u{301}", "\u{308}", "\u{600}", "\u{A0}",
                      "\u{200D}", "👩", "💻", "🇫", "🇷", "é", "\u{1100}", "\u{1161}", "\u{2003}", "\u{93F}", "\u{915}",
                      "\u{94D}", "\u{FE0F}", "\u{20E3}", "x"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        for _ in 0..<3_000 {
            var text = ""
            for _ in 0..<(next() % 24) { text += pieces[next() % pieces.count] }
            #expect(walked(text) == reference(text), "\(Array(text.unicodeScalars))")
        }
    }
}
