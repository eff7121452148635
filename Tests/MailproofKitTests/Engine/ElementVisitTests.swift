import Testing
@testable import MailproofKit

/// The linter visits the elements rule by rule; a rule that names the elements it reads
/// (`Rule.visitedElementNames`) is visited for those alone, in document order, and every other rule for all.
@Suite("Element visits")
struct ElementVisitTests {
    /// Reports every element it is visited for, at its start tag, with its name.
    private struct Recorder: OptionlessRule {
        static let description = RuleDescription(id: "records-visits", title: "test", category: .structure,
                                                 defaultSeverity: .warning, rationale: "test", source: "test",
                                                 triggering: [], nonTriggering: [])
        static let visitsElements = true
        func visit(_ element: Element, _ context: RuleContext) {
            context.report(element.name, at: element.startTagRange)
        }
    }

    /// The same, for links and images only.
    private struct LinksAndImages: OptionlessRule {
        static let description = RuleDescription(id: "records-links-and-images", title: "test", category: .structure,
                                                 defaultSeverity: .warning, rationale: "test", source: "test",
                                                 triggering: [], nonTriggering: [])
        static let visitsElements = true
        static let visitedElementNames: Set<String>? = ["a", "img"]
        func visit(_ element: Element, _ context: RuleContext) {
            context.report(element.name, at: element.startTagRange)
        }
    }

    private static let html = """
        <table><tr><td><a href="x"><img src="a.png"></a></td><td><IMG src="b.png"><p>t</p><A href="y">y</A></td></tr></table>
        """

    private func visited(by rule: any Rule) -> [String] {
        Linter(rules: [Linter.EnabledRule(rule: rule, severity: .warning)])
            .lint(SourceFile(path: "t.html", text: Self.html))
            .map { "\($0.message)@\($0.range.start)" }
    }

    @Test("a rule that names its elements is visited for those alone, in document order, whatever their case")
    func namedElements() {
        #expect(visited(by: LinksAndImages()) == ["a@15", "img@27", "img@57", "a@82"])
    }

    @Test("a rule that names none is visited for every element")
    func everyElement() {
        // Findings come sorted by position (the implied html and body share offset 0), so compare as a multiset.
        let names = visited(by: Recorder()).map { String($0.split(separator: "@")[0]) }
        #expect(names.sorted() == ["html", "body", "table", "tr", "td", "a", "img", "td", "img", "p", "a"].sorted())
    }
}
