/// `--format github`: GitHub Actions workflow commands, one line per finding, which the runner turns into
/// annotations on the pull request: `::error file=PATH,line=L,col=C,endLine=EL,endColumn=EC,title=RULE::MESSAGE`
/// (`::warning` for warnings, `::notice` for infos). Escaped as @actions/core's `issueCommand` does: in the
/// message `%`, CR and LF; in property values also `:` and `,`.
struct GitHubReporter: Reporter {
    public init() {}

    public func header() -> String { "" }

    public func chunk(for result: FileResult, index: Int) -> String {
        var out = ""
        let file = Self.property(result.path)
        if let error = result.error {
            out += "::error file=\(file),title=mailproof::\(Self.data(error))\n"
        }
        for finding in result.findings {
            let command = switch finding.severity {
            case .error: "error"
            case .warning: "warning"
            case .info: "notice"
            }
            out += "::\(command) file=\(file),line=\(finding.start.line),col=\(finding.start.column)"
            out += ",endLine=\(finding.end.line),endColumn=\(finding.end.column),title=\(Self.property(finding.ruleID.rawValue))"
            out += "::\(Self.data(finding.message))\n"
        }
        return out
    }

    public func footer(_ summary: Summary) -> String { "" }

    /// `escapeData`: the message after `::`.
    static func data(_ value: String) -> String { escape(value, isProperty: false) }

    /// `escapeProperty`: a `key=value` property value, which also escapes the separators `:` and `,`.
    static func property(_ value: String) -> String { escape(value, isProperty: true) }

    private static func escape(_ value: String, isProperty: Bool) -> String {
        var out = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            case ":" where isProperty: out += "%3A"
            case "," where isProperty: out += "%2C"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
