import Testing
@testable import MailproofKit

/// The HTML context of each tag, and the placeholder it gets there.
@Suite struct TemplateMaskerContextTests {
    @Test func rawTextOfStyleAndScript() {
        let source = #"<style>a{color:{{ c }}}</style><script>var a = "{{ x }}";</script>{{ t }}"#
        let (text, scan) = templateMasked(source, [.liquid])
        #expect(text == #"<style>a{color:xxxxxxx}</style><script>var a = "xxxxxxx";</script>xxxxxxx"#)
        #expect(scan.tags.map(\.context) == [.rawText, .rawText, .text])
    }

    @Test func rawTextEndsOnlyAtTheMatchingCloseTagAnyCase() {
        let source = "<STYLE>p{}</p>{{ a }}</Style >{{ b }}<script></style>{{ c }}</SCRIPT>"
        let (_, scan) = templateMasked(source, [.liquid])
        #expect(scan.tags.map(\.context) == [.rawText, .text, .rawText])
    }

    @Test func htmlComments() {
        let source = "<!-- {{ x }} --><p>{{ y }}</p><!--[if mso]>{% if a %}<![endif]-->"
        let (text, scan) = templateMasked(source, [.liquid])
        #expect(text == "<!-- xxxxxxx --><p>xxxxxxx</p><!--[if mso]>          <![endif]-->")
        #expect(scan.tags.map(\.context) == [.comment, .text, .comment])
    }

    @Test func commentEndNeedsTwoDashes() {
        let (_, scan) = templateMasked("<!-- a -> b --->{{ x }}<!---->{{ y }}", [.liquid])
        #expect(scan.tags.map(\.context) == [.text, .text])
    }

    @Test func attributeValueForms() {
        let source = #"<a title="a>b" href={{ u }} data-x='{{ v }}' class = "{{ w }}">"#
        let (text, scan) = templateMasked(source, [.liquid])
        #expect(text == #"<a title="a>b" href=xxxxxxx data-x='xxxxxxx' class = "xxxxxxx">"#)
        #expect(scan.tags.map(\.context) == [.attributeValue, .attributeValue, .attributeValue])
    }

    @Test func unquotedValueEndsAtASpaceFilledTag() {
        let (text, scan) = templateMasked("<td width=50{% if x %} height=2{% endif %}>{{ y }}", [.liquid])
        #expect(text == "<td width=50           height=2           >xxxxxxx")
        #expect(scan.tags.map(\.context) == [.attributeValue, .attributeValue, .text])
    }

    @Test func endTagsAndDoctype() {
        let (_, scan) = templateMasked("<!DOCTYPE html {{ a }}></td {{ b }}>{{ c }}<?xml {{ d }}?>", [.liquid])
        #expect(scan.tags.map(\.context) == [.text, .insideStartTag, .text, .text])
    }

    @Test func multibyteTextBeforeAndInsideTags() {
        // "é" and "—" are 2 and 3 bytes: offsets count bytes, and each byte of a tag becomes one ASCII byte.
        let source = "é — {{ prénom }}<b>{% if café %}</b>"
        let (text, scan) = templateMasked(source, [.liquid])
        #expect(text == "é — xxxxxxxxxxxxx<b>              </b>")
        #expect(templateSummaries(scan) == [
            TemplateTagSummary(.output, "prénom", 7..<20),
            TemplateTagSummary(.blockOpen, "if", 23..<37),
        ])
        #expect(text.utf8.count == source.utf8.count)
    }

    @Test func crlfIsKeptInsideTags() {
        let source = "<p>{{\r\n name\r\n}}</p>\r\n{% if x\r\n %}\r\n*|FNAME|*"
        let (text, scan) = templateMasked(source, [.liquid, .mailchimp])
        #expect(text == "<p>xx\r\nxxxxx\r\nxx</p>\r\n       \r\n   \r\nxxxxxxxxx")
        #expect(templateSummaries(scan) == [
            TemplateTagSummary(.output, "name", 3..<16),
            TemplateTagSummary(.blockOpen, "if", 22..<34),
            TemplateTagSummary(.output, "FNAME", 36..<45),
        ])
    }

    @Test func lengthIsAlwaysKept() {
        let sources = [
            "{{", "{%", "*|", "{{{", "{{ a }}}", "}}{{}}", "{%%}", "*|A|*|*", "<td {{", "{% raw %}", "{{!--", "{{{!-- x --}}",
        ]
        for source in sources {
            _ = templateMasked(source, Set(TemplateLanguage.allCases))
        }
    }
}
