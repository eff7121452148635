/// `--format text`: findings grouped by file, each with its source line and a caret under the range, then a
/// summary line. Colour only on a terminal and when NO_COLOR is unset (the CLI decides).
public struct TextReporter: Reporter {
    public var color: Bool
    /// Source lines shown per finding are cut to this many characters around the range.
    private let frameWidth = 100

    /// Findings listed per file (a group of repeats counts once) before one line says how many more there are;
    /// 0 lists them all. A minified file can have thousands, which buries every other file of the batch.
    public var maxFindingsPerFile: Int
    public static let defaultMaxFindingsPerFile = 100

    public init(color: Bool, maxFindingsPerFile: Int = TextReporter.defaultMaxFindingsPerFile) {
        self.color = color
        self.maxFindingsPerFile = maxFindingsPerFile
    }

    public func header() -> String { "" }

    public func chunk(for result: FileResult, index: Int) -> String {
        if let error = result.error { return paint("error", .red) + " " + error + "\n" }
        guard !result.findings.isEmpty else { return "" }
        var out = paint(result.path, .underline) + "\n"
        // What the reader loses comes first; decoration lost at info is one calm line at the end, not a list.
        let (findings, calm) = FindingOrder.ranked(result.findings)
        // Forty identical findings (a feature used 40 times, 40 tables without a role) are one piece of advice:
        // show the first, then where the others are. JSON and the other formats keep every one.
        let (group, members) = Self.repeatGroups(findings)
        var listed = 0
        var represented = 0
        for (k, finding) in findings.enumerated() {
            let repeats = members[group[k]]
            // A repeat is shown by its group's first finding (one exactly equal to it is shown again).
            if repeats[0] != k, findings[repeats[0]] != finding { continue }
            if maxFindingsPerFile > 0, listed == maxFindingsPerFile {
                let more = findings.count - represented
                out += "  " + paint("… and \(more) more finding\(more == 1 ? "" : "s") in this file (--max-findings-per-file 0 lists them all)", .dim) + "\n"
                break
            }
            listed += 1
            represented += repeats.count
            let position = "\(finding.start.line):\(finding.start.column)"
            let severity = finding.severity.rawValue
            let coloured = paint(severity.padding(7), finding.severity == .error ? .red : finding.severity == .warning ? .yellow : .blue)
            out += "  \(position.padding(8)) \(coloured) \(finding.message)  \(paint(finding.ruleID.rawValue, .dim))\n"
            if let source = result.source { out += frame(finding, in: source) }
            let others = repeats.dropFirst()
            if !others.isEmpty {
                // In line order, each once: the group is in the order of what the reader loses, which is no order
                // to look lines up in.
                var numbers = others.map { findings[$0].start.line }
                numbers.sort()
                var distinct: [Int] = []
                for line in numbers where distinct.last != line { distinct.append(line) }
                let lines = distinct.prefix(12).map(String.init).joined(separator: ", ")
                out += "           \(paint("… and \(others.count) more in this file (line\(distinct.count == 1 ? "" : "s") \(lines)\(distinct.count > 12 ? ", …" : ""))", .dim))\n"
            }
        }
        if !calm.isEmpty { out += "  " + paint("· " + FindingOrder.calmLine(calm), .dim) + "\n" }
        return out + "\n"
    }

    /// Findings of one rule with the same feature, severity and message are grouped: each finding's group, and
    /// each group's findings in order. Looked up by everything but the message's text, then told apart by it: a
    /// message is hundreds of bytes, and hashing each one (or a key string built around it) was most of the
    /// grouping's cost.
    private static func repeatGroups(_ findings: [Finding]) -> (group: [Int], members: [[Int]]) {
        struct Bucket: Hashable {
            var rule: RuleID
            var feature: String?
            var severity: Severity
            var messageLength: Int
        }
        var groupsByBucket: [Bucket: [Int]] = [:]
        var members: [[Int]] = []
        var group = [Int](repeating: 0, count: findings.count)
        for k in findings.indices {
            let bucket = Bucket(rule: findings[k].ruleID, feature: findings[k].feature, severity: findings[k].severity,
                                messageLength: findings[k].message.utf8.count)
            if let known = groupsByBucket[bucket]?.first(where: { findings[members[$0][0]].message == findings[k].message }) {
                members[known].append(k)
                group[k] = known
            } else {
                group[k] = members.count
                groupsByBucket[bucket, default: []].append(members.count)
                members.append([k])
            }
        }
        return (group, members)
    }

