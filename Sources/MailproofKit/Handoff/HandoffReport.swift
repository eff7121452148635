/// A Markdown hand-off for one file that a support person can paste into a reply: a plain summary, one section
/// per kind of problem (identical findings grouped with a count) with the apps affected, why it matters and the
/// corrected fragment, then what the customer still has to do.
struct HandoffReport {
    /// Whether the corrections were applied (`fix --handoff`) or are suggestions (`check --format handoff`).
    public enum Mode: Sendable {
        case suggested
        case applied
    }

    public var path: String
    public var mode: Mode
    /// Findings that have a correction, with the text they were found in.
    public var correctable: [Finding]
    public var correctableSource: SourceFile?
    /// Findings left for the customer.
    public var open: [Finding]
    public var openSource: SourceFile?

    /// Decoration some apps drop (info): one calm line, never a problem to fix.
    public var decorative: [Finding] = []

    /// Groups shown in full; the rest are listed in a line each.
    static let detailedGroups = 12

    /// The hand-off for a checked file: findings with a fix are suggestions, the rest are left to the customer.
    public init(checked result: FileResult) {
        path = result.path
        mode = .suggested
        let relevant = result.findings.filter(Self.belongsInHandoff)
        correctable = relevant.filter { !$0.fix.isEmpty }
        open = relevant.filter { $0.fix.isEmpty }
        correctableSource = result.source
        openSource = result.source
        decorative = result.findings.filter(Self.isDecorative)
    }

    /// The hand-off for a fixed file: what the fixes corrected, and what the fixed file still has.
    public init(path: String, original: SourceFile, fixed: [Finding], remainingIn fixedSource: SourceFile, remaining: [Finding]) {
        self.path = path
        mode = .applied
        correctable = fixed.filter(Self.belongsInHandoff)
        correctableSource = original
        open = remaining.filter(Self.belongsInHandoff)
        openSource = fixedSource
        decorative = remaining.filter(Self.isDecorative)
    }

    static func isDecorative(_ finding: Finding) -> Bool {
        finding.severity == .info && finding.impact == .decoration && finding.feature != nil
    }

    /// "Also, 12 decorative touches (rounded corners, shadows) look plainer in Outlook on Windows. Nothing to fix:
    /// your message reads the same."
    var calmLine: String? {
        guard !decorative.isEmpty else { return nil }
        var phrases: [String] = []
        for finding in decorative {
            let slug = finding.feature!
            let phrase = FeaturePhrase.phrase(for: slug, title: CompatDatabase.embedded.feature(slug)?.title)
            if !phrases.contains(phrase) { phrases.append(phrase) }
        }
        let shown = AppNames.sentence(Array(phrases.prefix(4)) + (phrases.count > 4 ? ["more"] : []))
        let apps = AppNames.list(Array(Set(decorative.flatMap(\.clients))).sorted { $0.id < $1.id })
        let touches = decorative.count == 1 ? "One decorative touch" : "\(decorative.count) decorative touches"
        return "\(touches) (\(shown)) \(decorative.count == 1 ? "looks" : "look") plainer in \(apps). Nothing to fix: your message reads the same.\n"
    }

    /// Errors and warnings about the email; notes (info) and findings about mailproof's own directives stay out of
    /// a customer's way.
    static func belongsInHandoff(_ finding: Finding) -> Bool {
        finding.severity != .info && CustomerWording.forRule(finding.ruleID) != nil
    }

    public var markdown: String {
        let fixedGroups = HandoffGroup.groups(correctable)
        let openGroups = HandoffGroup.groups(open)
        let name = path.split(separator: "/").last.map(String.init) ?? path
        var out = "# Your email: \(name)\n\n"
        if fixedGroups.isEmpty && openGroups.isEmpty {
            out += "We checked your email and found nothing to change. It should display well in the email apps we test against.\n"
            if let calmLine { out += "\n" + calmLine }
            out += "\n" + DeliverabilitySummary(open).customerText
            return out
        }
        out += summary(fixedGroups: fixedGroups, openGroups: openGroups) + "\n"
        if let calmLine { out += "Also: " + calmLine.prefix(1).lowercased() + calmLine.dropFirst() }
        var number = 0
        if !fixedGroups.isEmpty {
            out += mode == .applied ? "\n## What we corrected\n" : "\n## What to correct (with the corrected code)\n"
            for group in fixedGroups.prefix(Self.detailedGroups) {
                number += 1
                out += section(number, group, source: correctableSource, showFix: true)
            }
            out += overflow(fixedGroups)
        }
        if !openGroups.isEmpty {
            out += "\n## What needs a change by hand\n"
            for group in openGroups.prefix(Self.detailedGroups) {
                number += 1
                out += section(number, group, source: openSource, showFix: false)
            }
            out += overflow(openGroups)
        }
        out += "\n## Will it land in spam?\n\n" + DeliverabilitySummary(open).customerText
        out += nextSteps(fixedGroups: fixedGroups, openGroups: openGroups)
        return out
    }

