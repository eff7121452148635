/// `--format jsonl`: JSON Lines, one object per finding, written as each file finishes, for batches too large to
/// hold one JSON document. Each line is `{"path":…}` followed by the fields of a `--format json` finding; a file
/// that could not be checked is one line `{"path":…,"error":…}`. No header, no summary line: count the lines
/// (or use `--format json` for totals).
struct JSONLinesReporter: Reporter {
    public init() {}

    public func header() -> String { "" }

    public func chunk(for result: FileResult, index: Int) -> String {
        String(decoding: chunkBytes(for: result, index: index), as: UTF8.self)
    }

    public func chunkBytes(for result: FileResult, index: Int) -> [UInt8] {
        var path = JSONBytes()
        path.string(result.path)
        var out = JSONBytes(capacity: 256 + result.findings.count * 400)
        if let error = result.error {
            out.raw("{\"path\":")
            out.raw(path)
            out.raw(",\"error\":")
            out.string(error)
            out.raw("}\n")
        }
        for finding in result.findings {
            var clients = JSONBytes()
            JSONReporter.clients(finding.clients, into: &clients)
            var object = JSONBytes()
            JSONReporter.finding(finding, clientsJSON: clients, into: &object)
            // A JSON finding is an object: splice the path in after its opening brace.
            out.raw("{\"path\":")
            out.raw(path)
            out.raw(",")
            out.raw(object, droppingFirst: 1)
            out.raw("\n")
        }
        return out.takeBytes()
    }

    public func footer(_ summary: Summary) -> String { "" }
}
