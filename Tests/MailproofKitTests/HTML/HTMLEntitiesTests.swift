import Testing
@testable import MailproofKit

/// Character references are decoded on bytes where every `&` and `;` is a character of its own, and character by
/// character elsewhere; both must give the same text.
@Suite("HTML entities")
struct HTMLEntitiesTests {
    @Test("known, numeric and unknown references; a & that is part of a larger character stays")
    func examples() {
        #expect(HTMLEntities.decode("Tom &amp; Jerry&nbsp;&#8212;&#x2019;&hellip;") == "Tom & Jerry\u{A0}—’…")
        #expect(HTMLEntities.decode("a &unknown; b & c &amp") == "a &unknown; b & c &amp")
        #expect(HTMLEntities.decode("&amp&lt;") == "&amp<")
        #expect(HTMLEntities.decode("&averyverylongname;") == "&averyverylongname;")
        #expect(HTMLEntities.decode("é&amp;ü") == "é&ü")
        // U+0301 after & or ; joins it into one character, which is not a reference.
        #expect(HTMLEntities.decode("&\u{301}amp;") == "&\u{301}amp;")
        #expect(HTMLEntities.decode("&amp;\u{301}") == "&amp;\u{301}")
    }

    @Test("the byte walk and the character walk agree on generated text")
    func bytesMatchCharacters() {
        let pieces = ["&", ";", "#", "x", "1", "9", "a", "amp", "nbsp", "lt", "#39", "#x27", "#x1F600", " ", "\r\n", "é",
                      "\u{301}", "\u{600}", "😀", "\u{200D}", "ab", "&amp;", "&#"]
        var numbers = SeededNumbers(seed: 0x9E37_79B9_7F4A_7C15)
        for _ in 0..<5_000 {
            var text = ""
            for _ in 0..<(1 + numbers.next(12)) { text += pieces[numbers.next(pieces.count)] }
            // Bytes, not String ==, which would call canonically equivalent texts equal.
            #expect(Array(HTMLEntities.decode(text).utf8) == Array(HTMLEntities.decodedCharacters(text).utf8),
                    "\(Array(text.unicodeScalars))")
        }
    }
}
