/// The order people read a file's findings in: what costs the reader content or the whole style first, and
/// decoration (or nothing visible) lost at info gathered into one calm line instead of a list.
enum FindingOrder {
    /// The findings to list, content and structure first (otherwise in file order), and the calm ones.
    static func ranked(_ findings: [Finding]) -> (listed: [Finding], calm: [Finding]) {
        let calm = findings.filter(isCalm)
        let rest = findings.filter { !isCalm($0) }
        return (rest.filter { ($0.impact ?? .none) >= .content } + rest.filter { ($0.impact ?? .none) < .content }, calm)
    }

    /// Decoration (or nothing visible) lost in some clients, reported at info: polish, not a problem to fix.
    static func isCalm(_ finding: Finding) -> Bool {
        finding.severity == .info && (finding.impact == .decoration || finding.impact == Impact.none)
    }

    /// "12 decorative touches are lost in some apps (border-radius, :hover, …) and 3 hints with no visible
    /// effect (lang attribute, …); nothing to fix".
    static func calmLine(_ calm: [Finding]) -> String {
        func names(_ findings: [Finding]) -> String {
            var features: [String] = []
            // A feature's name is looked up in the caniemail data once, not once per use: a file repeats a few
            // features hundreds of times. Six names are enough to know whether there are more than five.
            var seen: [(feature: String?, rule: RuleID)] = []
            for finding in findings where features.count <= 5 {
                if seen.contains(where: { $0.rule == finding.ruleID && $0.feature == finding.feature }) { continue }
                seen.append((finding.feature, finding.ruleID))
                let name = finding.feature.map(CompatFeature.shortName) ?? finding.ruleID.rawValue
                if !features.contains(name) { features.append(name) }
            }
            return features.prefix(5).joined(separator: ", ") + (features.count > 5 ? ", …" : "")
        }
        let decoration = calm.filter { $0.impact == .decoration }
        let hints = calm.filter { $0.impact != .decoration }
        var parts: [String] = []
        if !decoration.isEmpty {
            parts.append("\(decoration.count) decorative touch\(decoration.count == 1 ? "" : "es") (\(names(decoration)))")
        }
        if !hints.isEmpty {
            parts.append("\(hints.count) hint\(hints.count == 1 ? "" : "s") with no visible effect (\(names(hints)))")
        }
        return "Lost in some apps, nothing to fix: " + parts.joined(separator: "; ")
    }

}
