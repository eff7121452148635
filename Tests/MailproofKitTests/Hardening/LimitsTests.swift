import Testing
@testable import MailproofKit

/// The limits that keep hostile or huge input from crashing or stalling a run: nesting handled without recursion,
/// locations computed in linear time, findings per file in text output capped with a line that says so.
@Suite struct LimitsTests {
    static let depth = 100_000

    /// 100,000 nested elements through check, fix and inline: libxml2 and every walk over the tree are loops,
    /// not recursion, so nothing overflows the stack.
    @Test func deepNestingIsCheckedFixedAndInlined() throws {
        let html = "<html><head><style>div { color: red }</style></head><body>"
            + String(repeating: "<div>", count: Self.depth) + "{{ name }}" + String(repeating: "</div>", count: Self.depth)
            + "</body></html>"
        let source = SourceFile(path: "deep.html", text: html)
        let document = Document.parse(source)
        #expect(document.elements(named: "div").count == Self.depth)
        #expect(document.nodes.map(\.depth).max() ?? 0 > Int32(Self.depth))
        let linter = Linter(rules: try Configuration().enabledRules())
        #expect(!linter.lint(document).isEmpty)
        let fixed = Fixer(linter: linter).fix(source)
        #expect(String(decoding: fixed.bytes, as: UTF8.self).contains("{{ name }}" + String(repeating: "</div>", count: 10)))
        let inlined = String(decoding: CSSInliner().inline(source), as: UTF8.self)
        #expect(inlined.components(separatedBy: "<div style=\"color: red\">").count == Self.depth + 1)
    }

    /// 100,000 elements left open, all on one line: one finding each, and their columns.
    @Test func manyFindingsOnOneLongLineAreLocatedInLinearTime() throws {
        let html = "<html><body>" + String(repeating: "<div><span><b>", count: Self.depth / 3) + "x"
        let source = SourceFile(path: "open.html", text: html)
        let findings = Linter(rules: try Configuration().enabledRules()).lint(source)
        #expect(findings.filter { $0.ruleID == "html-parse" }.count >= Self.depth / 3)
        // Spot checks: one location at a time is the quadratic walk this test is about.
        for finding in findings.prefix(50) + findings.suffix(50) {
            #expect(finding.start == source.location(of: finding.range.start) && finding.end == source.location(of: finding.range.end))
        }
    }

    @Test func batchLocationsMatchSingleOnes() {
        let text = "ab\r\ncé😀\rx\n\ny" + String(repeating: "z", count: 50)
        let index = LineIndex(Array(text.utf8))
        let offsets = [40, 0, 5, 5, 3, 1_000, -2, 12, 9, 4, 2, 63, 13]
        #expect(index.locations(of: offsets) == offsets.map { index.location(of: $0) })
        #expect(index.locations(of: []) == [])
    }

    private func result(findings count: Int, distinct: Bool) -> FileResult {
        let source = SourceFile(path: "a.html", text: String(repeating: "<p>x</p>\n", count: count))
        let findings = (0..<count).map { k in
            Finding(ruleID: "r", severity: .warning, message: distinct ? "problem \(k)" : "same problem",
                    range: ByteRange(start: 9 * k, length: 3), start: source.location(of: 9 * k), end: source.location(of: 9 * k + 3))
        }
        return FileResult(path: "a.html", findings: findings, error: nil, source: source)
    }

    @Test func textOutputListsAtMostTheLimitThenSaysHowManyMore() {
        let capped = TextReporter(color: false, maxFindingsPerFile: 3).chunk(for: result(findings: 10, distinct: true), index: 0)
        #expect(capped.contains("problem 2") && !capped.contains("problem 3"))
        #expect(capped.contains("… and 7 more findings in this file (--max-findings-per-file 0 lists them all)"))
        let all = TextReporter(color: false, maxFindingsPerFile: 0).chunk(for: result(findings: 10, distinct: true), index: 0)
        #expect(all.contains("problem 9") && !all.contains("more findings in this file"))
        // Repeats are one entry: ten identical findings fit a limit of one.
        let grouped = TextReporter(color: false, maxFindingsPerFile: 1).chunk(for: result(findings: 10, distinct: false), index: 0)
        #expect(grouped.contains("… and 9 more in this file") && !grouped.contains("more findings in this file"))
        #expect(TextReporter.defaultMaxFindingsPerFile == 100)
    }

    @Test("A group's other lines are listed in line order, each once, whatever order the findings are ranked in")
    func repeatLinesInLineOrder() {
        let source = SourceFile(path: "a.html", text: String(repeating: "<p>x</p>\n", count: 10))
        // Line 5 and line 9 hide content, so they rank before line 2 and line 7; line 9 holds two findings.
        let lines: [(line: Int, impact: Impact)] = [(7, .layout), (5, .content), (2, .layout), (9, .content), (9, .content)]
        let findings = lines.map { entry in
            let start = 9 * (entry.line - 1)
            var finding = Finding(ruleID: "r", severity: .warning, message: "same problem", range: ByteRange(start: start, length: 3),
                                  start: source.location(of: start), end: source.location(of: start + 3))
            finding.impact = entry.impact
            return finding
        }
        let text = TextReporter(color: false).chunk(for: FileResult(path: "a.html", findings: findings, error: nil, source: source), index: 0)
        #expect(text.contains("  5:1"))
        #expect(text.contains("… and 4 more in this file (lines 2, 7, 9)"), "\(text)")
    }
}
