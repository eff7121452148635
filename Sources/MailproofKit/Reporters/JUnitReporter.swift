/// `--format junit`: JUnit XML for CI test report views (Jenkins, GitLab, Azure). One `<testsuite>` for the run,
/// one `<testcase>` per checked file, one `<failure>` per error-level finding (warnings and infos do not fail a
/// test case), an `<error>` for a file that could not be checked.
///
/// JUnit puts the counts (`tests`, `failures`, `errors`) in the opening tags, before the test cases, so this is
/// the one format that cannot stream: each file's test case is kept (as its finished XML text, a few hundred
/// bytes for a clean file) and everything is written by the footer. `failures` counts test cases with a failure,
/// `errors` those that could not be checked.
struct JUnitReporter: Reporter {
    public init() {}

    private final class Buffer {
        var testcases = ""
    }

    private let buffer = Buffer()

    public var rendersConcurrently: Bool { false }

    public func header() -> String { "" }

    public func chunk(for result: FileResult, index: Int) -> String {
        let name = XML.attribute(result.path)
        var out = "    <testcase classname=\"mailproof\" name=\"\(name)\""
        let errors = result.findings.filter { $0.severity == .error }
        if result.error == nil && errors.isEmpty {
            buffer.testcases += out + "/>\n"
            return ""
        }
        out += ">\n"
        if let error = result.error {
            out += "      <error message=\"\(XML.attribute(error))\" type=\"unreadable\">\(XML.text(error))</error>\n"
        }
        for finding in errors {
            out += "      <failure message=\"\(XML.attribute(finding.message))\" type=\"\(XML.attribute(finding.ruleID.rawValue))\">"
            out += XML.text("\(result.path):\(finding.start.line):\(finding.start.column): \(finding.message) (\(finding.ruleID))")
            out += "</failure>\n"
        }
        buffer.testcases += out + "    </testcase>\n"
        return ""
    }

    public func footer(_ summary: Summary) -> String {
        let counts = "tests=\"\(summary.files)\" failures=\"\(summary.filesWithErrors)\" errors=\"\(summary.unreadable)\""
        let testcases = buffer.testcases
        buffer.testcases = ""
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"mailproof\" \(counts)>\n"
            + "  <testsuite name=\"mailproof\" \(counts)>\n" + testcases + "  </testsuite>\n</testsuites>\n"
    }
}
