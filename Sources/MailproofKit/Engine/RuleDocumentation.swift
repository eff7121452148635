/// The README's tables of rules and of rule options, written from the rule descriptions (a test keeps the
/// README in step with them).
public enum RuleDocumentation {
    public static var rulesTable: String {
        var out = "| rule | category | default | fixable | checks that |\n| --- | --- | --- | --- | --- |\n"
        for rule in RuleRegistry.all.map({ $0.description }) {
            let severity = rule.defaultSeverity.rawValue + (rule.isOptIn ? " (opt-in)" : "")
            out += "| `\(rule.id)` | \(rule.category.rawValue) | \(severity) | \(rule.isFixable ? "yes" : "") | \(markdown(rule.title)) |\n"
        }
        return out
    }

    public static var optionsTable: String {
        var out = "| rule | option | accepts | default | what it does |\n| --- | --- | --- | --- | --- |\n"
        for rule in RuleRegistry.all.map({ $0.description }) {
            for option in rule.options {
                out += "| `\(rule.id)` | `\(option.name)` | \(option.accepts) | `\(option.defaultValue)` | \(markdown(option.summary)) |\n"
            }
        }
        return out
    }

    /// Table cells: a `|` would end the cell.
    private static func markdown(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|")
    }
}
