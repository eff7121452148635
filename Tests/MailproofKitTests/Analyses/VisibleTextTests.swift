import Testing
@testable import MailproofKit

@Suite("Visible text")
struct VisibleTextTests {
    /// Text nodes whose visible text is empty, and ones whose is not, among them the edges of the ASCII path:
    /// blank references in any case, a reference that is not blank, a bare `&`, non-ASCII blanks and letters.
    private static let samples = [
        "", " ", " \t\r\n\u{0C}\u{0B}", "&nbsp;", " &NBSP; &zwnj;&#8203; ", "&#xFEFF;&shy;", "&nbsp", "&amp;", "&",
        "a", "  x  ", "&nbsp;x", "\u{A0}", "\u{A0}\u{200B}\u{FEFF}", "\u{2003}", "é", " \u{A0}é", "&nbsp;\u{200C}",
        "&#160;&#160;&#847;", "&#1234;", "&nbsp;;", "&thinsp;&ensp;&emsp;", "\u{3000}", "&nbsp;\u{3000}x",
    ]

    @Test("isBlank says what building the text and testing it for empty says", arguments: samples)
    func isBlankAgreesWithText(_ sample: String) {
        let document = parse("<p>" + sample + "</p>")
        let paragraph = document.nodes.firstIndex { $0.name == "p" }!
        let range = ByteRange(start: 3, end: 3 + sample.utf8.count)
        #expect(document.nodes[paragraph].range.start == 0)
        #expect(VisibleText.isBlank(range, in: document) == VisibleText.text(range, in: document).isEmpty, "\(sample.debugDescription)")
    }

    @Test("blank and not blank")
    func examples() {
        let document = parse("<p>&nbsp; &zwnj;</p><p>&nbsp;Hi</p>")
        let texts = document.nodes.filter { $0.kind == .text }.map(\.range)
        #expect(VisibleText.isBlank(texts[0], in: document))
        #expect(!VisibleText.isBlank(texts[1], in: document))
    }
}
