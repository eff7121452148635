import Testing
@testable import MailproofKit

@Suite struct TemplateMaskerLiquidTests {
    @Test func outputTagIsMaskedWithX() {
        let (text, scan) = templateMasked("Hi {{ first_name }}!", [.liquid])
        #expect(text == "Hi xxxxxxxxxxxxxxxx!")
        #expect(scan.tags.count == 1)
        let tag = scan.tags[0]
        #expect(tag.language == .liquid)
        #expect(tag.kind == .output)
        #expect(tag.name == "first_name")
        #expect(tag.range == ByteRange(start: 3, end: 19))
        #expect(tag.innerRange == ByteRange(start: 5, end: 17))
        #expect(tag.context == .text)
        #expect(tag.isTerminated)
        #expect(scan.problems.isEmpty)
    }

    @Test func whitespaceControlDashesAreDelimiters() {
        let (text, scan) = templateMasked("<p>{{- name -}}</p>{%- if x -%}", [.liquid])
        #expect(text == "<p>xxxxxxxxxxxx</p>            ")
        #expect(scan.tags[0].range == ByteRange(start: 3, end: 15))
        #expect(scan.tags[0].innerRange == ByteRange(start: 6, end: 12))
        #expect(scan.tags[0].name == "name")
        #expect(scan.tags[1].range == ByteRange(start: 19, end: 31))
        #expect(scan.tags[1].innerRange == ByteRange(start: 22, end: 28))
        #expect(scan.tags[1].name == "if")
    }

    @Test func quotedClosersInFiltersDoNotEndTheTag() {
        let (text, scan) = templateMasked(#"{{ x | default: "}}" }}<b>{% echo "%}" %}</b>"#, [.liquid])
        #expect(text == "xxxxxxxxxxxxxxxxxxxxxxx<b>               </b>")
        #expect(templateSummaries(scan) == [
            TemplateTagSummary(.output, "x", 0..<23),
            TemplateTagSummary(.tag, "echo", 26..<41),
        ])
    }

    @Test func statementsInsideStartTagBecomeSpaces() {
        let (text, scan) = templateMasked(##"<td {% if x %}bgcolor="#000"{% endif %}>"##, [.liquid])
        #expect(text == ##"<td           bgcolor="#000"           >"##)
        #expect(templateSummaries(scan) == [
            TemplateTagSummary(.blockOpen, "if", 4..<14, .insideStartTag),
            TemplateTagSummary(.blockClose, "endif", 28..<39, .insideStartTag),
        ])
    }

    @Test func greaterThanInsideTagDoesNotCloseTheHTMLTag() {
        let (text, scan) = templateMasked(#"<td {% if a > b %}class="big"{% endif %}>{{ x }}"#, [.liquid])
        #expect(text == #"<td               class="big"           >xxxxxxx"#)
        #expect(scan.tags.map(\.context) == [.insideStartTag, .insideStartTag, .text])
    }

    @Test func statementsInAttributeValuesBecomeSpaces() {
        let (text, scan) = templateMasked(#"<a class="{% if x %}on{% endif %}" href="{{ url }}">"#, [.liquid])
        #expect(text == #"<a class="          on           " href="xxxxxxxxx">"#)
        #expect(scan.tags.map(\.context) == [.attributeValue, .attributeValue, .attributeValue])
    }

    @Test func kindsAndNames() {
        let source = "{% assign a = 1 %}{% for i in l %}{% else %}{% endfor %}{% case x %}{% when 1 %}{% endcase %}"
            + "{% unless y %}{% elsif z %}{% endunless %}{% # note %}{% capture c %}{% endcapture %}{% render 'p' %}"
        let (_, scan) = templateMasked(source, [.liquid])
        #expect(scan.tags.map(\.kind) == [
            .tag, .blockOpen, .blockElse, .blockClose, .blockOpen, .blockElse, .blockClose,
            .blockOpen, .blockElse, .blockClose, .comment, .blockOpen, .blockClose, .tag,
        ])
        #expect(scan.tags.map(\.name) == [
            "assign", "for", "else", "endfor", "case", "when", "endcase",
            "unless", "elsif", "endunless", "#", "capture", "endcapture", "render",
        ])
        #expect(scan.tags.allSatisfy { $0.language == .liquid && $0.isTerminated })
    }

    @Test func rawBodyIsLiteralAndUnmasked() {
        let (text, scan) = templateMasked("{% raw %}{{ x }}{% endraw %}{{ y }}", [.liquid])
        #expect(text == "         {{ x }}            xxxxxxx")
        #expect(templateSummaries(scan) == [
            TemplateTagSummary(.blockOpen, "raw", 0..<9),
            TemplateTagSummary(.blockClose, "endraw", 16..<28),
            TemplateTagSummary(.output, "y", 28..<35),
        ])
        #expect(scan.rawBodies == [ByteRange(start: 9, end: 16)])
    }

    @Test func rawBodyStillTracksHTMLContext() {
        let (text, scan) = templateMasked(#"{%- raw -%}<a href="{%- endraw -%}{{ u }}">"#, [.liquid])
        #expect(text == #"           <a href="              xxxxxxx">"#)
        #expect(scan.tags.map(\.context) == [.text, .attributeValue, .attributeValue])
    }

    @Test func commentBlockIsMaskedWhole() {
        let (text, scan) = templateMasked("a{% comment %}<b>{{ y }}</b>{% endcomment %}b", [.liquid])
        #expect(text == "a                                           b")
        #expect(templateSummaries(scan) == [
            TemplateTagSummary(.blockOpen, "comment", 1..<14),
            TemplateTagSummary(.blockClose, "endcomment", 28..<44),
        ])
        #expect(scan.commentBodies == [ByteRange(start: 14, end: 28)])
        #expect(scan.problems.isEmpty)
    }

    @Test func nestedCommentBlocks() {
        let source = "{% comment %}{%- comment -%}x{% endcomment %}y{% endcomment %}z"
        let (text, scan) = templateMasked(source, [.liquid])
        #expect(text == String(repeating: " ", count: source.utf8.count - 1) + "z")
        #expect(scan.tags.map(\.name) == ["comment", "endcomment"])
        #expect(scan.tags[1].range == ByteRange(start: 46, end: 62))
    }

    @Test func commentBodyKeepsLineBreaks() {
        let (text, _) = templateMasked("{% comment %}\na\r\n{% endcomment %}", [.liquid])
        #expect(text == "             \n \r\n                ")
    }

    @Test func curlyBracesInCSSAreNotTags() {
        let source = "<style>a{color:red}@media x{b{c:d}}</style>"
        let (text, scan) = templateMasked(source, [.liquid, .handlebars, .mailchimp])
        #expect(text == source)
        #expect(scan.tags.isEmpty && scan.problems.isEmpty)
    }
}
