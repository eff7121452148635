/// Findings that a customer would see as the same problem: the same rule and, for client support, the same
/// feature and the same apps. Forty identical findings become one item with a count.
struct HandoffGroup {
    var key: String
    var headline: String
    var affects: String
    var wording: CustomerWording
    var findings: [Finding]
    /// Advice specific to the feature, for client-support groups.
    var advice: FeatureAdvice?

    var why: String { advice?.why ?? wording.why }
    var action: String { advice?.action ?? wording.action }

    /// The email-safe block to paste instead, rendered: with the customer's own link, text and colours when a
    /// finding read them, else the snippet's example. Nil when no snippet answers this problem.
    var replacement: (code: String, personal: Bool)? {
        if let call = findings.lazy.compactMap(\.snippet).first, let code = call.rendered() { return (code, true) }
        guard let name = advice?.snippet, let snippet = try? SnippetCatalogue.builtInSnippet(named: name),
              let code = try? SnippetRenderer.render(snippet, values: snippet.example) else { return nil }
        return (code, false)
    }

    var count: Int { findings.count }
    /// The finding shown: the first with a fix, else the first.
    var example: Finding { findings.first { !$0.fix.isEmpty } ?? findings[0] }
    /// Errors before warnings before infos; among them, what costs the reader content or the whole style before
    /// the rest; then the most frequent.
    var rank: (Int, Int, Int) {
        let impact = findings.compactMap(\.impact).max()
        return (Self.severityRank(findings.map(\.severity).max() ?? .info), (impact ?? .none) >= .content ? 0 : 1, -count)
    }

    static func groups(_ findings: [Finding]) -> [HandoffGroup] {
        var order: [String] = []
        var byKey: [String: HandoffGroup] = [:]
        for finding in findings {
            let wording = CustomerWording.forRule(finding.ruleID) ?? CustomerWording(
                problem: finding.message, why: "", action: finding.message, affects: "")
            let key: String
            let headline: String
            let affects: String
            if finding.ruleID == .clientSupport, let feature = finding.feature, !finding.clients.isEmpty {
                let apps = AppNames.list(finding.clients)
                let phrase = FeaturePhrase.phrase(for: feature, title: CompatDatabase.embedded.feature(feature)?.title)
                let partly = finding.clients.allSatisfy { $0.support == "a" }
                let plural = Set(finding.clients.map { AppNames.friendly($0.id, fallback: $0.name) }).count > 1
                let verb = partly ? (plural ? "only partly support" : "only partly supports") : (plural ? "ignore" : "ignores")
                key = "client-support|\(feature)|\(apps)"
                headline = "\(apps.prefix(1).uppercased())\(apps.dropFirst()) \(verb) \(phrase)"
                affects = apps
            } else {
                key = finding.ruleID.rawValue
                headline = wording.problem
                affects = wording.affects
            }
            if byKey[key] == nil {
                order.append(key)
                byKey[key] = HandoffGroup(key: key, headline: headline, affects: affects, wording: wording, findings: [],
                                          advice: finding.feature.flatMap(FeatureAdvice.forFeature))
            }
            byKey[key]?.findings.append(finding)
        }
        return order.compactMap { byKey[$0] }.sorted { $0.rank < $1.rank }
    }

    private static func severityRank(_ severity: Severity) -> Int {
        switch severity {
        case .error: 0
        case .warning: 1
        case .info: 2
        }
    }
}
