/// `--format json`: one document for the run.
///
///     {"version":1,"files":[{"path":"a.html","error":null,"kind":"template","provider":null,"findings":[{"rule":"html-parse","severity":"error",
///      "message":"…","offset":120,"length":5,"line":4,"column":3,"endLine":4,"endColumn":8,"clients":[…],
///      "feature":null,"url":null,"fix":[{"offset":120,"length":5,"replacement":""}]}]}],
///      "summary":{"files":1,"errors":1,"warnings":0,"infos":0}}
public struct JSONReporter: Reporter {
    public init() {}

    public func header() -> String { "{\"version\":1,\"files\":[" }

    public func chunk(for result: FileResult, index: Int) -> String {
        var out = index == 0 ? "\n" : ",\n"
        out += "{\"path\":\(JSON.string(result.path)),\"error\":\(JSON.optionalString(result.error)),"
        out += "\"kind\":\(JSON.optionalString(result.kind?.rawValue)),"
        out += "\"provider\":\(JSON.optionalString(result.provider?.rawValue)),\"findings\":["
        // Compatibility findings repeat the same client list hundreds of times per file: write each list once.
        var clientLists: [[AffectedClient]: String] = [:]
        out += result.findings.map { finding in
            let clients: String
            if let cached = clientLists[finding.clients] {
                clients = cached
            } else {
                clients = Self.clients(finding.clients)
                clientLists[finding.clients] = clients
            }
            return Self.finding(finding, clientsJSON: clients)
        }.joined(separator: ",")
        out += "]}"
        return out
    }

    public func footer(_ summary: Summary) -> String {
        "\n],\"summary\":{\"files\":\(summary.files),\"errors\":\(summary.errors),\"warnings\":\(summary.warnings),\"infos\":\(summary.infos)}}\n"
    }

    static func clients(_ clients: [AffectedClient]) -> String {
        "[" + clients.map { client in
            "{\"id\":\(JSON.string(client.id)),\"name\":\(JSON.string(client.name)),\"support\":\(JSON.string(client.support)),\"notes\":[\(client.notes.map(String.init).joined(separator: ","))]}"
        }.joined(separator: ",") + "]"
    }

    static func finding(_ finding: Finding, clientsJSON: String? = nil) -> String {
        var out = "{\"rule\":\(JSON.string(finding.ruleID)),\"severity\":\"\(finding.severity.rawValue)\""
        out += ",\"message\":\(JSON.string(finding.message))"
        out += ",\"offset\":\(finding.range.start),\"length\":\(finding.range.length)"
        out += ",\"line\":\(finding.start.line),\"column\":\(finding.start.column)"
        out += ",\"endLine\":\(finding.end.line),\"endColumn\":\(finding.end.column)"
        out += ",\"clients\":" + (clientsJSON ?? clients(finding.clients))
        out += ",\"feature\":\(JSON.optionalString(finding.feature))"
        out += ",\"url\":\(JSON.optionalString(finding.url))"
        if finding.fix.isEmpty {
            out += ",\"fix\":null"
        } else {
            out += ",\"fix\":[" + finding.fix.map { edit in
                "{\"offset\":\(edit.range.start),\"length\":\(edit.range.length),\"replacement\":\(JSON.string(edit.replacement))}"
            }.joined(separator: ",") + "]"
        }
        return out + "}"
    }
}
