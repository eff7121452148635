import Testing
@testable import MailproofKit

/// Runs the examples of every registered rule. A rule's description is its test: adding a rule with examples
/// needs no new test file.
@Suite("Every rule's examples")
struct RuleExamplesTests {
    static let rules: [RuleCase] = RuleRegistry.all.map(RuleCase.init)

    /// Multibyte text put before an example, to prove that offsets are bytes and columns are characters.
    static let multibytePrefix = "<!-- Grüße, 日本語, emoji 😀 -->\n"

    @Test("triggering examples report exactly at their ↓ marks", arguments: rules)
    func triggering(_ rule: RuleCase) throws {
        for example in rule.type.description.triggering {
            let (code, offsets) = example.unmarked
            #expect(!offsets.isEmpty, "\(rule): a triggering example needs at least one ↓ mark (\(example.file):\(example.line))")
            let found = try findings(rule, code, example)
            #expect(found.map(\.range.start) == offsets, "\(rule) on \(code.debugDescription) at \(example.file):\(example.line)")

            if example.allowsPrefix {
                let shift = Self.multibytePrefix.utf8.count
                let prefixed = try findings(rule, Self.multibytePrefix + code, example)
                #expect(prefixed.map(\.range.start) == offsets.map { $0 + shift }, "\(rule) with a multibyte prefix, \(example.line)")
                // Columns count characters: the prefix adds one line, so each column stays what it was.
                let plainColumns = found.map(\.start.column)
                #expect(prefixed.map(\.start.column) == plainColumns, "\(rule): columns must count characters")
            }
        }
    }

    @Test("non-triggering examples report nothing", arguments: rules)
    func nonTriggering(_ rule: RuleCase) throws {
        for example in rule.type.description.nonTriggering {
            let found = try findings(rule, example.unmarked.code, example)
            #expect(found.isEmpty, "\(rule) on \(example.code.debugDescription) at \(example.file):\(example.line): \(found.map(\.message))")
        }
    }

    @Test("a disable directive silences every triggering example", arguments: rules)
    func silencedByDirective(_ rule: RuleCase) throws {
        for example in rule.type.description.triggering where example.allowsPrefix {
            let wrapped = "<!-- mailproof-disable \(rule.id) -->\n" + example.unmarked.code
            let found = try lint(wrapped, rule: rule.type, options: example.options)
            #expect(found.isEmpty, "\(rule) inside a disable directive at \(example.file):\(example.line): \(found.map(\.message))")
        }
    }

    @Test("corrections: fixing gives the expected text, fixed text is clean, fixing twice changes nothing", arguments: rules)
    func corrections(_ rule: RuleCase) throws {
        for correction in rule.type.description.corrections {
            let fixer = Fixer(linter: try linter(for: rule.type, options: correction.before.options), ruleFilter: [rule.id])
            let fixed = String(decoding: fixer.fix(SourceFile(path: "t.html", text: correction.before.unmarked.code)).bytes, as: UTF8.self)
            #expect(fixed == correction.after, "\(rule) at \(correction.before.file):\(correction.before.line)")
            let again = String(decoding: fixer.fix(SourceFile(path: "t.html", text: fixed)).bytes, as: UTF8.self)
            #expect(again == fixed, "\(rule): fixing twice must equal fixing once")
        }
        for example in rule.type.description.nonTriggering {
            let fixer = Fixer(linter: try linter(for: rule.type, options: example.options), ruleFilter: [rule.id])
            let code = example.unmarked.code
            #expect(String(decoding: fixer.fix(SourceFile(path: "t.html", text: code)).bytes, as: UTF8.self) == code,
                    "\(rule): fixing a valid example must change nothing (\(example.line))")
        }
    }

    @Test("every rule is described well enough for explain", arguments: rules)
    func described(_ rule: RuleCase) {
        let description = rule.type.description
        #expect(description.id.rawValue.allSatisfy { $0.isLowercase || $0 == "-" })
        #expect(!description.title.isEmpty && !description.rationale.isEmpty && !description.source.isEmpty)
        #expect(!description.triggering.isEmpty, "\(rule) has no triggering example")
        #expect(!description.nonTriggering.isEmpty, "\(rule) has no non-triggering example")
    }

    @Test("rule ids are unique")
    func uniqueIDs() {
        let ids = RuleRegistry.all.map { $0.description.id }
        #expect(Set(ids).count == ids.count)
    }

    private func findings(_ rule: RuleCase, _ code: String, _ example: Example) throws -> [Finding] {
        try lint(code, rule: rule.type, options: example.options).filter { $0.ruleID.rawValue == rule.id }
    }
}

struct RuleCase: CustomTestStringConvertible, Sendable, CustomStringConvertible {
    let type: any Rule.Type
    init(_ type: any Rule.Type) { self.type = type }
    var id: String { type.description.id.rawValue }
    var testDescription: String { id }
    var description: String { id }
}
