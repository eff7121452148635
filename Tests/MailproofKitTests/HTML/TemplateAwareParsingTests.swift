import Testing
@testable import MailproofKit

@Suite("Template tags and conditional comments in the tree")
struct TemplateAwareParsingTests {
    @Test("a Liquid if inside a start tag does not swallow attributes")
    func liquidInsideStartTag() throws {
        let html = "<td {% if dark %}bgcolor=\"#000\"{% endif %} class=\"x\">y</td>"
        let document = parse("<table><tr>" + html + "</tr></table>")
        let td = try #require(first("td", in: document))
        #expect(td.attributes.map(\.name) == ["bgcolor", "class"])
        #expect(td.value("bgcolor") == "#000")
        #expect(document.templateTags.count == 2)
    }

    @Test("merge tags in attribute values keep their original text")
    func mergeTagInHref() throws {
        let document = parse("<a href=\"{{ unsubscribe_url }}\">Unsubscribe</a>")
        let a = try #require(first("a", in: document))
        #expect(a.value("href") == "{{ unsubscribe_url }}")
        #expect(document.containsTemplateTag(try #require(a.attribute("href")?.valueRange)))
    }

    @Test("content of <!--[if mso]> is parsed and scoped to Outlook's Word engine")
    func msoScope() throws {
        let html = """
            <!--[if mso]><table role="presentation"><tr><td width="300"><![endif]-->
            <div class="col">A</div>
            <!--[if mso]></td></tr></table><![endif]-->
            """
        let document = parse(html)
        let table = try #require(first("table", in: document))
        #expect(table.scope == .wordEngineOnly)
        let div = try #require(first("div", in: document))
        #expect(div.scope == .everyone)
        #expect(div.parent?.name == "td") // the union tree: Outlook sees the div inside the ghost table
        #expect(document.conditionalMarkers.count == 4)
        #expect(try lint(html, rule: HTMLParseRule.self).isEmpty)
    }

    @Test("<!--[if !mso]><!--> and <![if !mso]> hide content from Outlook's Word engine")
    func notMsoScopes() throws {
        let document = parse("<!--[if !mso]><!--><p>a</p><!--<![endif]--><![if !mso]><b>b</b><![endif]><i>c</i>")
        #expect(first("p", in: document)?.scope == .allButWordEngine)
        #expect(first("b", in: document)?.scope == .allButWordEngine)
        #expect(first("i", in: document)?.scope == .everyone)
        let buttons = parse("<!--[if !mso]><!-- --><a href=\"https://x.test\">Go</a><!--<![endif]-->")
        #expect(first("a", in: buttons)?.scope == .allButWordEngine)
        #expect(buttons.conditionalMarkers.map(\.range) == [ByteRange(start: 0, end: 22), ByteRange(start: 53, end: 69)])
    }

    @Test("conditions are evaluated for the Word engine")
    func conditionExpressions() {
        #expect(ConditionExpression.isTrueForWordEngine("mso"))
        #expect(ConditionExpression.isTrueForWordEngine("gte mso 9"))
        #expect(!ConditionExpression.isTrueForWordEngine("lt mso 12"))
        #expect(!ConditionExpression.isTrueForWordEngine("!mso"))
        #expect(ConditionExpression.isTrueForWordEngine("(gte mso 9)|(IE)"))
        #expect(!ConditionExpression.isTrueForWordEngine("IE"))
        #expect(!ConditionExpression.isTrueForWordEngine("mso & IE"))
    }

    @Test("an ordinary comment is not parsed as markup")
    func ordinaryComment() {
        let document = parse("<!-- <table><tr><td>old</td></tr></table> --><p>x</p>")
        #expect(document.elements(named: "table").isEmpty)
    }
}

@Suite("Template tags before the markup")
struct TemplatePrologueTests {
    @Test("a template tag before the doctype does not start a body")
    func prologue() throws {
        let html = "{{ define \"header\" }}\n<!doctype html>\n<html><head><title>x</title></head><body><p>x</p></body></html>"
        #expect(try lint(html, rule: HTMLParseRule.self).isEmpty)
        let document = parse(html)
        #expect(first("html", in: document)?.isImplied == false)
    }
}
