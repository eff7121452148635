import ArgumentParser
import MailproofCommandLine
import MailproofKit

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain a rule: why it exists, examples, source.",
        discussion: "`mailproof explain client-support --feature css-display-flex` shows one feature's support per client."
    )

    @Argument(help: "A rule id (mailproof rules lists them).")
    var rule: String

    @Option(help: "With client-support: a caniemail feature slug (e.g. css-display-flex) to show per-client support for.")
    var feature: String?

    @Option(help: "A caniemail data file to use instead of the embedded data.")
    var compatData: String?

    func run() throws {
        guard let type = RuleRegistry.rule(id: rule) else {
            throw ValidationError("unknown rule '\(rule)'; run 'mailproof rules' for the list")
        }
        guard let feature else {
            Output.write(RuleExplanation.text(for: type.description))
            return
        }
        guard RuleID(rule) == .clientSupport else { throw ValidationError("--feature goes with client-support") }
        let database = try CompatibilityData.load(compatData)
        guard let text = FeatureExplanation.text(for: feature, in: database) else {
            throw ValidationError("unknown feature '\(feature)'; feature ids are caniemail's slugs, as in https://www.caniemail.com/features/<slug>/")
        }
        Output.write(text)
    }
}
