import Testing
@testable import MailproofKit

@Suite("What kind of file a document is")
struct DocumentKindTests {
    private func resolve(_ html: String, declared: DocumentKind? = nil) -> (DocumentKind, DocumentKind.Origin) {
        let result = DocumentKind.resolve(parse(html), declared: declared)
        return (result.kind, result.origin)
    }

    @Test("a whole document or one with {{ message_content }} is a template")
    func templates() {
        #expect(resolve("<!doctype html><html><body><p>Hi</p></body></html>") == (.template, .inferred))
        #expect(resolve("<body><p>Hi</p></body>") == (.template, .inferred))
        #expect(resolve("<table><tr><td>{{ message_content }}</td></tr></table>") == (.template, .inferred))
    }

    @Test("a fragment with a live form or a provider's embed is a form")
    func forms() {
        #expect(resolve("<form action=\"https://app.kit.com/forms/1/subscriptions\"><input name=\"email_address\"></form>") == (.form, .inferred))
        #expect(resolve("<script async data-uid=\"abc\" src=\"https://example.kit.com/abc/index.js\"></script>") == (.form, .inferred))
        #expect(resolve("<iframe src=\"https://example.substack.com/embed\" width=\"480\"></iframe>") == (.form, .inferred))
        #expect(resolve("<noscript><form action=\"/x\"></form></noscript><p>Hi</p>") == (.snippet, .inferred))
        // A form in a whole email is a form in an email (the form-in-email rule's business), not an embed.
        #expect(resolve("<html><body><form action=\"https://example.com\"></form></body></html>") == (.template, .inferred))
    }

    @Test("any other fragment is a snippet")
    func snippets() {
        #expect(resolve("<table role=\"presentation\"><tr><td>Hello {{ subscriber.first_name }}</td></tr></table>") == (.snippet, .inferred))
        #expect(resolve("") == (.snippet, .inferred))
    }

    @Test("the file's own comment wins over the configuration, which wins over inference")
    func precedence() {
        #expect(resolve("<!-- mailproof-kind: message --><p>Hi</p>", declared: .form) == (.message, .comment))
        #expect(resolve("<!--mailproof-kind:FORM--><p>Hi</p>") == (.form, .comment))
        #expect(resolve("<p>Hi</p>", declared: .message) == (.message, .configuration))
        #expect(resolve("<!-- mailproof-kind: newsletter --><p>Hi</p>") == (.snippet, .inferred))
    }

    @Test("the linter says what it took the file for")
    func linterReportsKind() throws {
        let result = Linter(rules: try Configuration().enabledRules()).check(SourceFile(path: "a.html", text: "<form></form>"))
        #expect(result.kind == .form)
        #expect(result.kindOrigin == .inferred)
    }
}
