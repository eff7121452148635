import Testing
@testable import MailproofKit

/// Broken signup forms of our own (Fixtures/forms/*-broken.html) and what `mailproof fix` must make of them
/// (*-fixed.html); the fixed forms must pass the checks that repaired them.
@Suite("Signup form repairs")
struct FormRepairTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var preset: String
        /// Rules the broken file must trigger (each one's fix is part of the repair).
        var rules: Set<String>
        var ruleFilter: Set<String>?
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "kit", preset: "kit-form",
             rules: ["form-action", "form-method", "form-email-field", "form-field-names", "form-placeholder-label"]),
        Case(name: "mailchimp", preset: "kit-form",
             rules: ["form-action", "form-method", "form-email-field", "form-field-names", "form-honeypot"]),
        Case(name: "mailchimp-no-honeypot", preset: "kit-form", rules: ["form-honeypot"]),
        Case(name: "newsletter-with-form", preset: "recommended", rules: ["form-in-email"], ruleFilter: ["form-in-email"]),
    ]

    @Test("the broken form triggers the rules, fixing gives the fixed form, and the fixed form is clean of them", arguments: cases)
    func repair(_ repair: Case) throws {
        var configuration = Configuration()
        configuration.extends = repair.preset
        let linter = Linter(rules: try configuration.enabledRules())
        let broken = try SourceFile(path: "\(repair.name)-broken.html", data: FileReading.readBytes(fixturePath("forms/\(repair.name)-broken.html")))
        let expected = try FileReading.readText(fixturePath("forms/\(repair.name)-fixed.html"))

        let found = Set(linter.lint(broken).map(\.ruleID.rawValue))
        #expect(repair.rules.isSubset(of: found), "missing: \(repair.rules.subtracting(found))")

        let fixed = String(decoding: Fixer(linter: linter, ruleFilter: repair.ruleFilter).fix(broken).bytes, as: UTF8.self)
        #expect(fixed == expected)

        let remaining = linter.lint(SourceFile(path: "fixed.html", text: fixed)).filter { repair.rules.contains($0.ruleID.rawValue) }
        #expect(remaining.isEmpty, "\(remaining.map(\.message))")
    }
}
