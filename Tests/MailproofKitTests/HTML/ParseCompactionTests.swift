import Foundation
import Testing
@testable import MailproofKit

/// libxml2 parses a compacted text (attribute values, style sheets and the middle of text runs cut out); the tree,
/// its offsets and the parse errors must be the ones the whole text gives.
@Suite("Parse compaction")
struct ParseCompactionTests {
    /// Everything the parse produces, as text: every node and attribute with every field, and every parse error.
    private static func outcome(_ html: String, cutting: Bool) -> [String] {
        let document = Document.parse(SourceFile(path: "test.html", text: html), languages: nil, compactsParseText: cutting)
        return document.nodes.map { String(describing: $0) } + document.attributes.map { String(describing: $0) }
            + document.parseErrors.map { String(describing: $0) }
    }

    private static func expectSameOutcome(_ html: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let whole = outcome(html, cutting: false)
        let compacted = outcome(html, cutting: true)
        #expect(whole.count == compacted.count, sourceLocation: sourceLocation)
        for (a, b) in zip(whole, compacted) where a != b {
            Issue.record("whole: \(a)\ncompacted: \(b)\nin: \(html.prefix(300))", sourceLocation: sourceLocation)
            return
        }
    }

    private static let longWords = String(repeating: "lorem ipsum dolor ", count: 70) // 1,260 bytes
    private static let longBlank = String(repeating: "  \n", count: 400)

    /// Documents at the edges of each cut's rule: where a cut would change what libxml2 does, it must not be made.
    static let edgeCases: [String] = [
        // Text runs: long ones (libxml2's 1,000-byte chunks), blank and not, before and after the body.
        "<html><head>\(longWords)<title>t</title></head><body><p>x</p></body></html>",
        "<html><head>\(longBlank)<title>t</title></head><body>\(longBlank)<p>x</p></body></html>",
        "\(longWords)<p>after</p>",
        "<html><head><title>t</title>\(longBlank)x\(longBlank)</head><body>b</body></html>",
        "<html><head></head>  stray text before the body  <body><p>text</p></body></html>",
        "<p>one</p></body>  text after the body end  </html>  and after the html end  ",
        "<table><tr>  text in a row, not in a cell  <td>cell</td></tr></table>",
        "<p>Tom &amp; Jerry &nbsp; &copy 2024 &#169; &#xA9; & bare ampersand &unknown; &#bad; &#x; end of text</p>",
        "<p>a\u{0C}form feed in the text and some more words after it</p><p>ÿ non-ASCII é words ü around</p>",
        "<p>\u{FFFE} not a character, inside a long enough run of words</p>",
        "<div>  <!-- a comment with enough words in it --> text - with -- dashes --> and > signs</div>",
        "<p>quotes \"in text\" and 'more' / slashes = equals sign in a longer run of words</p>",
        "< p>not a tag, and <3 hearts and a < b in a longer run of text</p>",
        // Style and script content.
        "<style>p { color: red; } td > p { margin: 0 }</style><p>x</p>",
        "<style><!-- p { color: red; } --></style><p>x</p>",
        "<style>p { color: red; } </p> after an end tag inside </style><p>x</p>",
        "<style>p { color: red; } --> a comment end in the sheet</style><p>x</p>",
        "<style>p { color: red;\u{01} a control character in the sheet }</style><p>x</p>",
        "<style/>p { color: red; } text after a self-closing style<p>x</p>",
        "<STYLE type=\"text/css\">P { COLOR: RED; } long enough</STYLE><p>x</p>",
        "<script>var a = 1; if (a < 2) { a = 3; } long enough</script><p>x</p>",
        "<script>var a = 'no less-than sign in this script at all';</script><p>x</p>",
        "<head><style>p { color: red; } with no end tag at all, long enough",
        "<style>p { color: red; } </styles> a longer name that libxml2 takes as the end</style><p>x</p>",
        // Attribute values and libxml2's reading of start tags.
        "<a href=\"https://example.com/a/long/path?utm_source=x&utm_medium=y&amp;z=1\">link</a>",
        "<a href=\"https://example.com/?q=&#169;&#xA9;&#bad;long enough\">link</a>",
        "<td style=\"color: red; font-size: 12px; <b>markup in a value</b>\">x</td>",
        "<td =\"bogus name with spaces inside\" style=\"color: red; font-size: 12px\">x</td>",
        "<td \"quoted name\"=\"and a value long enough\" class=\"long enough class\">x</td>",
        "<td class=unquoted-value-long-enough style=\"color: red; font-size: 12px\">x</td>",
        "<td \(String(repeating: "a", count: 105))=\"a name over a hundred characters\">x</td>",
        "<td class=\"a value that never closes>x</td><p>more text after it</p>",
        "<td class='single quoted value long enough' title=\"it's a value\">x</td>",
        "<img src=\"https://example.com/image/long/path.png\" alt=\"an image\"/><p>x</p>",
        "<img src=\"https://example.com/image/long/path.png\"alt=\"no space between\"/><p>x</p>",
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"><p>é</p>",
        "<td title=\"ÿ non-ASCII value long enough\" data-x=\"\u{FFFF} not a character here\">x</td>",
        "<td class=\"value long enough\"\n   style = \"spaces around the equals sign\" >x</td>",
        "<img src=\"a\"alt=\"b\"title='c'/><td nowrap\"x\" class=\"y\">z</td><td a= >w</td><img src=a.png/>",
        "<td class=\"a\" CLASS=\"b\" Style=\"c\" class=d>duplicates</td><meta charset=utf-8><br clear=all/>",
        "<td a=\"&#169;\" b=&#xA9; c=&copy; d=\"&\" e=& f=\"x<y\">values with references</td>",
        "<td a=\"x\"/ b=\"y\" / c>slashes between attributes</td><td/a b>x</td>",
        // Comments.
        "<p>a</p><!-- a plain comment long enough --><!-- with -- dashes inside --><!-- closed oddly --!><p>b</p>",
        "<!-- before the doctype, long enough --><!DOCTYPE html><html><!-- in html, long enough --><head></head></html>",
        "<p>a</p><!--> <!---> <!-- a\u{0B} control character, long enough --> <!-- ÿ non-ASCII text long enough -->",
        "<p>a</p><!-- a comment that is never closed, with enough text to be cut <p>b</p>",
        "<table><!-- a comment between table parts, long enough --><tr><td>x</td></tr></table>",
        // Conditional comments, whose markers the parse text blanks.
        "<!--[if mso]><table><tr><td style=\"width: 600px; padding: 0\">Outlook only, long enough</td></tr></table><![endif]-->",
        "<!--[if !mso]><!--><div style=\"max-width: 600px; margin: 0 auto\">everyone else, long enough</div><!--<![endif]-->",
        // Template tags, masked before the parse.
        "<p style=\"color: {{ brand_color }}; font-size: 12px\">Hello {{ first_name }}, a long enough text</p>",
    ]

