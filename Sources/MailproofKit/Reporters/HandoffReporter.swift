/// `--format handoff`: a Markdown hand-off per file for customers (see `HandoffReport`), files separated by a rule.
struct HandoffReporter: Reporter {
    public init() {}

    public func header() -> String { "" }

    public func chunk(for result: FileResult, index: Int) -> String {
        let separator = index == 0 ? "" : "\n---\n\n"
        if let error = result.error {
            return separator + "# Your email: \(result.path)\n\nWe could not check this file: \(error)\n"
        }
        return separator + HandoffReport(checked: result).markdown
    }

    public func footer(_ summary: Summary) -> String { "" }
}
