import Testing
@testable import MailproofKit

@Suite struct TemplateLanguageDetectionTests {
    private func detect(_ source: String) -> Set<TemplateLanguage> {
        TemplateMasker.detectLanguages(in: Array(source.utf8))
    }

    @Test func liquidForms() {
        #expect(detect("{% if x %}") == [.liquid])
        #expect(detect("Hi {{ first_name }}") == [.liquid])
        #expect(detect("{{- x -}}") == [.liquid])
        #expect(detect("{{#if a}}{{ x | upcase }}{{/if}}") == [.liquid, .handlebars])
    }

    @Test func handlebarsForms() {
        for source in ["{{#if a}}", "{{/if}}", "{{^x}}", "{{> p}}", "{{! c }}", "{{{ raw }}}", "{{~ x }}",
                       "{{else}}", "{{ else }}", "{{& x}}"] {
            #expect(detect(source) == [.handlebars], "\(source)")
        }
        #expect(detect("{{ x }}{{> footer }}") == [.handlebars])
        #expect(detect("{{ elsewhere }}") == [.liquid])
    }

    @Test func mailchimpForms() {
        #expect(detect("<p>*|FNAME|*</p>") == [.mailchimp])
        #expect(detect("*|IF:X|*{{ y }}") == [.mailchimp, .liquid])
        #expect(detect("<style>*|* { } a*|b</style>") == [])
        #expect(detect("*|FNAME\n|*") == [])
    }

    @Test func plainHTML() {
        #expect(detect("") == [])
        #expect(detect("<style>a{b:c}</style><p>{ } * |</p>") == [])
    }

    @Test func maskWithDetection() {
        var bytes = Array("{{> p }}*|X|*".utf8)
        let (languages, scan) = TemplateMasker.mask(&bytes)
        #expect(languages == [.handlebars, .mailchimp])
        #expect(scan.tags.map(\.language) == [.handlebars, .mailchimp])
        #expect(String(decoding: bytes, as: UTF8.self) == "        xxxxx")
    }
}