    public func footer(_ summary: Summary) -> String {
        let total = summary.errors + summary.warnings + summary.infos
        let files = "\(summary.files) file\(summary.files == 1 ? "" : "s")"
        var line: String
        if total == 0 {
            line = paint("✓", .green) + " No problems found in \(files)"
        } else {
            line = paint("✖", summary.errors > 0 ? .red : .yellow)
                + " \(total) problem\(total == 1 ? "" : "s") (\(summary.errors) error\(summary.errors == 1 ? "" : "s"), "
                + "\(summary.warnings) warning\(summary.warnings == 1 ? "" : "s"), \(summary.infos) info) in \(files)"
        }
        if total > 0, summary.files > 1 { line += " (\(summary.filesWithFindings) with findings)" }
        if summary.unreadable > 0 { line += "; \(summary.unreadable) could not be checked" }
        line += "\n"
        // Which rules dominate says where to start: one client-support feature, or a missing alt everywhere.
        if total > 0 {
            let top = summary.topRules(5).map { "\($0.rule) \($0.findings)" }.joined(separator: ", ")
            line += "  " + paint("top rules: ", .dim) + top + (summary.findingsByRule.count > 5 ? ", …" : "") + "\n"
        }
        // Whether filters would count anything against these emails, in one line (nothing to say without files).
        if summary.files > summary.unreadable {
            line += "  " + paint(DeliverabilitySummary(findingsByRule: summary.warningsOrWorseByRule).line, .dim) + "\n"
        }
        if summary.suppressed > 0 {
            line += "  " + paint("\(summary.suppressed) known finding\(summary.suppressed == 1 ? "" : "s") suppressed by the baseline", .dim) + "\n"
        }
        return line
    }

    /// The finding's first line, with a caret run under its range.
    private func frame(_ finding: Finding, in source: SourceFile) -> String {
        let line = source.text(source.lineIndex.lineRange(finding.start.line))
        // Columns count scalars. In an ASCII line (nearly all) each byte is one, and the line is read as bytes:
        // making an array of the scalars of a long minified line cost more than the rest of the report.
        let ascii = !line.containsByte(where: { $0 >= 0x80 })
        let count = ascii ? line.utf8.count : line.unicodeScalars.count
        var caretStart = finding.start.column - 1
        var caretLength = finding.end.line == finding.start.line ? max(1, finding.end.column - finding.start.column) : max(1, count - caretStart)
        // Long (minified) lines: show a window around the range.
        var window = 0..<count
        if count > frameWidth {
            let from = max(0, min(caretStart - 20, count - frameWidth))
            window = from..<min(count, from + frameWidth)
            caretStart -= from
            caretLength = min(caretLength, frameWidth - caretStart)
        }
        // Control characters (tabs, NUL, escape sequences from a hostile file) become visible or harmless.
        let shown: String
        if ascii {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(window.count)
            for byte in line.utf8.dropFirst(window.lowerBound).prefix(window.count) {
                if byte == 0x09 {
                    bytes.append(0x20)
                } else if byte < 0x20 || byte == 0x7F {
                    bytes.append(contentsOf: [0xEF, 0xBF, 0xBD])
                } else {
                    bytes.append(byte)
                }
            }
            shown = String(decoding: bytes, as: UTF8.self)
        } else {
            let text = Array(line.unicodeScalars)[window]
            shown = String(String.UnicodeScalarView(text.map { scalar in
                scalar == "\t" ? " " : scalar.value < 0x20 || scalar.value == 0x7F ? "\u{FFFD}" : scalar
            }))
        }
        let gutter = String(finding.start.line)
        let pad = String(repeating: " ", count: gutter.count)
        return "    \(paint(gutter, .dim)) | \(shown)\n    \(pad) | \(String(repeating: " ", count: max(0, caretStart)))\(paint(String(repeating: "^", count: max(1, caretLength)), .red))\n"
    }

    private enum Style: String {
        case red = "31", yellow = "33", blue = "34", green = "32", dim = "2", underline = "4"
    }

    private func paint(_ text: String, _ style: Style) -> String {
        color ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }
}

extension String {
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
