import Testing
@testable import MailproofKit
#if canImport(Glibc)
import Glibc
#endif

/// Each reporter against a canned expected output in Fixtures/reporters.
@Suite("Reporter output")
struct ReporterOutputTests {
    static let input = "<p>Grüße</p>\n<a href=\"#\" onclick=\"go()\">Go</a>\n<div><b>x</div>\n"

    private func results() throws -> [FileResult] {
        let source = SourceFile(path: "emails/welcome.html", text: Self.input)
        let findings = try Linter(rules: Configuration().enabledRules()).lint(source)
        return [FileResult(path: source.path, findings: findings, error: nil, source: source),
                FileResult(path: "emails/missing.html", findings: [], error: "emails/missing.html: no such file or directory", source: nil)]
    }

    private func render(_ reporter: any Reporter) throws -> String {
        var summary = Summary()
        var out = reporter.header()
        for (index, result) in try results().enumerated() {
            summary.add(result)
            out += reporter.chunk(for: result, index: index)
        }
        return out + reporter.footer(summary)
    }

    @Test("text", arguments: [("text.txt", false), ("text-color.txt", true)])
    func text(file: String, color: Bool) throws {
        try compare(try render(TextReporter(color: color)), with: file)
    }

    @Test("json")
    func json() throws {
        try compare(try render(JSONReporter()), with: "output.json")
    }

    @Test("CI formats", arguments: [
        ("output.sarif", ReportFormat.sarif), ("junit.xml", .junit), ("github.txt", .github),
        ("checkstyle.xml", .checkstyle), ("output.jsonl", .jsonl), ("report.html", .html),
    ])
    func ciFormat(file: String, format: ReportFormat) throws {
        // SARIF with a fixed working directory, and only the rules the input triggers (so that adding a rule does
        // not change this fixture; `sarifStructure` checks the full list).
        let rules = ["html-parse", "no-javascript", "empty-link", "link-text"].compactMap { RuleRegistry.rule(id: $0)?.description }
        let reporter = format == .sarif ? SARIFReporter(workingDirectory: "/work/project", rules: rules) : format.makeReporter(color: false)
        try compare(try render(reporter), with: file)
    }

    /// Paths and messages with everything the formats must escape.
    static let hostile: [FileResult] = {
        let message = "bad \u{1}<b a=\"x\" b='y'>&amp; 100% done\r\nnext: a,b ]]> \u{FFFE}end"
        let finding = Finding(ruleID: "html-parse", severity: .error, message: message,
                              range: ByteRange(start: 0, end: 3),
                              start: SourceLocation(offset: 0, line: 1, column: 1),
                              end: SourceLocation(offset: 3, line: 1, column: 4),
                              fix: [TextEdit(range: ByteRange(start: 0, end: 3), replacement: "<\"\n")])
        return [FileResult(path: "./dir/we ird,na:me%&<.html", findings: [finding], error: nil, source: nil),
                FileResult(path: "b\u{7}.html", findings: [], error: "b\u{7}.html: \"gone\" & <lost>\n", source: nil)]
    }()

    private func render(_ reporter: any Reporter, _ results: [FileResult]) -> String {
        var summary = Summary()
        var out = reporter.header()
        for (index, result) in results.enumerated() {
            summary.add(result)
            out += reporter.chunk(for: result, index: index)
        }
        return out + reporter.footer(summary)
    }

    private func isWellFormedXML(_ text: String) -> Bool { ReportInvariants.isWellFormedXML(text) }

    @Test("JUnit and Checkstyle are well-formed XML, also with hostile paths and messages",
          arguments: [ReportFormat.junit, .checkstyle])
    func wellFormed(format: ReportFormat) throws {
        #expect(isWellFormedXML(try render(format.makeReporter(color: false))))
        let hostile = render(format.makeReporter(color: false), Self.hostile)
        #expect(isWellFormedXML(hostile), "\(hostile)")
        #expect(!hostile.unicodeScalars.contains { $0.value == 1 || $0.value == 7 || $0.value == 0xFFFE })
        // The parser must also reject what it should: a sanity check of the check.
        #expect(!isWellFormedXML("<a><b></a>"))
        #expect(!isWellFormedXML("<a>\u{1}</a>"))
    }

    @Test("JUnit counts and escaping")
    func junitEscaping() {
        let out = render(JUnitReporter(), Self.hostile)
        #expect(out.contains("<testsuite name=\"mailproof\" tests=\"2\" failures=\"1\" errors=\"1\">"))
        #expect(out.contains("<failure message=\"bad &lt;b a=&quot;x&quot; b=&apos;y&apos;&gt;&amp;amp; 100% done&#13;&#10;next: a,b ]]&gt; end\" type=\"html-parse\">"))
        #expect(out.contains("<error message=\"b.html: &quot;gone&quot; &amp; &lt;lost&gt;&#10;\" type=\"unreadable\">"))
    }

