import Testing
@testable import MailproofKit

@Suite("Baseline")
struct BaselineTests {
    private func check(_ html: String, path: String = "emails/a.html") throws -> FileResult {
        let source = SourceFile(path: path, text: html)
        let findings = try Linter(rules: Configuration().enabledRules()).lint(source)
        return FileResult(path: path, findings: findings, error: nil, source: source)
    }

    @Test("written, read back, it suppresses exactly the recorded findings")
    func roundTrip() throws {
        // Enough text that the image is no image-only email.
        let before = try check("<p>" + String(repeating: "x ", count: 250) + "</p>\n<img src=\"https://x.test/a.png\" width=\"1\">\n<script>a()</script>\n")
        #expect(before.findings.map(\.ruleID) == ["img-alt", "no-javascript"])
        let text = Baseline.render(Baseline.entries(for: before, workingDirectory: "/repo"))
        let scratch = try TemporaryDirectory()
        let path = try scratch.write("baseline.json", text)
        let baseline = try Baseline.load(path: path)
        #expect(baseline.count == 2)

        // Re-indented and moved down two lines, plus a second identical image: only that one is new.
        let after = try check("<h1>New</h1>\n\n<p>x</p>\n    <img   src=\"https://x.test/a.png\"\n width=\"1\">\n<script>a()</script>\n<img src=\"https://x.test/a.png\" width=\"1\">\n")
        let filtered = baseline.filter(after, workingDirectory: "/repo")
        #expect(filtered.suppressed == 2)
        #expect(filtered.result.findings.map(\.ruleID) == ["img-alt"])
        #expect(filtered.result.findings.first?.start.line == 7)
    }

    @Test("another file, or another rule on the same text, is not suppressed")
    func scope() throws {
        let result = try check("<script>a()</script>")
        let baseline = Baseline(Baseline.entries(for: result, workingDirectory: "/repo"))
        #expect(baseline.filter(try check("<script>a()</script>", path: "emails/b.html"), workingDirectory: "/repo").suppressed == 0)
        #expect(baseline.filter(try check("<script>b()</script>"), workingDirectory: "/repo").suppressed == 1)
        #expect(baseline.filter(try check("<p onclick=\"a()\">x</p>"), workingDirectory: "/repo").suppressed == 0)
    }

    @Test("a file that is not a baseline is an error naming it")
    func rejects() throws {
        let scratch = try TemporaryDirectory()
        let path = try scratch.write("x.json", "{\"version\":1,\"findings\":[{\"path\":\"a\"}]}")
        #expect(throws: Baseline.LoadError.self) { try Baseline.load(path: path) }
    }
}
