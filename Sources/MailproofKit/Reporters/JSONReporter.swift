/// `--format json`: one document for the run.
///
///     {"version":1,"files":[{"path":"a.html","error":null,"kind":"template","provider":null,"findings":[{"rule":"html-parse","severity":"error",
///      "message":"…","offset":120,"length":5,"line":4,"column":3,"endLine":4,"endColumn":8,"clients":[…],
///      "feature":null,"url":null,"fix":[{"offset":120,"length":5,"replacement":""}]}]}],
///      (a finding that suggests a snippet adds "snippet":{"name":"button","values":{"url":"…","label":"…"}})
///      "summary":{"files":1,"errors":1,"warnings":0,"infos":0}}
struct JSONReporter: Reporter {
    public init() {}

    public func header() -> String { "{\"version\":1,\"files\":[" }

    public func chunk(for result: FileResult, index: Int) -> String {
        String(decoding: chunkBytes(for: result, index: index), as: UTF8.self)
    }

    public func chunkBytes(for result: FileResult, index: Int) -> [UInt8] {
        // About 700 bytes a finding (the client lists are most of it): one buffer, rarely grown.
        var out = JSONBytes(capacity: 512 + result.findings.count * 720)
        out.raw(index == 0 ? "\n" : ",\n")
        out.raw("{\"path\":")
        out.string(result.path)
        out.raw(",\"error\":")
        out.optionalString(result.error)
        out.raw(",\"kind\":")
        out.optionalString(result.kind?.rawValue)
        out.raw(",\"provider\":")
        out.optionalString(result.provider?.rawValue)
        out.raw(",\"findings\":[")
        // Compatibility findings repeat the same client list hundreds of times per file: write each list once.
        // The lists are few per file and usually share storage, so a short linear search beats hashing them; a list
        // new to the file is usually known to the run (`ClientListJSON`).
        var clientLists: [(clients: [AffectedClient], json: JSONBytes)] = []
        for (position, finding) in result.findings.enumerated() {
            if position > 0 { out.raw(",") }
            if let cached = clientLists.first(where: { $0.clients == finding.clients }) {
                Self.finding(finding, clientsJSON: cached.json, into: &out)
            } else {
                let clients = ClientListJSON.shared.json(for: finding.clients)
                if clientLists.count < 64 { clientLists.append((finding.clients, clients)) }
                Self.finding(finding, clientsJSON: clients, into: &out)
            }
        }
        out.raw("]}")
        return out.takeBytes()
    }

    public func footer(_ summary: Summary) -> String {
        "\n],\"summary\":{\"files\":\(summary.files),\"errors\":\(summary.errors),\"warnings\":\(summary.warnings),\"infos\":\(summary.infos)}}\n"
    }

    static func clients(_ clients: [AffectedClient], into out: inout JSONBytes) {
        out.raw("[")
        for (position, client) in clients.enumerated() {
            out.raw(position == 0 ? "{\"id\":" : ",{\"id\":")
            out.string(client.id)
            out.raw(",\"name\":")
            out.string(client.name)
            out.raw(",\"support\":")
            out.string(client.support)
            out.raw(",\"notes\":[")
            for (k, note) in client.notes.enumerated() {
                if k > 0 { out.raw(",") }
                out.int(note)
            }
            out.raw("]}")
        }
        out.raw("]")
    }

    static func finding(_ finding: Finding) -> String {
        var out = JSONBytes()
        var clients = JSONBytes()
        Self.clients(finding.clients, into: &clients)
        Self.finding(finding, clientsJSON: clients, into: &out)
        return out.text
    }

    static func finding(_ finding: Finding, clientsJSON: JSONBytes, into out: inout JSONBytes) {
        out.raw("{\"rule\":")
        out.string(finding.ruleID.rawValue)
        out.raw(",\"severity\":\"")
        out.rawText(finding.severity.rawValue)
        out.raw("\",\"message\":")
        out.string(finding.message)
        out.raw(",\"offset\":")
        out.int(finding.range.start)
        out.raw(",\"length\":")
        out.int(finding.range.length)
        out.raw(",\"line\":")
        out.int(finding.start.line)
        out.raw(",\"column\":")
        out.int(finding.start.column)
        out.raw(",\"endLine\":")
        out.int(finding.end.line)
        out.raw(",\"endColumn\":")
        out.int(finding.end.column)
        out.raw(",\"clients\":")
        out.raw(clientsJSON)
        out.raw(",\"feature\":")
        out.optionalString(finding.feature)
        out.raw(",\"url\":")
        out.optionalString(finding.url)
        out.raw(",\"impact\":")
        out.optionalString(finding.impact?.rawValue)
        if finding.fix.isEmpty {
            out.raw(",\"fix\":null")
        } else {
            out.raw(",\"fix\":[")
            for (k, edit) in finding.fix.enumerated() {
                out.raw(k == 0 ? "{\"offset\":" : ",{\"offset\":")
                out.int(edit.range.start)
                out.raw(",\"length\":")
                out.int(edit.range.length)
                out.raw(",\"replacement\":")
                out.string(edit.replacement)
                out.raw("}")
            }
            out.raw("]")
        }
        // Present only when a check suggests a snippet, so reports without one keep their shape.
        if let snippet = finding.snippet {
            out.raw(",\"snippet\":{\"name\":")
            out.string(snippet.name)
            out.raw(",\"values\":{")
            for (k, value) in snippet.values.enumerated() {
                if k > 0 { out.raw(",") }
                out.string(value.name)
                out.raw(":")
                out.string(value.value)
            }
            out.raw("}}")
        }
        out.raw("}")
    }
}