    private func summary(fixedGroups: [HandoffGroup], openGroups: [HandoffGroup]) -> String {
        let total = (fixedGroups + openGroups).reduce(0) { $0 + $1.count }
        let kinds = fixedGroups.count + openGroups.count
        var text = "We checked your email and found \(Self.count(total, "things")) to improve"
        text += kinds < total ? " (\(Self.count(kinds, "different problems", singular: "one problem")) in all). " : ". "
        let headlines = (fixedGroups + openGroups).sorted { $0.rank < $1.rank }.prefix(3).map(\.headline)
        text += "The most important:\n\n" + headlines.map { "- \($0)\n" }.joined()
        if !fixedGroups.isEmpty {
            text += mode == .applied
                ? "\nWe corrected \(Self.count(fixedGroups.reduce(0) { $0 + $1.count }, "of them", singular: "one of them")) for you; the corrected code is at the end."
                : "\n\(Self.count(fixedGroups.reduce(0) { $0 + $1.count }, "of them", singular: "One of them")) can be corrected automatically; the corrected code is shown below."
        }
        if !openGroups.isEmpty {
            text += " \(Self.count(openGroups.reduce(0) { $0 + $1.count }, "need", singular: "One needs")) a change by hand, explained at the end."
        }
        return text + "\n"
    }

    private func section(_ number: Int, _ group: HandoffGroup, source: SourceFile?, showFix: Bool) -> String {
        var out = "\n### \(number). \(group.headline)"
        out += group.count > 1 ? " (\(group.count) places)\n\n" : "\n\n"
        out += "**Affected:** \(group.affects)\n\n"
        out += "**Why it matters:** \(group.why)\n\n"
        guard let source else { return out }
        let example = group.example
        let excerpt = HandoffExcerpt(source: source, range: example.range, fix: showFix ? example.fix : [])
        let line = example.start.line
        if showFix, let after = excerpt.after {
            out += "Before (line \(line)\(group.count > 1 ? ", the first of \(group.count)" : "")):\n\n" + Self.code(excerpt.before)
            out += "\nAfter:\n\n" + Self.code(after)
        } else {
            out += "**What to do:** \(group.action)\n\n"
            out += "Where (line \(line)\(group.count > 1 ? ", the first of \(group.count)" : "")):\n\n" + Self.code(excerpt.before)
        }
        if let replacement = group.replacement {
            out += replacement.personal
                ? "\nUse this instead (it works in Outlook too, with your link, text and colours):\n\n"
                : "\nAn email-safe block to start from (change the link, text and colours to yours):\n\n"
            out += Self.code(replacement.code)
        }
        return out
    }

    private func overflow(_ groups: [HandoffGroup]) -> String {
        guard groups.count > Self.detailedGroups else { return "" }
        var out = "\nAlso:\n\n"
        for group in groups.dropFirst(Self.detailedGroups) {
            out += "- \(group.headline)\(group.count > 1 ? " (\(group.count) places)" : "")\n"
        }
        return out
    }

    private func nextSteps(fixedGroups: [HandoffGroup], openGroups: [HandoffGroup]) -> String {
        var out = "\n## Next steps\n\n"
        if !fixedGroups.isEmpty {
            out += mode == .applied
                ? "- Replace your template's code with the corrected version we attached.\n"
                : "- Apply the corrections above (or ask us for the corrected file).\n"
        }
        var actions: [String] = []
        for group in openGroups where !actions.contains(group.action) { actions.append(group.action) }
        for action in actions { out += "- \(action)\n" }
        out += "- Send yourself a test email and open it on your phone and in Outlook if your readers use it.\n"
        return out
    }

    /// A fenced code block that no backticks in the code can close early.
    public static func code(_ text: String) -> String {
        let fence = text.contains("```") ? "~~~~" : "```"
        return fence + "html\n" + text + (text.hasSuffix("\n") ? "" : "\n") + fence + "\n"
    }

    static func count(_ n: Int, _ plural: String, singular: String? = nil) -> String {
        if n == 1 { return singular ?? "1 " + String(plural.dropLast(plural.hasSuffix("s") ? 1 : 0)) }
        return "\(n) \(plural)"
    }
}
