@testable import MailproofKit

/// The repository's Fixtures folder, found from this file's path so tests run from any working directory.
let fixturesDirectory: String = {
    let thisFile = "\(#filePath)"
    var parts = thisFile.split(separator: "/", omittingEmptySubsequences: false)
    parts.removeLast(4) // Support/TestSupport.swift, MailproofKitTests, Tests
    return parts.joined(separator: "/") + "/Fixtures"
}()

func fixturePath(_ relative: String) -> String { fixturesDirectory + "/" + relative }

func parse(_ html: String, languages: Set<TemplateLanguage>? = nil) -> Document {
    Document.parse(SourceFile(path: "test.html", text: html), languages: languages)
}

/// A linter running just `rule` (at its default severity) plus `unused-directive`. `unused-directive` itself
/// runs with every recommended rule, since what it reports depends on what the others find.
func linter(for rule: any Rule.Type, options: RuleOptions = .none) throws -> Linter {
    if rule == UnusedDirectiveRule.self { return Linter(rules: try Configuration().enabledRules()) }
    var rules = [Linter.EnabledRule(rule: try rule.make(options: options), severity: rule.description.defaultSeverity)]
    if rule != UnusedDirectiveRule.self {
        rules.append(Linter.EnabledRule(rule: UnusedDirectiveRule(), severity: .info))
    }
    return Linter(rules: rules)
}

func lint(_ html: String, rule: any Rule.Type, options: RuleOptions = .none) throws -> [Finding] {
    try linter(for: rule, options: options).lint(SourceFile(path: "test.html", text: html))
}

/// The text a range covers.
func text(_ document: Document, _ range: ByteRange) -> String { document.text(range) }

/// The first element with a tag name.
func first(_ name: String, in document: Document) -> Element? { document.elements(named: name).first }

/// A seeded source of numbers for generated test inputs: the same seed gives the same inputs on every run and
/// machine (a linear congruential generator; the high bits are used).
struct SeededNumbers {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// A number in `0..<bound`.
    mutating func next(_ bound: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % UInt64(bound))
    }
}
