#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension MailproofVersion {
    /// The tool's home page, as SARIF's `tool.driver.informationUri` and other CI formats name it.
    public static let informationURI = "https://github.com/mailproof/mailproof"
}

/// `--format sarif`: SARIF 2.1.0, as GitHub code scanning (`github/codeql-action/upload-sarif`) accepts it.
/// One run: the driver with every registered rule, one result per finding (streamed as files finish), and an
/// invocation whose notifications name the files that could not be checked. Columns count Unicode scalars
/// (`columnKind: unicodeCodePoints`) and are 1-based, as in every finding; regions also carry byte offsets.
struct SARIFReporter: Reporter {
    /// Absolute paths under this folder become relative artifact URIs.
    public var workingDirectory: String
    /// The rules listed in `tool.driver.rules` (results point into it with `ruleIndex`): every registered rule.
    public var rules: [RuleDescription]
    private let ruleIndex: [String: Int]

    public init(workingDirectory: String? = nil, rules: [RuleDescription] = RuleRegistry.all.map { $0.description }) {
        self.workingDirectory = workingDirectory ?? PathName.absolute(".")
        self.rules = rules
        var index: [String: Int] = [:]
        for (position, rule) in rules.enumerated() where index[rule.id.rawValue] == nil { index[rule.id.rawValue] = position }
        ruleIndex = index
    }

    public func header() -> String {
        var out = "{\"$schema\":\"https://json.schemastore.org/sarif-2.1.0.json\",\"version\":\"2.1.0\",\"runs\":[{"
        out += "\"tool\":{\"driver\":{\"name\":\"mailproof\",\"version\":\(JSON.string(MailproofVersion.current))"
        out += ",\"informationUri\":\(JSON.string(MailproofVersion.informationURI)),\"rules\":["
        out += rules.map(Self.rule).joined(separator: ",")
        out += "]}},\"columnKind\":\"unicodeCodePoints\",\"results\":["
        return out
    }

    static func rule(_ rule: RuleDescription) -> String {
        var out = "\n{\"id\":\(JSON.string(rule.id.rawValue))"
        out += ",\"shortDescription\":{\"text\":\(JSON.string(rule.title))}"
        out += ",\"fullDescription\":{\"text\":\(JSON.string(rule.rationale))}"
        out += ",\"help\":{\"text\":\(JSON.string("Run `mailproof explain \(rule.id)` for the reasoning, sources and examples. Sources: \(rule.source)"))}"
        out += ",\"helpUri\":\(JSON.string(helpURI(rule)))"
        out += ",\"defaultConfiguration\":{\"level\":\"\(level(rule.defaultSeverity))\",\"enabled\":\(!rule.isOptIn)}"
        out += ",\"properties\":{\"tags\":[\(JSON.string(rule.category.rawValue))]}}"
        return out
    }

    /// The caniemail page for client support, otherwise the first web address the rule's sources name, otherwise
    /// the project's page.
    static func helpURI(_ rule: RuleDescription) -> String {
        if rule.id == .clientSupport { return "https://www.caniemail.com" }
        if let start = rule.source.range(of: "https://") {
            let url = rule.source[start.lowerBound...].prefix { !$0.isWhitespace && $0 != ")" && $0 != ";" && $0 != "," && $0 != "\"" }
            if url.count > "https://".count { return String(url) }
        }
        return MailproofVersion.informationURI
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    /// The "," between results depends on what came before.
    public var rendersConcurrently: Bool { false }

    public func chunk(for result: FileResult, index: Int) -> String {
        guard !result.findings.isEmpty else { return "" }
        let location = "{\"uri\":\(JSON.string(artifactURI(result.path)))}"
        var out = ""
        for finding in result.findings {
            out += state.wroteResult ? ",\n" : "\n"
            state.wroteResult = true
            out += self.result(finding, location: location)
        }
        return out
    }

    /// Whether a result was written: the results of all files form one array, and files without findings
    /// write nothing, so the "," between results depends on what came before.
    private final class State {
        var wroteResult = false
    }

    private let state = State()

    private func result(_ finding: Finding, location: String) -> String {
        var out = "{\"ruleId\":\(JSON.string(finding.ruleID.rawValue))"
        if let index = ruleIndex[finding.ruleID.rawValue] { out += ",\"ruleIndex\":\(index)" }
        out += ",\"level\":\"\(Self.level(finding.severity))\",\"message\":{\"text\":\(JSON.string(finding.message))}"
        out += ",\"locations\":[{\"physicalLocation\":{\"artifactLocation\":\(location),\"region\":{"
        out += "\"startLine\":\(finding.start.line),\"startColumn\":\(finding.start.column)"
        out += ",\"endLine\":\(finding.end.line),\"endColumn\":\(finding.end.column)"
        out += ",\"byteOffset\":\(finding.range.start),\"byteLength\":\(finding.range.length)}}}]"
        if let impact = finding.impact {
            out += ",\"properties\":{\"impact\":\"\(impact.rawValue)\""
            if let feature = finding.feature { out += ",\"feature\":\(JSON.string(feature))" }
            out += "}"
        }
        if !finding.fix.isEmpty {
            out += ",\"fixes\":[{\"artifactChanges\":[{\"artifactLocation\":\(location),\"replacements\":["
            out += finding.fix.map { edit in
                "{\"deletedRegion\":{\"byteOffset\":\(edit.range.start),\"byteLength\":\(edit.range.length)},\"insertedContent\":{\"text\":\(JSON.string(edit.replacement))}}"
            }.joined(separator: ",")
            out += "]}]}]"
        }
        return out + "}"
    }

    public func footer(_ summary: Summary) -> String {
        var out = "\n],\"invocations\":[{\"executionSuccessful\":\(summary.unreadable == 0)"
        if summary.unreadable > 0 {
            var notifications = summary.unreadableFiles.map { file in
                "\n{\"level\":\"error\",\"message\":{\"text\":\(JSON.string(file.message))},\"locations\":[{\"physicalLocation\":{\"artifactLocation\":{\"uri\":\(JSON.string(artifactURI(file.path)))}}}]}"
            }
            let omitted = summary.unreadable - summary.unreadableFiles.count
            if omitted > 0 {
                notifications.append("\n{\"level\":\"error\",\"message\":{\"text\":\"\(omitted) more file\(omitted == 1 ? "" : "s") could not be checked\"}}")
            }
            out += ",\"toolExecutionNotifications\":[" + notifications.joined(separator: ",") + "]"
        }
        return out + "}]}]}\n"
    }

    /// The path as a URI reference: relative to the working directory where it can be, percent-encoded.
    func artifactURI(_ path: String) -> String {
        if path.hasPrefix("/") {
            let absolute = PathName.absolute(path)
            let relative = PathName.relative(absolute, to: workingDirectory)
            return relative.hasPrefix("/") ? "file://" + Self.percentEncoded(absolute) : Self.percentEncoded(relative)
        }
        var relative = Substring(path)
        while relative.hasPrefix("./") {
            relative = relative.dropFirst(2).drop { $0 == "/" }
        }
        return Self.percentEncoded(String(relative))
    }

    /// RFC 3986: every byte but unreserved characters and "/" as %XX (so spaces, "#", "?", ":" cannot change
    /// the meaning of the reference).
    static func percentEncoded(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                 UInt8(ascii: "~"), UInt8(ascii: "/"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        return out
    }
}
