import ArgumentParser
import MailproofKit

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Explain a rule: why it exists, examples, source.")

    @Argument(help: "A rule id (mailproof rules lists them).")
    var rule: String

    func run() throws {
        guard let type = RuleRegistry.rule(id: rule) else {
            throw ValidationError("unknown rule '\(rule)'; run 'mailproof rules' for the list")
        }
        Output.write(RuleExplanation.text(for: type.description))
    }
}
