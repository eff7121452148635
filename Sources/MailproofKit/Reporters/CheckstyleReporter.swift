/// `--format checkstyle`: Checkstyle 4.3 XML, which GitLab (via converters), Jenkins' Warnings NG and many
/// review tools read. One `<file>` per checked file, one `<error>` per finding (severity `error`, `warning` or
/// `info`, source `mailproof.RULE`); a file that could not be checked gets one error with source
/// `mailproof.unreadable` and no line.
struct CheckstyleReporter: Reporter {
    public init() {}

    public func header() -> String { "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n" }

    public func chunk(for result: FileResult, index: Int) -> String {
        var out = "<file name=\"\(XML.attribute(result.path))\">\n"
        if let error = result.error {
            out += "<error severity=\"error\" message=\"\(XML.attribute(error))\" source=\"mailproof.unreadable\"/>\n"
        }
        for finding in result.findings {
            out += "<error line=\"\(finding.start.line)\" column=\"\(finding.start.column)\" severity=\"\(finding.severity.rawValue)\""
            out += " message=\"\(XML.attribute(finding.message))\" source=\"mailproof.\(XML.attribute(finding.ruleID.rawValue))\"/>\n"
        }
        return out + "</file>\n"
    }

    public func footer(_ summary: Summary) -> String { "</checkstyle>\n" }
}
