/// `--format jsonl`: JSON Lines, one object per finding, written as each file finishes, for batches too large to
/// hold one JSON document. Each line is `{"path":…}` followed by the fields of a `--format json` finding; a file
/// that could not be checked is one line `{"path":…,"error":…}`. No header, no summary line: count the lines
/// (or use `--format json` for totals).
struct JSONLinesReporter: Reporter {
    public init() {}

    public func header() -> String { "" }

    public func chunk(for result: FileResult, index: Int) -> String {
        let path = JSON.string(result.path)
        var out = ""
        if let error = result.error {
            out += "{\"path\":\(path),\"error\":\(JSON.string(error))}\n"
        }
        for finding in result.findings {
            // A JSON finding is an object: splice the path in after its opening brace.
            out += "{\"path\":\(path)," + JSONReporter.finding(finding).dropFirst() + "\n"
        }
        return out
    }

    public func footer(_ summary: Summary) -> String { "" }
}
