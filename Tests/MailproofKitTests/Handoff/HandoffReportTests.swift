import Testing
@testable import MailproofKit

@Suite("Customer hand-off")
struct HandoffReportTests {
    private func checked(_ html: String) throws -> FileResult {
        let source = SourceFile(path: "emails/welcome.html", text: html)
        let linter = Linter(rules: try Configuration().enabledRules())
        return FileResult(path: source.path, findings: linter.lint(source), error: nil, source: source)
    }

    @Test("every rule that can reach a customer has customer wording in its description",
          arguments: RuleRegistry.all.map { $0.description.id.rawValue })
    func everyRuleHasWording(_ id: String) {
        // Directives are about mailproof itself: they never reach a customer.
        guard RuleRegistry.rule(id: id)?.description.category != .directives else { return }
        let wording = CustomerWording.forRule(RuleID(id))
        #expect(wording != nil, "no customer wording for \(id)")
        guard let wording else { return }
        for text in [wording.problem, wording.why, wording.action, wording.affects] {
            #expect(!text.isEmpty)
            #expect(!text.contains(id) || !id.contains("-"), "customer wording for \(id) names the rule id")
        }
    }

    @Test("identical problems become one item with a count, with the corrected fragment before and after")
    func groupsAndShowsCorrections() throws {
        let images = (1...40).map { _ in "<img src=\"https://example.com/spacer.gif\" width=\"1\" height=\"1\">" }.joined(separator: "\n")
        let markdown = HandoffReport(checked: try checked("<p>Hello</p>\n" + images + "\n")).markdown
        #expect(markdown.contains("Some images have no description (40 places)"))
        #expect(markdown.components(separatedBy: "Some images have no description").count == 3, "the summary and one section")
        #expect(markdown.contains("Before (line 2, the first of 40):"))
        #expect(markdown.contains("<img alt=\"\" src=\"https://example.com/spacer.gif\" width=\"1\" height=\"1\">"))
        #expect(!markdown.contains("img-alt"), "no rule ids for customers")
    }

    @Test("compatibility problems name the apps and the feature in plain words")
    func plainCompatibilityWording() throws {
        let markdown = HandoffReport(checked: try checked(
            "<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\"><tr><td><a href=\"https://example.com\" style=\"border-radius:6px;background:#e4572e;color:#ffffff;padding:12px 24px\">Buy now</a></td></tr></table>")).markdown
        #expect(markdown.contains("Outlook on Windows"))
        #expect(markdown.contains("ignore rounded corners") || markdown.contains("ignores rounded corners"))
        #expect(markdown.contains("v:roundrect") && !markdown.contains("mailproof snippet"))
        #expect(!markdown.contains("client-support"))
    }

    @Test("what cannot be fixed ends up in next steps with the action to take")
    func nextSteps() throws {
        let markdown = HandoffReport(checked: try checked("<a href=\"\">Read more</a>")).markdown
        #expect(markdown.contains("## What needs a change by hand"))
        #expect(markdown.contains("## Next steps"))
        #expect(markdown.contains("Add the address each link should open"))
    }

    @Test("a clean file says so")
    func clean() throws {
        let markdown = HandoffReport(checked: try checked("<p lang=\"en\" dir=\"ltr\">Hello</p>")).markdown
        #expect(markdown.contains("found nothing to change"))
    }

    @Test("code that contains backticks gets a longer fence, long lines are cut around the change")
    func fencesAndLongLines() {
        #expect(HandoffReport.code("a ``` b").hasPrefix("~~~~html\n"))
        let line = String(repeating: "<td>cell</td>", count: 400)
        let source = SourceFile(path: "a.html", text: line + "<img src=\"x.png\">" + line)
        let start = line.utf8.count
        let excerpt = HandoffExcerpt(source: source, range: ByteRange(start: start, length: 17), fix: [.insert(" alt=\"\"", at: start + 4)])
        #expect(excerpt.before.hasPrefix("…") && excerpt.before.hasSuffix("…"))
        #expect(excerpt.before.utf8.count < 500)
        #expect(excerpt.after?.contains("<img alt=\"\" src=\"x.png\">") == true)
    }

    @Test("snippets reach the customer as the rendered block with their values, never as a command")
    func snippetsRendered() throws {
        let markdown = HandoffReport(checked: try checked(
            "<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\"><tr><td><a href=\"https://shop.example.com/sale\" style=\"border-radius:6px;background:#e4572e;color:#ffffff;padding:12px 24px\">Buy now</a></td></tr></table>")).markdown
        #expect(!markdown.contains("mailproof snippet"))
        #expect(markdown.contains("Use this instead"))
        #expect(markdown.contains("v:roundrect"))
        #expect(markdown.contains("href=\"https://shop.example.com/sale\""))
        #expect(markdown.contains("fillcolor=\"#e4572e\""))
    }

    @Test("the chat reply is a few sentences, at most 1,200 characters, with no commands")
    func chatReply() throws {
        let broken = (1...30).map { "<p style=\"display:flex\"><img src=\"https://example.com/\($0).png\"><a href=\"#\">x</a><script>a()</script></p>" }.joined()
        for html in [broken, "<p>Hello</p>"] {
            let reply = ChatReply(checked: try checked(html)).text
            #expect(reply.count <= ChatReply.limit + 1)
            #expect(reply.hasPrefix("I checked your email (welcome.html)"))
            #expect(!reply.contains("mailproof"))
        }
        #expect(ChatReply(checked: try checked("<p>Hello</p>")).text.contains("found nothing that needs changing"))
    }
}
