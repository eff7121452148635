/// Findings as a JSON array in the `--format json` encoding, for answers that list findings outside a report
/// (the server's fix answer: what was corrected, what was refused).
public enum FindingJSON {
    public static func array(_ findings: [Finding]) -> String {
        "[" + findings.map { JSONReporter.finding($0) }.joined(separator: ",") + "]"
    }

    /// A string as a JSON string literal, escaped as the reporters escape it.
    public static func string(_ text: String) -> String { JSON.string(text) }
}
