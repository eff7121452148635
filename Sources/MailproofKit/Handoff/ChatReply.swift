/// The reply a success-staff member pastes into a live chat: a few plain sentences (at most about 1,200
/// characters) saying what was wrong in the customer's words, what can be corrected for them, what they should
/// do, and whether anything looks like spam. The full hand-off (`--format handoff`) has the details and code.
public struct ChatReply {
    public static let limit = 1_200

    let report: HandoffReport
    /// "email" or "signup form", as the customer calls what they sent.
    let what: String

    public init(checked result: FileResult) {
        report = HandoffReport(checked: result)
        what = result.kind == .form ? "signup form" : "email"
    }

    public var text: String {
        let name = report.path.split(separator: "/").last.map(String.init) ?? report.path
        let fixable = HandoffGroup.groups(report.correctable)
        let open = HandoffGroup.groups(report.open)
        let groups = (fixable + open).sorted { $0.rank < $1.rank }
        let spam = DeliverabilitySummary(report.correctable + report.open)
        guard !groups.isEmpty else {
            var text = what == "email"
                ? "I checked your email (\(name)) and found nothing that needs changing: it should look right in the email apps we test."
                : "I checked your signup form (\(name)) and found nothing that needs changing."
            if spam.signals.isEmpty { text += " Nothing in it looks like spam to filters either." }
            return text + "\n"
        }
        var lines = ["I checked your \(what) (\(name)). Here is what needs attention:"]
        var used = lines[0].count
        var listed = 0
        for (k, group) in groups.enumerated() {
            let count = group.count > 1 ? " (\(group.count) places)" : ""
            let line = "\(k + 1). \(group.headline)\(count). \(group.why)"
            // Keep room for the closing sentences.
            guard used + line.count + 1 <= Self.limit - 420 || listed == 0 else { break }
            lines.append(line)
            used += line.count + 1
            listed += 1
        }
        if listed < groups.count {
            lines.append("…and \(groups.count - listed) smaller thing\(groups.count - listed == 1 ? "" : "s") in the full report.")
        }
        let fixableCount = fixable.reduce(0) { $0 + $1.count }
        if fixableCount > 0 {
            lines.append("We can correct \(fixableCount == 1 ? "one of these" : "\(fixableCount) of these") for you automatically; the corrected code is ready to paste back.")
        }
        if let first = open.first {
            // The chat has no room for the block the full hand-off shows; offer it instead.
            let action = first.action.replacingOccurrences(of: " (the block below)", with: " (we have a ready-made one for you)")
                .replacingOccurrences(of: ", like the columns block below", with: " (we have a ready-made one for you)")
            lines.append("What to do: \(action)")
        }
        if !spam.signals.isEmpty, let worst = spam.signals.first, let wording = CustomerWording.forRule(worst.rule) {
            lines.append("Spam filters may also count this against it: \(wording.problem.prefix(1).lowercased() + wording.problem.dropFirst()).")
        }
        var text = lines.joined(separator: "\n")
        if text.count > Self.limit { text = String(text.prefix(Self.limit - 1)) + "…" }
        return text + "\n"
    }
}

/// `--format reply`: the chat reply for each file, files separated by a blank line.
public struct ReplyReporter: Reporter {
    public init() {}
    public func header() -> String { "" }

    public func chunk(for result: FileResult, index: Int) -> String {
        if let error = result.error { return (index > 0 ? "\n" : "") + "I could not read this file: \(error)\n" }
        return (index > 0 ? "\n" : "") + ChatReply(checked: result).text
    }

    public func footer(_ summary: Summary) -> String { "" }
}
