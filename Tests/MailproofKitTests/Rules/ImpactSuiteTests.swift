import Foundation
import Testing
@testable import MailproofKit

/// The two suites that pin down what `client-support` calls an error: every template in `Fixtures/breakage/` holds
/// one real breakage, reported at error under its feature (or rule); no template in `Fixtures/well-built/`, each
/// an accepted professional pattern, gets a client-support error. Both run with the default configuration, as a
/// new user runs mailproof.
@Suite("impact suites: real breakage is loud, accepted patterns are calm")
struct ImpactSuiteTests {
    /// `<!-- breakage: css-display-flex: why -->` or `<!-- breakage: rule=outlook-max-width: why -->`.
    struct Expectation: CustomTestStringConvertible {
        var file: String
        var feature: String?
        var rule: String?
        var testDescription: String { (file as NSString).lastPathComponent }
    }

    static func files(in folder: String) -> [String] {
        let directory = fixturePath(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.hasSuffix(".html") }.sorted().map { directory + "/" + $0 }
    }

    static let breakage: [Expectation] = files(in: "breakage").map { file in
        let text = (try? String(contentsOfFile: file, encoding: .utf8)) ?? ""
        let header = text.split(separator: "\n", maxSplits: 1).first.map(String.init) ?? ""
        let name = header.replacingOccurrences(of: "<!-- breakage:", with: "").trimmingCharacters(in: .whitespaces)
            .prefix { $0 != ":" }.trimmingCharacters(in: .whitespaces)
        if name.hasPrefix("rule=") { return Expectation(file: file, rule: String(name.dropFirst(5))) }
        return Expectation(file: file, feature: name)
    }

    static func check(_ file: String) throws -> [Finding] {
        let linter = Linter(rules: try Configuration().enabledRules())
        return linter.lint(try SourceFile(path: file, data: FileReading.readBytes(file)))
    }

    @Test("the suites are there")
    func sizes() {
        #expect(Self.breakage.count >= 40)
        #expect(Self.files(in: "well-built").count >= 30)
        #expect(Self.breakage.allSatisfy { !($0.feature ?? $0.rule ?? "").isEmpty })
    }

    @Test("each breakage is an error naming its feature", arguments: breakage)
    func breakageIsAnError(_ expectation: Expectation) throws {
        let errors = try Self.check(expectation.file).filter { $0.severity == .error }
        if let feature = expectation.feature {
            #expect(errors.contains { $0.ruleID == "client-support" && $0.feature == feature },
                    "\(expectation.testDescription): no error for \(feature); errors: \(errors.map { $0.feature ?? $0.ruleID.rawValue })")
        } else if let rule = expectation.rule {
            #expect(errors.contains { $0.ruleID.rawValue == rule }, "\(expectation.testDescription): no \(rule) error")
        }
    }

    @Test("no deliverability rule fires on a well-built template", arguments: files(in: "well-built"))
    func wellBuiltIsNotSpam(_ file: String) throws {
        let deliverability = Set(Preset.deliverability.rules.keys)
        let found = try Self.check(file).filter { deliverability.contains($0.ruleID) && $0.severity >= .warning }
        #expect(found.isEmpty, "\((file as NSString).lastPathComponent): \(found.map { "\($0.ruleID): \($0.message)" })")
    }

    @Test("no well-built template gets a client-support error", arguments: files(in: "well-built"))
    func wellBuiltIsCalm(_ file: String) throws {
        let errors = try Self.check(file).filter { $0.severity == .error && $0.ruleID == "client-support" }
        #expect(errors.isEmpty, "\((file as NSString).lastPathComponent): \(errors.map { "\($0.start.line): \($0.message)" })")
    }
}

