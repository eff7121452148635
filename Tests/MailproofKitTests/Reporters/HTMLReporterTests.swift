import Testing
@testable import MailproofKit

@Suite("HTML report")
struct HTMLReporterTests {
    private func report(_ html: String, path: String, clients: [String] = ["outlook.windows", "apple-mail.macos"],
                        previews: Bool = false) throws -> String {
        let database = CompatDatabase.embedded
        let target = CompatibilityTarget(database: database, clients: clients.compactMap(ClientID.init))
        let source = SourceFile(path: path, text: html)
        let findings = try Linter(rules: Configuration().enabledRules(), settings: LintSettings(compatibility: target)).lint(source)
        let reporter = HTMLReporter(compatibility: target, previews: previews)
        var summary = Summary()
        let result = FileResult(path: path, findings: findings, error: nil, source: source)
        summary.add(result)
        return reporter.header() + reporter.chunk(for: result, index: 0) + reporter.footer(summary)
    }

    @Test("markup in the template, its path and its messages is shown as text, never run")
    func escapes() throws {
        let hostile = "<div style=\"display:flex\">x</div></style><script>alert('x')</script><!-- --><img src=x onerror=alert(1)>"
        let page = try report(hostile, path: "a<b>\"&'.html")
        #expect(!page.contains("<script"))
        #expect(!page.contains("<img"))
        #expect(!page.contains("<!-- -->"))
        #expect(page.components(separatedBy: "</style>") == 1)
        #expect(page.contains("&lt;/style&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
        #expect(page.contains("a&lt;b&gt;&quot;&amp;&#39;.html"))
        #expect(page.contains("default-src 'none'"))
    }

    @Test("--previews adds one sandboxed thumbnail per distinct preview, escaped, and none without it")
    func previews() throws {
        let html = "<html><body><a href=\"https://example.com/\" style=\"border-radius:6px;display:inline-block\">Go</a><script>alert(1)</script></body></html>"
        let page = try report(html, path: "a.html", clients: ["outlook.windows", "apple-mail.macos", "apple-mail.ios"], previews: true)
        #expect(page.components(separatedBy: "<iframe sandbox=\"\"") == 2, "Apple Mail on Mac and iPhone keep the same bytes")
        #expect(page.contains("<figcaption>Apple Mail (macOS), Apple Mail (iOS)</figcaption>"))
        #expect(page.contains("<figcaption>Outlook (Windows)</figcaption>"))
        #expect(!page.contains("<script>alert"))
        #expect(page.contains("img-src data:"))
        #expect(!(try report(html, path: "a.html")).contains("<iframe"))
    }

    @Test("the matrix has a row per feature found and a column per target client, coloured by support")
    func matrix() throws {
        let page = try report("<div style=\"display:flex\">x</div>", path: "a.html")
        #expect(page.contains("<code>css-display-flex</code>"))
        #expect(page.contains("<span>Outlook (Windows)</span>"))
        #expect(page.contains("<span>Apple Mail (macOS)</span>"))
        #expect(page.contains("<td class=\"cell n\" title=\"Outlook (Windows): not supported\">✗</td>"))
        #expect(page.contains("<td class=\"cell y\" title=\"Apple Mail (macOS): supported\">✓</td>"))
        #expect(page.contains("<mark>display</mark>") || page.contains("<mark>display:flex</mark>") || page.contains("<mark>flex</mark>"))
    }

    @Test("a clean run says so, with no matrix")
    func clean() throws {
        let page = try report("<p>Hi</p>", path: "a.html", clients: ["apple-mail.macos"])
        #expect(page.contains("No problems found."))
        #expect(!page.contains("class=\"matrix\""))
    }
}

extension String {
    func components(separatedBy part: String) -> Int {
        split(separator: part, omittingEmptySubsequences: false).count - 1
    }
}
