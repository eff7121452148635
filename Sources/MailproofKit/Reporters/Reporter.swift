/// Turns results into text. Reporters stream: a header, one chunk per file as it finishes, a footer with the
/// summary, so a batch of any size is written without holding every result.
public protocol Reporter {
    func header() -> String
    func chunk(for result: FileResult, index: Int) -> String
    /// `chunk` as UTF-8, what the CLI writes. A reporter that builds bytes (JSON) hands them over as they are:
    /// making a String of a megabyte of JSON first costs a pass that checks it is UTF-8.
    func chunkBytes(for result: FileResult, index: Int) -> [UInt8]
    func footer(_ summary: Summary) -> String
    /// Whether `chunk` depends on nothing but its arguments, so files can be rendered in parallel, each by the
    /// worker that checked it. Reporters that gather the whole run (JUnit, HTML) say no.
    var rendersConcurrently: Bool { get }
}

extension Reporter {
    public var rendersConcurrently: Bool { true }

    public func chunkBytes(for result: FileResult, index: Int) -> [UInt8] { Array(chunk(for: result, index: index).utf8) }

    /// The whole report for results already in memory (a document pasted into `mailproof serve`): the same
    /// header, chunks and footer a run over files writes.
    public func report(_ results: [FileResult]) -> String {
        var summary = Summary()
        var text = header()
        for (index, result) in results.enumerated() {
            summary.add(result)
            text += chunk(for: result, index: index)
        }
        return text + footer(summary)
    }
}

/// Counts for the end of a run.
public struct Summary: Sendable {
    public var files = 0
    public var filesWithErrors = 0
    public var errors = 0
    public var warnings = 0
    public var infos = 0
    public var unreadable = 0
    /// Files with at least one finding.
    public var filesWithFindings = 0
    /// Findings a baseline (`--baseline`) knew and so suppressed.
    public var suppressed = 0
    public var findingsByRule: [String: Int] = [:]
    /// Findings at warning or above, by rule: what the deliverability summary reads.
    public var warningsOrWorseByRule: [String: Int] = [:]
    /// The first `keptUnreadable` files that could not be checked, with why, for formats that list them in
    /// their footer (SARIF's tool notifications); `unreadable` counts them all.
    public var unreadableFiles: [UnreadableFile] = []
    public static let keptUnreadable = 100

    public struct UnreadableFile: Sendable, Hashable {
        public var path: String
        public var message: String

        public init(path: String, message: String) {
            self.path = path
            self.message = message
        }
    }

    public init() {}

    public mutating func add(_ result: FileResult) {
        files += 1
        if let error = result.error {
            unreadable += 1
            if unreadableFiles.count < Self.keptUnreadable {
                unreadableFiles.append(UnreadableFile(path: result.path, message: error))
            }
        }
        var hasError = false
        // A file has hundreds of findings from a few rules: count them per rule here, then add each rule's counts
        // to the String-keyed totals once.
        var ruleSlots = NameMap<Int>()
        var rules: [(id: String, findings: Int, warningsOrWorse: Int)] = []
        // By index, reading two fields: a `for in` copied every finding.
        let findings = result.findings
        for k in findings.indices {
            let severity = findings[k].severity
            switch severity {
            case .error: errors += 1; hasError = true
            case .warning: warnings += 1
            case .info: infos += 1
            }
            let id = findings[k].ruleID.rawValue
            let slot: Int
            if let known = ruleSlots[id] {
                slot = known
            } else {
                slot = rules.count
                ruleSlots.insert(slot, for: id)
                rules.append((id, 0, 0))
            }
            rules[slot].findings += 1
            if severity >= .warning { rules[slot].warningsOrWorse += 1 }
        }
        for rule in rules {
            findingsByRule[rule.id, default: 0] += rule.findings
            if rule.warningsOrWorse > 0 { warningsOrWorseByRule[rule.id, default: 0] += rule.warningsOrWorse }
        }
        if hasError { filesWithErrors += 1 }
        if !result.findings.isEmpty { filesWithFindings += 1 }
    }

    /// The rules with the most findings, most first (ties by id, so the order is stable).
    public func topRules(_ count: Int) -> [(rule: String, findings: Int)] {
        findingsByRule.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .prefix(count).map { (rule: $0.key, findings: $0.value) }
    }
}

/// Output format names, as `--format` takes them.
public enum ReportFormat: String, CaseIterable, Sendable {
    case text
    case json
    case sarif
    case junit
    case github
    case checkstyle
    case jsonl
    case handoff
    case reply
    case html

    /// `compatibility` gives the HTML report's matrix its client columns (the standard clients when nil).
    public func makeReporter(color: Bool, compatibility: CompatibilityTarget? = nil,
                             maxFindingsPerFile: Int = TextReporter.defaultMaxFindingsPerFile, previews: Bool = false) -> any Reporter {
        switch self {
        case .text: TextReporter(color: color, maxFindingsPerFile: maxFindingsPerFile)
        case .json: JSONReporter()
        case .sarif: SARIFReporter()
        case .junit: JUnitReporter()
        case .github: GitHubReporter()
        case .checkstyle: CheckstyleReporter()
        case .jsonl: JSONLinesReporter()
        case .handoff: HandoffReporter()
        case .reply: ReplyReporter()
        case .html: HTMLReporter(compatibility: compatibility ?? .standard, previews: previews)
        }
    }
}
