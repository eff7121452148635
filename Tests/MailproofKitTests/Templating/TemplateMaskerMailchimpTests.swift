import Testing
@testable import MailproofKit

@Suite struct TemplateMaskerMailchimpTests {
    @Test func mergeTagsAndConditionals() {
        let source = "<p>Hi *|FNAME|*!*|IF:LNAME|*a*|ELSEIF:X|*b*|ELSE:|*c*|END:IF|*</p>"
        let (text, scan) = templateMasked(source, [.mailchimp])
        #expect(text == "<p>Hi xxxxxxxxx!            a            b         c          </p>")
        #expect(templateSummaries(scan) == [
            TemplateTagSummary(.output, "FNAME", 6..<15),
            TemplateTagSummary(.blockOpen, "IF", 16..<28),
            TemplateTagSummary(.blockElse, "ELSEIF", 29..<41),
            TemplateTagSummary(.blockElse, "ELSE", 42..<51),
            TemplateTagSummary(.blockClose, "END", 52..<62),
        ])
        #expect(scan.tags.allSatisfy { $0.language == .mailchimp })
        #expect(scan.tags[0].innerRange == ByteRange(start: 8, end: 13))
    }

    @Test func namespacedAndDefaultForms() {
        let source = #"<a href="*|UNSUB|*">*|FNAME:Friend|*</a>*|HTML:LIST_ADDRESS_HTML|**|IFNOT:ARCHIVE_PAGE|*"#
        let (text, scan) = templateMasked(source, [.mailchimp])
        #expect(text == #"<a href="xxxxxxxxx">xxxxxxxxxxxxxxxx</a>xxxxxxxxxxxxxxxxxxxxxxxxxx                      "#)
        #expect(templateSummaries(scan) == [
            TemplateTagSummary(.output, "UNSUB", 9..<18, .attributeValue),
            TemplateTagSummary(.output, "FNAME", 20..<36),
            TemplateTagSummary(.output, "HTML", 40..<66),
            TemplateTagSummary(.blockOpen, "IFNOT", 66..<88),
        ])
    }

    @Test func conditionalsInsideStartTagWithComparison() {
        let (text, scan) = templateMasked(#"<td *|IF:AGE > 18|*class="adult"*|END:IF|*>"#, [.mailchimp])
        #expect(text == #"<td                class="adult"          >"#)
        #expect(scan.tags.map(\.context) == [.insideStartTag, .insideStartTag])
    }

    @Test func cssNamespaceSelectorIsNotAMergeTag() {
        let source = "<style>*|* { margin: 0 } * { padding: 0 }</style>"
        let (text, scan) = templateMasked(source, [.mailchimp])
        #expect(text == source)
        #expect(scan.tags.isEmpty && scan.problems.isEmpty)
    }

    @Test func mergeTagInOutlookConditionalComment() {
        let (text, scan) = templateMasked("<!--[if mso]>*|IF:X|*<![endif]-->*|FNAME|*", [.mailchimp])
        #expect(text == "<!--[if mso]>        <![endif]-->xxxxxxxxx")
        #expect(scan.tags.map(\.context) == [.comment, .text])
    }
}