    @Test("GitHub workflow commands are escaped as the Actions toolkit does")
    func githubEscaping() {
        let out = render(GitHubReporter(), Self.hostile)
        #expect(out == "::error file=./dir/we ird%2Cna%3Ame%25&<.html,line=1,col=1,endLine=1,endColumn=4,title=html-parse"
            + "::bad \u{1}<b a=\"x\" b='y'>&amp; 100%25 done%0D%0Anext: a,b ]]> \u{FFFE}end\n"
            + "::error file=b\u{7}.html,title=mailproof::b\u{7}.html: \"gone\" & <lost>%0A\n")
        // One physical line per command: nothing the message holds can start a new command.
        #expect(out.split(separator: "\n").count == 2)
    }

    @Test("JSONL: one line per finding and per unreadable file, each a JSON finding with its path")
    func jsonLines() throws {
        let lines = try render(JSONLinesReporter()).split(separator: "\n", omittingEmptySubsequences: false)
        let findings = try results()[0].findings
        #expect(lines.count == findings.count + 2) // + the unreadable file + the final empty piece
        for (line, finding) in zip(lines, findings) {
            #expect(line == "{\"path\":\"emails/welcome.html\"," + JSONReporter.finding(finding).dropFirst())
        }
        #expect(lines[findings.count] == "{\"path\":\"emails/missing.html\",\"error\":\"emails/missing.html: no such file or directory\"}")
    }

    @Test("SARIF artifact URIs are relative to the working directory and percent-encoded")
    func sarifURIs() {
        let reporter = SARIFReporter(workingDirectory: "/work/project")
        #expect(reporter.artifactURI("emails/a.html") == "emails/a.html")
        #expect(reporter.artifactURI("./emails/a.html") == "emails/a.html")
        #expect(reporter.artifactURI(".//./emails/a.html") == "emails/a.html")
        #expect(reporter.artifactURI("/work/project/emails/a b.html") == "emails/a%20b.html")
        #expect(reporter.artifactURI("/work/project/./x/../emails/ü#1?.html") == "emails/%C3%BC%231%3F.html")
        #expect(reporter.artifactURI("/work/projectile/a.html") == "file:///work/projectile/a.html")
        #expect(reporter.artifactURI("c:d.html") == "c%3Ad.html")
        #expect(reporter.artifactURI("<stdin>") == "%3Cstdin%3E")
    }

    @Test("SARIF: every rule in the driver, results point into it, notifications for unreadable files")
    func sarifStructure() throws {
        let out = render(SARIFReporter(workingDirectory: "/"), Self.hostile)
        for (index, rule) in RuleRegistry.all.enumerated() {
            #expect(out.contains("\n{\"id\":\"\(rule.description.id)\""))
            if rule.description.id == "html-parse" { #expect(out.contains("\"ruleId\":\"html-parse\",\"ruleIndex\":\(index),")) }
        }
        #expect(out.contains("\"artifactLocation\":{\"uri\":\"dir/we%20ird%2Cna%3Ame%25%26%3C.html\"}"))
        #expect(out.contains("\"replacements\":[{\"deletedRegion\":{\"byteOffset\":0,\"byteLength\":3},\"insertedContent\":{\"text\":\"<\\\"\\n\"}}]"))
        #expect(out.contains("\"invocations\":[{\"executionSuccessful\":false,\"toolExecutionNotifications\":["))
        #expect(out.contains("\"uri\":\"b%07.html\""))
        // Results of several files are one array: commas between them whatever files had none.
        let many = render(SARIFReporter(workingDirectory: "/"), [Self.hostile[1], Self.hostile[0], Self.hostile[1], Self.hostile[0]])
        #expect(many.contains("\"results\":[\n{\"ruleId\""))
        #expect(many.contains("}]}]}]},\n{\"ruleId\""))
    }

    @Test("Summary keeps the first unreadable files for the SARIF footer")
    func summaryUnreadable() {
        var summary = Summary()
        for index in 0..<(Summary.keptUnreadable + 5) {
            summary.add(FileResult(path: "f\(index)", findings: [], error: "f\(index): gone", source: nil))
        }
        #expect(summary.unreadable == Summary.keptUnreadable + 5)
        #expect(summary.unreadableFiles.count == Summary.keptUnreadable)
        #expect(summary.unreadableFiles.first == Summary.UnreadableFile(path: "f0", message: "f0: gone"))
        let footer = SARIFReporter(workingDirectory: "/").footer(summary)
        #expect(footer.contains("\"5 more files could not be checked\""))
    }

    /// With MAILPROOF_RECORD_FIXTURES=1 the actual output is written as the new expectation (then read it!).
    private func compare(_ actual: String, with file: String) throws {
        let path = fixturePath("reporters/" + file)
        if getenv("MAILPROOF_RECORD_FIXTURES") != nil {
            let handle = fopen(path, "wb")
            fputs(actual, handle)
            fclose(handle)
            Issue.record("recorded \(path); unset MAILPROOF_RECORD_FIXTURES")
            return
        }
        #expect(actual == (try FileReading.readText(path)))
    }
}
