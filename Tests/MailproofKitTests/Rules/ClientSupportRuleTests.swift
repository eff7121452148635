import Testing
@testable import MailproofKit

/// The behaviours `explain client-support` documents: which clients are judged, and when findings are lowered.
@Suite("client-support in context")
struct ClientSupportRuleTests {
    private func findings(_ html: String, clients: [String], options: [String: RuleOptions.Value] = [:]) throws -> [Finding] {
        let database = CompatDatabase.embedded
        let selection = try ClientSelection(parsing: clients, in: database)
        let settings = LintSettings(compatibility: CompatibilityTarget(database: database, clients: selection.clients(in: database)))
        let rule = try ClientSupportRule.make(options: RuleOptions(options))
        return Linter(rules: [.init(rule: rule, severity: .error)], settings: settings)
            .lint(SourceFile(path: "t.html", text: html))
    }

    @Test("the target clients decide the verdict")
    func clientsChangeVerdicts() throws {
        let html = "<div style=\"display:flex\">x</div>"
        let outlook = try findings(html, clients: ["outlook.windows"])
        #expect(outlook.map(\.feature) == ["css-display-flex"])
        #expect(outlook.first?.severity == .error)
        #expect(outlook.first?.message == "Outlook (Windows) shows the items stacked or misaligned instead of in a flexible row (display:flex is not supported there)")
        #expect(outlook.first?.impact == .layout)
        #expect(outlook.first?.clients.map(\.id) == ["outlook.windows"])
        #expect(outlook.first?.url == "https://www.caniemail.com/features/css-display-flex/")
        #expect(try findings(html, clients: ["apple-mail.*"]).isEmpty)
    }

    @Test("inside <!--[if mso]> only Outlook's Word engine is judged")
    func msoOnly() throws {
        let html = "<!--[if mso]><div style=\"display:flex\">x</div><![endif]-->"
        #expect(try findings(html, clients: ["apple-mail.*", "gmail.*"]).isEmpty)
        #expect(try findings(html, clients: ["outlook.windows"]).count == 1)
    }

    @Test("content hidden from the Word engine is not judged for it", arguments: [
        "<!--[if !mso]><!--><div style=\"display:flex\">x</div><!--<![endif]-->",
        "<![if !mso]><div style=\"display:flex\">x</div><![endif]>",
        "<div style=\"mso-hide:all\"><span style=\"display:flex\">x</span></div>",
    ])
    func hiddenFromWordEngine(html: String) throws {
        let flex = try findings(html, clients: ["outlook.windows"]).filter { $0.feature == "css-display-flex" }
        #expect(flex.isEmpty)
    }

    @Test("VML inside an MSO block is never reported for Gmail")
    func vml() throws {
        let html = """
            <!--[if mso]><v:roundrect xmlns:v="urn:schemas-microsoft-com:vml" arcsize="10%" fillcolor="#d9480f">\
            <v:textbox>Go</v:textbox></v:roundrect><![endif]-->
            """
        #expect(try findings(html, clients: ["gmail.*"]).isEmpty)
    }

    @Test("declarations inside @media, and @media itself, are lowered to the enhancement severity")
    func mediaEnhancement() throws {
        let html = "<style>@media (max-width: 600px) { .a { display: flex } }</style>"
        let found = try findings(html, clients: ["outlook.windows"])
        let flex = try #require(found.first { $0.feature == "css-display-flex" })
        #expect(flex.severity == .info)
        // A client without media queries keeps the styles outside them: the hybrid layout still holds.
        #expect(found.contains { $0.feature == "css-at-media" && $0.severity == .info })
        let off = try findings(html, clients: ["outlook.windows"], options: ["enhancement": .string("off")])
        #expect(!off.contains { $0.feature == "css-display-flex" })
    }

    @Test("a fallback declaration before lowers the finding")
    func fallback() throws {
        let html = "<div style=\"background: #1a1a1a; background: linear-gradient(#1a1a1a, #333333)\">x</div>"
        let found = try findings(html, clients: ["outlook.windows"])
        let gradient = try #require(found.first { $0.feature == "css-linear-gradient" })
        #expect(gradient.severity == .info)
        #expect(gradient.message.hasSuffix("(a fallback precedes it)"))
    }

    @Test("the severity of each impact, and the support mode's verdict mapping, are configurable")
    func mapping() throws {
        let html = "<div style=\"display:flex\">x</div>"
        let layout = try findings(html, clients: ["outlook.windows"], options: ["layout": .string("warning")])
        #expect(layout.map(\.severity) == [.warning])
        let lowered = try findings(html, clients: ["outlook.windows"], options: ["mode": .string("support"), "unsupported": .string("warning")])
        #expect(lowered.map(\.severity) == [.warning])
        #expect(lowered.first?.message == "display:flex is not supported in Outlook (Windows)")
        let rounded = "<div style=\"border-radius:4px\">x</div>"
        #expect(try findings(rounded, clients: ["outlook.windows"]).map(\.severity) == [.info])
        #expect(try findings(rounded, clients: ["outlook.windows"], options: ["decoration": .string("error")]).map(\.severity) == [.error])
        #expect(try findings(rounded, clients: ["outlook.windows"], options: ["mode": .string("support")]).map(\.severity) == [.error])
        #expect(throws: ConfigurationError.self) { try ClientSupportRule.make(options: RuleOptions(["mode": .string("loud")])) }
        #expect(throws: ConfigurationError.self) { try ClientSupportRule.make(options: RuleOptions(["partial": .string("loud")])) }
    }

    @Test("harmless syntax is a step lower: an empty declaration, a duplicate attribute with the same value")
    func harmlessSyntax() throws {
        let empty = try lint("<p style=\"font-family:;font-size:11px\">x</p>", rule: CSSSyntaxRule.self)
        #expect(empty.map(\.severity) == [.warning])
        let same = try lint("<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns=\"http://www.w3.org/1999/xhtml\"><p>x</p></html>", rule: HTMLParseRule.self)
        #expect(same.map(\.severity) == [.info])
        let different = try lint("<p class=\"a\" class=\"b\">x</p>", rule: HTMLParseRule.self)
        #expect(different.map(\.severity) == [.error])
        // A bare & in an attribute value is HTML5; a broken attribute is not (libxml2 gives both one code).
        let ampersand = try lint("<img alt=\"Fig & Loaf\" src=\"https://example.com/a.png\"><p a=\"1\"\"b\">y</p>", rule: HTMLParseRule.self)
        #expect(ampersand.map(\.range.start) == [54])
    }
}
