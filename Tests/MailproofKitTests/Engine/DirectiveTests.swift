import Testing
@testable import MailproofKit

@Suite("Inline directives")
struct DirectiveTests {
    private func findings(_ html: String) throws -> [Finding] {
        try Linter(rules: Configuration().enabledRules()).lint(SourceFile(path: "t.html", text: html))
    }

    @Test("disable … enable silences only between them")
    func disableEnable() throws {
        let html = """
            <script>a()</script>
            <!-- mailproof-disable no-javascript -->
            <script>b()</script>
            <!-- mailproof-enable no-javascript -->
            <script>c()</script>
            """
        #expect(try findings(html).map(\.start.line) == [1, 5])
    }

    @Test("disable-next-line silences the next line only")
    func nextLine() throws {
        let html = "<!-- mailproof-disable-next-line no-javascript -->\n<script>a()</script>\n<script>b()</script>"
        #expect(try findings(html).map(\.start.line) == [3])
    }

    @Test("disable-file with and without rules")
    func wholeFile() throws {
        #expect(try findings("<script>a()</script><!-- mailproof-disable-file -->\n<p>x</b>").isEmpty)
        let only = try findings("<script>a()</script><!-- mailproof-disable-file no-javascript -->\n<p>x</p></b>")
        #expect(only.map(\.ruleID) == ["html-parse"])
    }

    @Test("a directive naming several rules silences each")
    func severalRules() throws {
        let html = "<!-- mailproof-disable no-javascript, html-parse -->\n<script>a()</script></b>"
        #expect(try findings(html).isEmpty)
    }

    @Test("unused and misspelled directives are reported at the directive")
    func unused() throws {
        let found = try findings("<p>ok</p>\n<!-- mailproof-disable no-javascrpt -->\n<p>x</p>")
        #expect(found.map(\.ruleID) == ["unused-directive"])
        #expect(found.first?.message == "'mailproof-disable' names unknown rule no-javascrpt")
        #expect(found.first?.start.line == 2)
    }
}

@Suite("Text edits")
struct TextEditTests {
    @Test("edits apply back to front; overlapping ones wait for a later pass")
    func overlapping() {
        let bytes = Array("abcdef".utf8)
        let edits = [TextEdit(range: ByteRange(start: 1, end: 3), replacement: "X"),
                     TextEdit(range: ByteRange(start: 2, end: 4), replacement: "Y"),
                     .insert("!", at: 6), .delete(ByteRange(start: 0, end: 1))]
        let (result, deferred) = TextEdit.apply(edits, to: bytes)
        #expect(String(decoding: result, as: UTF8.self) == "Xdef!")
        #expect(deferred == [TextEdit(range: ByteRange(start: 2, end: 4), replacement: "Y")])
    }

    @Test("two insertions at one offset do not guess an order")
    func insertionsAtOneOffset() {
        let (result, deferred) = TextEdit.apply([.insert("a", at: 1), .insert("b", at: 1)], to: Array("xy".utf8))
        #expect(String(decoding: result, as: UTF8.self) == "xay")
        #expect(deferred.count == 1)
    }

    @Test("the fixer changes only the bytes inside edits")
    func fixerKeepsEverythingElse() throws {
        let html = "{% if x %}<a href=\"{{ url }}\" onclick=\"t()\">Go &amp; see</a>{% endif %}\r\n<!--[if mso]><b>o</b><![endif]-->"
        let fixer = Fixer(linter: try Linter(rules: Configuration().enabledRules()))
        let fixed = String(decoding: fixer.fix(SourceFile(path: "t.html", text: html)).bytes, as: UTF8.self)
        #expect(fixed == "{% if x %}<a href=\"{{ url }}\">Go &amp; see</a>{% endif %}\r\n<!--[if mso]><b>o</b><![endif]-->")
    }
}
