/// The answer to "will it land in spam?" from the findings of the rules tagged `deliverability` (at warning or
/// above): nothing that filters score, or the few things that they do, most frequent first.
struct DeliverabilitySummary {
    /// Rule → findings, most first.
    var signals: [(rule: RuleID, count: Int)]

    init(findingsByRule: [String: Int]) {
        signals = findingsByRule.compactMap { id, count -> (rule: RuleID, count: Int)? in
            guard let rule = RuleRegistry.rule(id: id), rule.description.tags.contains(.deliverability) else { return nil }
            return (RuleID(id), count)
        }.sorted { $0.count != $1.count ? $0.count > $1.count : $0.rule < $1.rule }
    }

    init(_ findings: [Finding]) {
        var counts: [String: Int] = [:]
        for finding in findings where finding.severity >= .warning { counts[finding.ruleID.rawValue, default: 0] += 1 }
        self.init(findingsByRule: counts)
    }

    /// One line for the text report.
    var line: String {
        guard !signals.isEmpty else { return "deliverability: nothing here looks like spam to filters" }
        let shown = signals.prefix(3).map { "\($0.rule) \($0.count)" }.joined(separator: ", ")
        return "deliverability: filters may score \(shown)\(signals.count > 3 ? ", …" : "") (mailproof explain RULE says why)"
    }

    /// A few sentences for a customer.
    var customerText: String {
        guard !signals.isEmpty else {
            return "Nothing in this email looks like spam to spam filters: the text, links and images are in good shape.\n"
        }
        var out = "Spam filters may count \(signals.count == 1 ? "one thing" : "a few things") in this email against it:\n\n"
        for signal in signals.prefix(3) {
            guard let wording = CustomerWording.forRule(signal.rule) else { continue }
            out += "- **\(wording.problem)**: \(wording.why)\n"
        }
        return out
    }
}