    @Test("every edge case parses to the same tree, attributes and errors as the whole text")
    func edgeCasesMatch() {
        for html in Self.edgeCases { Self.expectSameOutcome(html) }
    }

    @Test("every fixture parses to the same tree, attributes and errors as the whole text")
    func fixturesMatch() throws {
        let files = try FileManager.default.subpathsOfDirectory(atPath: fixturesDirectory)
            .filter { [".html", ".htm", ".hbs", ".liquid", ".tpl"].contains(where: $0.hasSuffix) }
            .sorted()
        #expect(files.count > 50)
        for file in files {
            guard let data = FileManager.default.contents(atPath: fixturesDirectory + "/" + file),
                  let html = String(data: data, encoding: .utf8) else { continue }
            Self.expectSameOutcome(html)
        }
    }

    @Test("cuts attributes, sheets and the middle of text, and maps every kept byte back to its offset")
    func cutsAndMapsBack() {
        let html = "<html><head><style>p { color: red; font-size: 14px; }</style></head>"
            + "<body><p class=\"a long class name\"id=\"x\">Hello there, reader of this email</p>\n    \n<br clear=all></body></html>"
        var parseBytes = Array(html.utf8)
        let scanner = MarkupScanner(parseBytes)
        var compaction = ParseCompaction(parseBytes, scanner: scanner)
        let compact = compaction.bytes.dropLast() // the NUL
        #expect(String(decoding: compact, as: UTF8.self)
                == "<html><head><style></style></head><body><p class=\"\">Hl</p>\n    \n<br ></body></html>")
        for offset in compact.indices where compact[offset] != UInt8(ascii: "x") {
            #expect(parseBytes[compaction.originalOffset(offset)] == compact[offset])
        }
        #expect(compaction.originalOffset(compact.count) == parseBytes.count)
        // Looked up backwards too (the map keeps a cursor for libxml2's forward reading).
        for offset in compact.indices.reversed() where compact[offset] != UInt8(ascii: "x") {
            #expect(parseBytes[compaction.originalOffset(offset)] == compact[offset])
        }
        parseBytes.append(0)
        #expect(ParseCompaction(Array(html.utf8), scanner: scanner, cutting: false).bytes == parseBytes)
    }

    @Test("random documents made of the edge cases' pieces parse alike")
    func generatedDocumentsMatch() {
        let pieces = ["<p>", "</p>", "<td class=\"one two three\">", "</td>", "<table>", "</table>", "<tr>", "<head>",
                      "</head>", "<body>", "</body>", "<html>", "<style>p { color: red; }</style>", "<br>", "<img src=\"a.png\"/>",
                      "Hello reader, a line of text", "  \n   ", "&amp;", "&", "&#169;", "<!-- a comment -->", "<b>", "</b>",
                      "é", "<a href=\"https://example.com/?a=1&b=2\">", "</a>", "<div style=\"display:none\">", "</div>",
                      "<!--[if mso]>", "<![endif]-->", "< ", ">", "\"", "-", "<title>", "</title>", "<meta charset=\"utf-8\">",
                      String(repeating: "word ", count: 60), String(repeating: " ", count: 300)]
        var numbers = SeededNumbers(seed: 0x2545_F491_4F6C_DD1D)
        for _ in 0..<400 {
            var html = ""
            for _ in 0..<(1 + numbers.next(40)) { html += pieces[numbers.next(pieces.count)] }
            Self.expectSameOutcome(html)
        }
    }
}
