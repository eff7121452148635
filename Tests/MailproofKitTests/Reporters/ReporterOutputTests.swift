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
