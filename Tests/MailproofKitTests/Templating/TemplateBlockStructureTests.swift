import Testing
@testable import MailproofKit

@Suite struct TemplateBlockStructureTests {
    private func structure(_ source: String, _ languages: Set<TemplateLanguage>) -> TemplateBlockStructure {
        TemplateBlockStructure(tags: templateMasked(source, languages).scan.tags)
    }

    @Test func wellNestedLiquid() {
        let blocks = structure("{% if a %}{% for i in l %}{% endfor %}{% else %}{% endif %}", [.liquid])
        #expect(blocks.problems.isEmpty)
        #expect(blocks.blocks.map(\.open.name) == ["if", "for"])
        #expect(blocks.blocks.map { $0.close?.name } == ["endif", "endfor"])
        #expect(blocks.blocks[0].elses.map(\.name) == ["else"])
    }

    @Test func unclosedLiquidIfPointsAtTheOpeningTag() {
        let blocks = structure("<p>{% if a %}x</p>", [.liquid])
        #expect(blocks.problems == [TemplateProblem(message: "Unclosed {% if %}: no {% endif %}",
                                                    range: ByteRange(start: 3, end: 13))])
    }

    @Test func closeWithoutOpening() {
        let blocks = structure("{% if a %}{% endfor %}{% endif %}", [.liquid])
        #expect(blocks.problems == [TemplateProblem(message: "{% endfor %} without an opening {% for %}",
                                                    range: ByteRange(start: 10, end: 22))])
        #expect(blocks.blocks[0].close?.name == "endif")
    }

    @Test func innerBlockLeftOpen() {
        let blocks = structure("{% if a %}{% for i in l %}{% endif %}", [.liquid])
        #expect(blocks.problems.map(\.range) == [ByteRange(start: 10, end: 26)])
        #expect(blocks.problems[0].message.hasPrefix("Unclosed {% for %}"))
        #expect(blocks.blocks[0].close != nil && blocks.blocks[1].close == nil)
    }

    @Test func misplacedElse() {
        let blocks = structure("{% else %}{% if a %}{% when 1 %}{% endif %}", [.liquid])
        #expect(blocks.problems.map(\.message) == ["{% else %} outside any block", "{% when %} inside {% if %}"])
    }

    @Test func handlebarsMismatch() {
        let blocks = structure("{{#if a}}{{/each}}", [.handlebars])
        #expect(blocks.problems == [TemplateProblem(message: "{{/each}} does not match {{#if}}",
                                                    range: ByteRange(start: 9, end: 18))])
    }

    @Test func handlebarsNested() {
        let blocks = structure("{{#each l}}{{#if a}}{{else}}{{/if}}{{/each}}{{/each}}", [.handlebars])
        #expect(blocks.blocks.count == 2)
        #expect(blocks.problems.map(\.message) == ["{{/each}} without an opening {{#each}}"])
    }

    @Test func mailchimpConditionals() {
        let ok = structure("*|IF:A|*x*|ELSE:|*y*|END:IF|*", [.mailchimp])
        #expect(ok.problems.isEmpty && ok.blocks.count == 1 && ok.blocks[0].elses.count == 1)
        let stray = structure("*|END:IF|**|IFNOT:B|*", [.mailchimp])
        #expect(stray.problems.map(\.range) == [ByteRange(start: 0, end: 10), ByteRange(start: 10, end: 21)])
    }

    @Test func languagesArePairedSeparately() {
        let blocks = structure("{{#if a}}{% if b %}{{/if}}{% endif %}", [.liquid, .handlebars])
        #expect(blocks.problems.isEmpty)
        #expect(blocks.blocks.count == 2)
    }

    @Test func unterminatedTagsAreIgnored() {
        let blocks = structure("{% if a ", [.liquid])
        #expect(blocks.blocks.isEmpty && blocks.problems.isEmpty)
    }
}
