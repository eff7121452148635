#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import MailproofKit

@Suite("snippet rendering and validation")
struct SnippetRenderingTests {
    func button() throws -> Snippet { try SnippetCatalogue.builtIn().snippet(named: "button") }

    @Test("a label cannot break out of the HTML text, the VML, or an attribute")
    func labelEscaping() throws {
        let html = try SnippetRenderer.render(button(), values: ["label": "\"><script>alert(1)</script>"])
        #expect(!html.contains("<script"))
        #expect(html.components("&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;") == 2) // VML <center> and the link
        let document = Document.parse(SourceFile(path: "b.html", text: html))
        #expect(document.elements(named: "script").isEmpty)
    }

    @Test("a font stack cannot break out of its CSS declaration or the style attribute")
    func cssEscaping() throws {
        let html = try SnippetRenderer.render(button(), values: ["font_family": "x;}</style><script>\"y"])
        #expect(!html.contains("<script") && !html.contains("x;}"))
        #expect(html.contains("font-family:x\\3b \\7d \\3c \\2f style\\3e \\3c script\\3e \\22 y;"))
        #expect(SnippetEscaping.css("'Open Sans', Arial") == "'Open Sans', Arial")
    }

    @Test("URLs land in href escaped for the attribute; template tags pass through")
    func urls() throws {
        let html = try SnippetRenderer.render(button(), values: ["url": "https://example.com/?a=1&b=2"])
        #expect(html.contains("href=\"https://example.com/?a=1&amp;b=2\""))
        let tagged = try SnippetRenderer.render(button(), values: ["url": "*|ARCHIVE|*"])
        #expect(tagged.contains("href=\"*|ARCHIVE|*\""))
    }

    @Test("Kit's success message is JSON inside an HTML attribute")
    func jsonEscaping() throws {
        let kit = try SnippetCatalogue.builtIn().snippet(named: "kit-form")
        let html = try SnippetRenderer.render(kit, values: ["success_message": "Say \"hi\" & <go>"])
        #expect(html.contains("&quot;success_message&quot;:&quot;Say \\&quot;hi\\&quot; &amp; &lt;go&gt;&quot;"))
    }

    @Test("bad values are one-line errors naming the parameter", arguments: [
        ("background", "red;x", "background: 'red;x' is not a colour"),
        ("url", "javascript:alert(1)", "url: 'javascript:alert(1)' is not an absolute http(s) URL"),
        ("url", "/relative", "url: '/relative' is not an absolute http(s) URL"),
        ("url", "https://a.test/\"onmouseover=x", "is not an absolute http(s) URL"),
        ("height", "12em", "height: '12em' is not a whole number of pixels"),
        ("height", "500", "height: '500' is not at most 120"),
        ("align", "middle", "align: 'middle' is not one of left, center, right"),
        ("full_width", "maybe", "full_width: 'maybe' is not true or false"),
        ("colour", "#fff", "button has no parameter 'colour'"),
    ])
    func rejected(name: String, value: String, message: String) throws {
        let error = #expect(throws: SnippetError.self) { try SnippetRenderer.render(button(), values: [name: value]) }
        #expect(error?.message.contains(message) == true, "\(error?.message ?? "")")
        #expect(error?.message.contains("\n") == false)
    }

    @Test("values are normalised: 24px → 24, #ABC → #aabbcc, yes → true")
    func normalised() throws {
        let resolved = try SnippetRenderer.resolve(button(), values: ["height": "40px", "background": "#ABC", "full_width": "yes"])
        #expect(resolved["height"] == "40" && resolved["background"] == "#aabbcc" && resolved["full_width"] == "true")
    }

    @Test("arcsize is the radius as a share of the shorter side, 50% at most")
    func arcsize() throws {
        #expect(try SnippetRenderer.render(button(), values: ["border_radius": "12", "height": "48"]).contains("arcsize=\"25%\""))
        #expect(try SnippetRenderer.render(button(), values: ["border_radius": "60", "height": "40"]).contains("arcsize=\"50%\""))
    }

    @Test("columns: a ghost cell per column, the ghost row is the width less the outer gutter, divided among the columns")
    func columns() throws {
        let columns = try SnippetCatalogue.builtIn().snippet(named: "columns")
        let html = try SnippetRenderer.render(columns, values: ["count": "3", "width": "600"])
        #expect(html.contains("width=\"580\">") && html.components("<td valign=\"top\" width=\"193\">") == 3)
        #expect(html.components("max-width:193px") == 3)
    }

