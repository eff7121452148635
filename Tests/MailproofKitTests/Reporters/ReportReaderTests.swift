import Testing
@testable import MailproofKit

@Suite("Reading reports back (merge-reports)")
struct ReportReaderTests {
    private func results() throws -> [FileResult] {
        let source = SourceFile(path: "emails/wé ird.html", text: "<p>é</p>\n<a href=\"#\" onclick=\"go()\">Go</a>\n<div style=\"display:flex\">x</div>")
        let findings = try Linter(rules: Configuration().enabledRules()).lint(source)
        return [FileResult(path: source.path, findings: findings, error: nil, source: source),
                FileResult(path: "emails/clean.html", findings: [], error: nil, source: nil),
                FileResult(path: "emails/gone.html", findings: [], error: "emails/gone.html: no such file or directory", source: nil)]
    }

    private func render(_ format: ReportFormat, _ results: [FileResult]) -> String {
        let reporter = format == .sarif ? SARIFReporter(workingDirectory: "/repo") : format.makeReporter(color: false)
        var summary = Summary()
        var out = reporter.header()
        for (index, result) in results.enumerated() {
            summary.add(result)
            out += reporter.chunk(for: result, index: index)
        }
        return out + reporter.footer(summary)
    }

    @Test("JSON and JSON Lines come back finding for finding", arguments: [ReportFormat.json, .jsonl])
    func lossless(format: ReportFormat) throws {
        let original = try results()
        let report = try ReportReader.read(Array(render(format, original).utf8), name: "shard")
        #expect(report.kind.format == format)
        let expected = format == .json ? original : original.filter { !$0.findings.isEmpty || $0.error != nil }
        #expect(report.results.map(\.path) == expected.map(\.path))
        #expect(report.results.map(\.error) == expected.map(\.error))
        #expect(report.results.map(\.findings) == expected.map(\.findings))
        // Written again in its own format, a report is unchanged.
        #expect(render(format, report.results) == render(format, expected.map { var r = $0; r.source = nil; return r }))
    }

    @Test("SARIF keeps rule, level, message, region and fixes")
    func sarif() throws {
        let original = try results()
        let report = try ReportReader.read(Array(render(.sarif, original).utf8), name: "shard.sarif")
        #expect(report.kind == .sarif)
        #expect(report.results.map(\.path) == ["emails/wé ird.html", "emails/gone.html"])
        let findings = report.results[0].findings
        #expect(findings.map(\.ruleID) == original[0].findings.map(\.ruleID))
        #expect(findings.map(\.range) == original[0].findings.map(\.range))
        #expect(findings.map(\.start) == original[0].findings.map(\.start))
        #expect(findings.map(\.fix) == original[0].findings.map(\.fix))
        #expect(report.results[1].error == "emails/gone.html: no such file or directory")
    }

    @Test("an empty JSON Lines shard is an empty report; anything else unknown is an error")
    func detection() throws {
        #expect(try ReportReader.read([], name: "empty").results.isEmpty)
        #expect(throws: ReportReader.ReadError.self) { try ReportReader.read(Array("{\"a\":1}".utf8), name: "x") }
        #expect(throws: ReportReader.ReadError.self) { try ReportReader.read(Array("<xml/>".utf8), name: "x") }
    }
}
