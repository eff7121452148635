import Testing
@testable import MailproofKit

@Suite("checker-to-snippet suggestions")
struct SnippetSuggestionTests {
    func messages(_ html: String, rule: any Rule.Type) throws -> [String] {
        try lint(html, rule: rule).map(\.message).filter { $0.contains("mailproof snippet") }
    }

    @Test("a CSS-only rounded link: the button command with its link, text and colours")
    func cssOnlyButton() throws {
        let html = """
            <table><tr><td><a href="https://shop.test/sale?a=1&amp;b=2" style="background:#E4572E;color:#fff;\
            border-radius:24px;padding:12px 24px;font-size:18px">Buy <b>now</b></a></td></tr></table>
            """
        let found = try messages(html, rule: ClientSupportRule.self)
        #expect(found.count == 1)
        #expect(found.first?.hasSuffix(
            "mailproof snippet button --set url='https://shop.test/sale?a=1&b=2' --set label='Buy now' --set background=#e4572e --set color=#ffffff --set border_radius=24 --set font_size=18") == true)
    }

    @Test("Cerberus' button rounds the cell and the link: one suggestion, from the cell's colour")
    func cellAndLink() throws {
        let html = """
            <table><tr><td style="border-radius: 4px; background: #222222;"><a href="https://google.com/" \
            style="background: #222222; border: 1px solid #000000; font-size: 15px; padding: 13px 17px; color: #ffffff; \
            display: block; border-radius: 4px;">Primary Button</a></td></tr></table>
            """
        let found = try messages(html, rule: ClientSupportRule.self)
        #expect(found.count == 1)
        #expect(found.first?.contains("mailproof snippet button --set url=https://google.com/ --set label='Primary Button' --set background=#222222") == true)
    }

    @Test("no suggestion for a link that is already the other half of a VML button, or not button-like")
    func noSuggestion() throws {
        let vml = """
            <table><tr><td><div><!--[if mso]><v:roundrect xmlns:v="urn:schemas-microsoft-com:vml" alt="" href="https://a.test" \
            style="height:40px;width:200px;" arcsize="10%" stroke="f" fillcolor="#178f8f"><center><![endif]-->\
            <a href="https://a.test" style="background-color:#178f8f;border-radius:4px;color:#ffffff;">Go</a>\
            <!--[if mso]></center></v:roundrect><![endif]--></div></td></tr></table>
            """
        #expect(try messages(vml, rule: ClientSupportRule.self) == [])
        let plain = "<p><a href=\"https://a.test\" style=\"border-radius:4px\">Read more</a></p>"
        #expect(try messages(plain, rule: ClientSupportRule.self) == [])
    }

    @Test("values the snippet would reject are left out, so the command always runs")
    func invalidValuesDropped() throws {
        let html = "<table><tr><td><a href=\"/relative\" style=\"background-color:#123456;border-radius:200px;font-size:60px\">Go</a></td></tr></table>"
        let found = try messages(html, rule: ClientSupportRule.self)
        #expect(found.first?.hasSuffix("mailproof snippet button --set label=Go --set background=#123456") == true)
    }

    @Test("a max-width block without a ghost table: the container command with its width and background")
    func container() throws {
        let html = "<table><tr><td><div style=\"max-width:560px;margin:0 auto;background-color:#f4f4f4\">Hi</div></td></tr></table>"
        let found = try messages(html, rule: OutlookMaxWidthRule.self)
        #expect(found.first?.hasSuffix("or generate one: mailproof snippet container --set width=560 --set background=#f4f4f4") == true)
    }

    @Test("inline-block max-width siblings: the columns command")
    func columns() throws {
        let html = """
            <table><tr><td><div style="display:inline-block;max-width:300px;width:100%">A</div>\
            <div style="display:inline-block;max-width:300px;width:100%">B</div></td></tr></table>
            """
        let found = try messages(html, rule: OutlookMaxWidthRule.self)
        #expect(found.first?.hasSuffix("mailproof snippet columns --set count=2 --set width=600") == true)
    }

    @Test("a suggested command, read back as a shell would, renders the customer's values")
    func commandsRender() throws {
        let html = "<table><tr><td><a href=\"https://a.test/?x=1&amp;y=2\" style=\"background:#0055d4;border-radius:6px;color:#fff\">It's here</a></td></tr></table>"
        let message = try #require(try messages(html, rule: ClientSupportRule.self).first)
        let command = String(message[message.range(of: "mailproof snippet button")!.upperBound...])
        var values: [String: String] = [:]
        for argument in command.components(separatedBy: " --set ").dropFirst() {
            let equals = argument.firstIndex(of: "=")!
            var value = String(argument[argument.index(after: equals)...])
            // POSIX single quotes, with '\'' for a quote inside.
            value = value.components(separatedBy: "'\\''").map { $0.filter { $0 != "'" } }.joined(separator: "'")
            values[String(argument[..<equals])] = value
        }
        #expect(values == ["url": "https://a.test/?x=1&y=2", "label": "It's here", "background": "#0055d4", "color": "#ffffff", "border_radius": "6"])
        let html2 = try SnippetRenderer.render(SnippetCatalogue.builtIn().snippet(named: "button"), values: values)
        #expect(html2.contains("href=\"https://a.test/?x=1&amp;y=2\"") && html2.contains(">It&#39;s here</a>"))
    }
}

extension String {
    func components(separatedBy separator: String) -> [String] {
        var parts: [String] = []
        var rest = Substring(self)
        while let range = rest.range(of: separator) {
            parts.append(String(rest[..<range.lowerBound]))
            rest = rest[range.upperBound...]
        }
        parts.append(String(rest))
        return parts
    }
}