    @Test("a form's Mailchimp bot field carries the u and id of the action")
    func mailchimp() throws {
        let form = try SnippetCatalogue.builtIn().snippet(named: "mailchimp-form")
        let html = try SnippetRenderer.render(form, values: ["dc": "us21", "u": "abc123def", "id": "0f0f0f0f", "fields": "fname:First name"])
        #expect(html.contains("action=\"https://us21.list-manage.com/subscribe/post?u=abc123def&amp;id=0f0f0f0f\""))
        #expect(html.contains("<div aria-hidden=\"true\" style=\"position:absolute;left:-5000px;\"><input type=\"text\" name=\"b_abc123def_0f0f0f0f\" tabindex=\"-1\" value=\"\"></div>"))
        #expect(html.contains("name=\"FNAME\" id=\"mce-FNAME\" autocomplete=\"given-name\""))
        #expect(throws: SnippetError.self) { try SnippetRenderer.render(form, values: ["u": "x\"><b>"]) }
    }

    @Test("a Kit form posts to its own id, with data-sv-form and email_address")
    func kit() throws {
        let form = try SnippetCatalogue.builtIn().snippet(named: "kit-form")
        let html = try SnippetRenderer.render(form, values: ["form_id": "42", "fields": "first_name:First name"])
        #expect(html.contains("action=\"https://app.kit.com/forms/42/subscriptions\" method=\"post\""))
        #expect(html.contains("data-sv-form=\"42\""))
        #expect(html.contains("type=\"email\" name=\"email_address\" autocomplete=\"email\" required"))
        #expect(html.contains("name=\"fields[first_name]\""))
        #expect(html.contains("<label for=\"ck-email-42\">Email address</label>"))
    }

    @Test("explanatory comments only with annotate")
    func annotate() throws {
        #expect(!(try SnippetRenderer.render(button(), values: [:])).contains("<!-- Bulletproof"))
        #expect(try SnippetRenderer.render(button(), values: [:], annotate: true).contains("<!-- Bulletproof"))
    }

    @Test("every built-in manifest's example is valid and every template parses")
    func catalogue() throws {
        let catalogue = try SnippetCatalogue.builtIn()
        #expect(catalogue.snippets.map(\.name) == ["background-image", "boilerplate", "button", "columns", "container", "divider", "image",
                                                  "kit-form", "kit-template", "mailchimp-form", "preheader", "social-links", "spacer"])
        for snippet in catalogue.snippets {
            #expect(!snippet.example.isEmpty, "\(snippet.name) has no example")
            _ = try SnippetListing.show(snippet)
        }
    }

    @Test("a team folder adds and overrides snippets; a lone template is an error")
    func teamFolder() throws {
        let folder = "/tmp/mailproof-snippets-\(UInt32.random(in: 0...UInt32.max))"
        try Scratch.write(folder + "/button.mustache", "<a href=\"{{url}}\">{{label}}</a>\n")
        try Scratch.write(folder + "/button.yml", "purpose: Our button\nparameters:\n  - { name: url, type: url, default: \"https://a.test\" }\n  - { name: label, type: text, default: Go }\n")
        try Scratch.write(folder + "/badge.mustache", "<span>{{text}}</span>\n")
        try Scratch.write(folder + "/badge.yml", "purpose: A badge\nparameters:\n  - { name: text, type: text, default: New }\n")
        var catalogue = try SnippetCatalogue.builtIn()
        try catalogue.add(folder: folder)
        #expect(try catalogue.snippet(named: "button").purpose == "Our button")
        #expect(try SnippetRenderer.render(catalogue.snippet(named: "badge"), values: ["text": "<b>"]) == "<span>&lt;b&gt;</span>\n")
        try Scratch.write(folder + "/lonely.mustache", "x")
        #expect(throws: SnippetError.self) { try catalogue.add(folder: folder) }
    }
}

/// Writing test files without Foundation.
enum Scratch {
    static func write(_ path: String, _ text: String) throws {
        let folder = String(path[..<path.lastIndex(of: "/")!])
        mkdir(folder, 0o755)
        guard let file = fopen(path, "wb") else { throw SnippetError("cannot write \(path)") }
        fputs(text, file)
        fclose(file)
    }
}
