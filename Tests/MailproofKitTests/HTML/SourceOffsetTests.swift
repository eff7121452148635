import Testing
@testable import MailproofKit

/// Pins the exact byte ranges of nodes and attributes: libxml2's offsets come from SAX callbacks, ours from the
/// scanner, and these cases are where the two could drift (libxml2 2.14 rewrote its HTML tokenizer).
@Suite("Source offsets")
struct SourceOffsetTests {
    @Test("multibyte text before a tag")
    func multibyteTextBeforeTag() throws {
        let html = "<p>héllo wörld 😀</p><b>x</b>"
        let document = parse(html)
        let b = try #require(first("b", in: document))
        // "<p>" 3 + "héllo wörld 😀" (1+2+3 + 1 + 1+2+3 + 1 + 4 = 18 bytes) + "</p>" 4 = 25
        #expect(b.range == ByteRange(start: 25, end: 33))
        #expect(b.startTagRange == ByteRange(start: 25, end: 28))
        #expect(b.node.endTagRange == ByteRange(start: 29, end: 33))
        let location = document.source.location(of: b.range.start)
        #expect(location.line == 1 && location.column == 21) // 20 characters before it
    }

    @Test("a > inside a quoted attribute value")
    func greaterThanInQuotedValue() throws {
        let html = "<a title=\"a>b\" href='x>y'>link</a>"
        let document = parse(html)
        let a = try #require(first("a", in: document))
        #expect(a.startTagRange == ByteRange(start: 0, end: 26))
        let title = try #require(a.attribute("title"))
        #expect(title.nameRange == ByteRange(start: 3, end: 8))
        #expect(title.valueRange == ByteRange(start: 10, end: 13))
        #expect(title.quote == "\"")
        #expect(a.value("href") == "x>y")
        #expect(a.textContent == "link")
    }

    @Test("unquoted and valueless attributes")
    func unquotedAndValueless() throws {
        let html = "<td nowrap width=300 align = center>x</td>"
        let document = parse(html)
        let td = try #require(document.elements(named: "td").first)
        let names = td.attributes.map(\.name)
        #expect(names == ["nowrap", "width", "align"])
        let nowrap = try #require(td.attribute("nowrap"))
        #expect(nowrap.nameRange == ByteRange(start: 4, end: 10) && nowrap.valueRange == nil)
        let width = try #require(td.attribute("width"))
        #expect(width.valueRange == ByteRange(start: 17, end: 20) && width.quote == nil)
        let align = try #require(td.attribute("align"))
        #expect(align.valueRange == ByteRange(start: 29, end: 35))
        #expect(align.range == ByteRange(start: 21, end: 35))
    }

    @Test("implied end tags end with their last child")
    func impliedEndTags() throws {
        let html = "<ul><li>one<li>two</ul>"
        let document = parse(html)
        let items = document.elements(named: "li")
        #expect(items.count == 2)
        #expect(items[0].range == ByteRange(start: 4, end: 11))   // "<li>one", no end tag
        #expect(items[0].node.endTagRange == nil)
        #expect(items[1].range == ByteRange(start: 11, end: 18))
        let ul = try #require(first("ul", in: document))
        #expect(ul.node.endTagRange == ByteRange(start: 18, end: 23))
        #expect(ul.children.count == 2)
    }

    @Test("void elements have no end tag and no children")
    func voidElements() throws {
        let html = "<p>a<br>b<img src=x alt=\"\"/>c</p>"
        let document = parse(html)
        let br = try #require(first("br", in: document))
        #expect(br.range == ByteRange(start: 4, end: 8))
        let img = try #require(first("img", in: document))
        #expect(img.range == ByteRange(start: 9, end: 28))
        #expect(img.children.isEmpty)
        #expect(first("p", in: document)?.textContent == "a b c")
    }

    @Test("CRLF line endings: lines and columns")
    func crlf() throws {
        let html = "<p>\r\none</p>\r\n<b>x</b>\r\n"
        let document = parse(html)
        let b = try #require(first("b", in: document))
        #expect(b.range.start == 14)
        let location = document.source.location(of: b.range.start)
        #expect(location.line == 3 && location.column == 1)
        let lone = SourceFile(path: "t", text: "a\rb\nc")
        #expect(lone.location(of: 2).line == 2 && lone.location(of: 4).line == 3)
    }

    @Test("comments and doctype")
    func commentsAndDoctype() throws {
        let html = "<!DOCTYPE html>\n<!-- hello -->\n<p>x</p>"
        let document = parse(html)
        let doctype = try #require(document.nodes.first { $0.kind == .doctype })
        #expect(doctype.range == ByteRange(start: 0, end: 15))
        let comment = try #require(document.nodes.first { $0.kind == .comment })
        #expect(comment.range == ByteRange(start: 16, end: 30))
        #expect(document.text(comment.innerRange) == " hello ")
        #expect(first("p", in: document)?.range.start == 31)
    }

    @Test("implied html and body are marked implied and have empty ranges")
    func impliedElements() throws {
        let document = parse("<p>x</p>")
        let html = try #require(first("html", in: document))
        #expect(html.isImplied && html.startTagRange.isEmpty)
        let p = try #require(first("p", in: document))
        #expect(!p.isImplied && p.parent?.name == "body")
    }

    @Test("text of style and script is raw")
    func rawText() throws {
        let html = "<style>td > p { color: red }</style><p>after</p>"
        let document = parse(html)
        let style = try #require(first("style", in: document))
        #expect(style.children.isEmpty)
        #expect(document.styleSheets.count == 1)
        #expect(first("p", in: document)?.range.start == 36)
    }

    @Test("deeply nested documents are built without recursion")
    func deepNesting() throws {
        let depth = 10_000
        let html = String(repeating: "<div>", count: depth) + "x" + String(repeating: "</div>", count: depth)
        let document = parse(html)
        #expect(document.elements(named: "div").count == depth)
        let findings = try lint(html, rule: HTMLParseRule.self)
        #expect(findings.isEmpty)
    }
}

@Suite("Source offsets in large files")
struct LargeFileOffsetTests {
    /// libxml2 2.9's xmlByteConsumed is off by the excess over 32,000 unparsed bytes; every start tag of a
    /// 1 MB file with multibyte text must still be found at its '<'.
    @Test("every element of a 1 MB file is at its start tag")
    func largeFile() throws {
        var html = "<!DOCTYPE html><html><head><title>t</title></head><body><table>"
        for i in 0..<12_000 { html += "<tr><td class=\"c\(i)\">Grüße 日本語 😀 \(i)</td></tr>\n" }
        html += "</table></body></html>"
        let document = parse(html)
        let bytes = document.source.bytes
        var checked = 0
        for element in document.elements where !element.isImplied {
            let start = element.startTagRange.start
            #expect(bytes[start] == UInt8(ascii: "<"), "\(element.name) at \(start)")
            #expect(document.text(ByteRange(start: start + 1, length: element.name.utf8.count)).lowercased() == element.name)
            checked += 1
        }
        #expect(checked == 4 + 1 + 24_000) // html, head, title, body; table; rows and cells
        #expect(first("html", in: document)?.isImplied == false)
    }
}
