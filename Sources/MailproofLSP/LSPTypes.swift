/// The protocol's types that mailproof sends and reads, typed on our side and turned into JSON at the edge.
protocol JSONValueConvertible {
    var json: Any { get }
}

struct Position: Equatable, JSONValueConvertible {
    /// Zero-based line.
    var line: Int
    /// Zero-based, in UTF-16 code units, as the protocol requires.
    var character: Int

    var json: Any { ["line": line, "character": character] }

    init(line: Int, character: Int) {
        self.line = line
        self.character = character
    }

    init?(_ value: Any?) {
        guard let object = value as? [String: Any], let line = object["line"] as? Int, let character = object["character"] as? Int else { return nil }
        self.init(line: line, character: character)
    }
}

struct LSPRange: Equatable, JSONValueConvertible {
    var start: Position
    var end: Position

    var json: Any { ["start": start.json, "end": end.json] }

    init(start: Position, end: Position) {
        self.start = start
        self.end = end
    }

    init?(_ value: Any?) {
        guard let object = value as? [String: Any], let start = Position(object["start"]), let end = Position(object["end"]) else { return nil }
        self.init(start: start, end: end)
    }

    func overlaps(_ other: LSPRange) -> Bool {
        !(end.line < other.start.line || (end.line == other.start.line && end.character < other.start.character)
            || other.end.line < start.line || (other.end.line == start.line && other.end.character < start.character))
    }
}

struct LSPTextEdit: JSONValueConvertible {
    var range: LSPRange
    var newText: String
    var json: Any { ["range": range.json, "newText": newText] }
}

enum DiagnosticSeverity: Int {
    case error = 1, warning = 2, information = 3, hint = 4
}

struct Diagnostic: JSONValueConvertible {
    var range: LSPRange
    var severity: DiagnosticSeverity
    var code: String
    var message: String
    var href: String?
    var related: [(uri: String, range: LSPRange, message: String)] = []

    var json: Any {
        var object: [String: Any] = ["range": range.json, "severity": severity.rawValue, "code": code,
                                     "source": "mailproof", "message": message]
        if let href { object["codeDescription"] = ["href": href] }
        if !related.isEmpty {
            object["relatedInformation"] = related.map { ["location": ["uri": $0.uri, "range": $0.range.json], "message": $0.message] }
        }
        return object
    }
}

struct CodeAction: JSONValueConvertible {
    var title: String
    var kind: String
    var edits: [LSPTextEdit]
    var uri: String
    var diagnostics: [Diagnostic] = []
    var isPreferred = false

    var json: Any {
        var object: [String: Any] = ["title": title, "kind": kind,
                                     "edit": ["changes": [uri: edits.map(\.json)]]]
        if !diagnostics.isEmpty { object["diagnostics"] = diagnostics.map(\.json) }
        if isPreferred { object["isPreferred"] = true }
        return object
    }
}

/// JSON-RPC error codes the server answers with.
enum ErrorCode: Int {
    case parseError = -32700
    case invalidRequest = -32600
    case methodNotFound = -32601
    case serverNotInitialized = -32002
}
