import Foundation
import Testing
@testable import MailproofKit

/// The README's rule and option tables are written from the rule descriptions, and every declared option is
/// one that configuration validation accepts with its own default.
@Suite("rule documentation comes from the descriptions")
struct RuleDocumentationTests {
    private func section(_ name: String, in readme: String) -> String? {
        guard let start = readme.range(of: "<!-- \(name):"), let end = readme.range(of: "<!-- /\(name) -->") else { return nil }
        let body = readme[start.upperBound..<end.lowerBound]
        guard let firstLine = body.firstIndex(of: "\n") else { return nil }
        return String(body[body.index(after: firstLine)...])
    }

    @Test("README's rules and options tables are what `mailproof rules --markdown` prints")
    func readmeTables() throws {
        let readme = try String(contentsOfFile: fixturesDirectory + "/../README.md", encoding: .utf8)
        #expect(section("rules-table", in: readme) == RuleDocumentation.rulesTable,
                "README's rules table is out of date: paste `mailproof rules --markdown` into it")
        #expect(section("options-table", in: readme) == RuleDocumentation.optionsTable,
                "README's options table is out of date: paste `mailproof rules --markdown` into it")
    }

    @Test("every declared option accepts its own default, and undeclared options are refused",
          arguments: RuleRegistry.all.map { $0.description.id.rawValue })
    func optionsValidate(_ id: String) throws {
        let rule = try #require(RuleRegistry.rule(id: id))
        for option in rule.description.options {
            let value: RuleOptions.Value = option.kind == .count ? .number(Double(option.defaultValue)!) : .string(option.defaultValue)
            _ = try rule.make(options: RuleOptions([option.name: value], origin: "test"))
        }
        #expect(throws: ConfigurationError.self) { _ = try rule.make(options: RuleOptions(["noSuchOption": .bool(true)], origin: "test")) }
    }
}
