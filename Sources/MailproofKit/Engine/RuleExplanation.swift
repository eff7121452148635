/// The long form of a rule for `mailproof explain`: rationale, source and examples.
public enum RuleExplanation {
    public static func text(for description: RuleDescription) -> String {
        var out = "\(description.id): \(description.title)\n"
        out += "category: \(description.category.rawValue) · default severity: \(description.defaultSeverity.rawValue)"
        out += description.isFixable ? " · fixable\n\n" : "\n\n"
        out += description.rationale + "\n\nSource: \(description.source)\n"
        if !description.options.isEmpty {
            out += "\nOptions (rules: { \(description.id): { options: { NAME: VALUE } } }):\n"
            for option in description.options {
                out += "    \(option.name): \(option.accepts); default \(option.defaultValue). \(option.summary)\n"
            }
        }
        if !description.triggering.isEmpty {
            out += "\nReported (↓ marks where):\n"
            for example in description.triggering { out += indent(example.code) }
        }
        if !description.nonTriggering.isEmpty {
            out += "\nNot reported:\n"
            for example in description.nonTriggering { out += indent(example.code) }
        }
        if !description.corrections.isEmpty {
            out += "\nFixes:\n"
            for correction in description.corrections {
                out += indent(correction.before.unmarked.code) + "  becomes\n" + indent(correction.after)
            }
        }
        return out
    }

    private static func indent(_ code: String) -> String {
        code.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n") + "\n"
    }
}
