import Testing
@testable import MailproofKit

@Suite struct TemplateMaskerHandlebarsTests {
    @Test func sectionsAndOutputs() {
        let (text, scan) = templateMasked("{{#each items}}<p>{{ name }}</p>{{/each}}", [.handlebars])
        #expect(text == "               <p>xxxxxxxxxx</p>         ")
        #expect(templateSummaries(scan) == [
            TemplateTagSummary(.blockOpen, "each", 0..<15),
            TemplateTagSummary(.output, "name", 18..<28),
            TemplateTagSummary(.blockClose, "each", 32..<41),
        ])
        #expect(scan.tags.allSatisfy { $0.language == .handlebars })
        #expect(scan.tags[0].innerRange == ByteRange(start: 2, end: 13))
    }

    @Test func spacedSigils() {
        let (_, scan) = templateMasked("{{# section }}{{/ section }}{{^ inverted }}{{/inverted}}", [.handlebars])
        #expect(scan.tags.map(\.kind) == [.blockOpen, .blockClose, .blockOpen, .blockClose])
        #expect(scan.tags.map(\.name) == ["section", "section", "inverted", "inverted"])
    }

    @Test func tripleStash() {
        let (text, scan) = templateMasked(#"<td>{{{ body }}}</td><img src="{{~{ url }~}}">"#, [.handlebars])
        #expect(text == #"<td>xxxxxxxxxxxx</td><img src="xxxxxxxxxxxxx">"#)
        #expect(templateSummaries(scan) == [
            TemplateTagSummary(.output, "body", 4..<16),
            TemplateTagSummary(.output, "url", 31..<44, .attributeValue),
        ])
        #expect(scan.tags[0].innerRange == ByteRange(start: 7, end: 13))
        #expect(scan.tags[1].innerRange == ByteRange(start: 35, end: 40))
    }

    @Test func elseForms() {
        let (text, scan) = templateMasked("{{#if a}}1{{else}}2{{ else if b }}3{{^}}4{{~else~}}{{/if}}", [.handlebars])
        #expect(text == "         1        2               3     4                 ")
        #expect(scan.tags.map(\.kind) == [.blockOpen, .blockElse, .blockElse, .blockElse, .blockElse, .blockClose])
        #expect(scan.tags.map(\.name) == ["if", "else", "else", "", "else", "if"])
    }

    @Test func partialsAndCommentsBecomeSpaces() {
        let source = "<p>{{> footer }}</p>{{! short }}{{!-- long }} {{x}} --}}!"
        let (text, scan) = templateMasked(source, [.handlebars])
        #expect(text == "<p>             </p>                                    !")
        #expect(templateSummaries(scan) == [
            TemplateTagSummary(.partial, "footer", 3..<16),
            TemplateTagSummary(.comment, "", 20..<32),
            TemplateTagSummary(.comment, "", 32..<56),
        ])
        #expect(scan.tags[2].innerRange == ByteRange(start: 34, end: 54))
    }

    @Test func partialWithQuotedMarkupArgument() {
        let (text, scan) = templateMasked("<td>{{> button text='<b>\"Go\"</b>' url='x' }}</td>", [.handlebars])
        #expect(text == "<td>                                        </td>")
        #expect(templateSummaries(scan) == [TemplateTagSummary(.partial, "button", 4..<44)])
    }

    @Test func whitespaceControlTildesAreDelimiters() {
        let (text, scan) = templateMasked("a {{~ x ~}} b", [.handlebars])
        #expect(text == "a xxxxxxxxx b")
        #expect(scan.tags[0].innerRange == ByteRange(start: 5, end: 8))
        #expect(scan.tags[0].name == "x")
    }

    @Test func partialBlocksAndInlinePartials() {
        let (_, scan) = templateMasked(#"{{#> layout}}{{#*inline "nav"}}{{/inline}}{{/layout}}{{& raw}}"#, [.handlebars])
        #expect(scan.tags.map(\.kind) == [.blockOpen, .blockOpen, .blockClose, .blockClose, .output])
        #expect(scan.tags.map(\.name) == ["layout", "inline", "inline", "layout", "raw"])
    }

    @Test func backslashEscapesAMustache() {
        let (text, scan) = templateMasked(#"\{{literal}} {{ x }}"#, [.handlebars])
        #expect(text == #"\{{literal}} xxxxxxx"#)
        #expect(scan.tags.count == 1)
    }

    @Test func outputInsideStartTagBecomesSpacesButKeepsAttributeNames() {
        let (text, scan) = templateMasked(#"<td {{ attrs }} data-{{ k }}="1" {{{ more }}}>"#, [.handlebars])
        #expect(text == #"<td             data-xxxxxxx="1"             >"#)
        #expect(scan.tags.map(\.context) == [.insideStartTag, .insideStartTag, .insideStartTag])
    }

    @Test func sharedBracesAreClassifiedByFormWhenBothLanguagesAreActive() {
        let source = #"{{#if a}}{{ x | upcase }}{{ y }}{{else}}{% if b %}{% endif %}{{/if}}{{{ z }}}{{> p }}"#
        let (_, scan) = templateMasked(source, [.liquid, .handlebars])
        #expect(scan.tags.map(\.language) == [
            .handlebars, .liquid, .liquid, .handlebars, .liquid, .liquid, .handlebars, .handlebars, .handlebars,
        ])
        #expect(scan.tags.map(\.kind) == [
            .blockOpen, .output, .output, .blockElse, .blockOpen, .blockClose, .blockClose, .output, .partial,
        ])
    }
}
