import Dispatch
import Foundation
import MailproofKit

/// `mailproof lsp`: the Language Server Protocol (3.17) over standard input and output. Documents are checked
/// through the library's input path (the nearest `.mailproof.yml`, its template languages and kind), so the
/// editor and `mailproof check` agree; diagnostics are published for the changed document only, about 150 ms
/// after the last change. Nothing but protocol messages goes to standard output; logs go to standard error.
public final class LanguageServer: @unchecked Sendable {
    private let transport: LSPTransport
    /// Work on documents (checks, fixes) happens on this queue, one at a time, in arrival order.
    private let queue = DispatchQueue(label: "mailproof.lsp")
    private let debounce: DispatchTimeInterval
    private var documents: [String: OpenDocument] = [:]
    /// Each document's pending check, so a newer change cancels an older one.
    private var generation: [String: Int] = [:]
    private var resolver = ConfigurationResolver()
    private var overrides = ConfigurationResolver.Overrides()
    private var initialized = false
    private var shuttingDown = false

    struct OpenDocument {
        var uri: String
        var text: [UInt8]
        var version: Int
        var findings: [Finding] = []
        var lines: LineMap
        var linter: Linter?
    }

    public init(input: FileHandle = .standardInput, output: FileHandle = .standardOutput,
                debounceMilliseconds: Int = 150) {
        transport = LSPTransport(input: input, output: output)
        debounce = .milliseconds(debounceMilliseconds)
    }

    /// Serves until `exit`; returns the process exit code (0 after `shutdown`, 1 otherwise).
    public func run() -> Int32 {
        while let body = transport.read() {
            guard !body.isEmpty else { continue }
            guard let object = try? JSONSerialization.jsonObject(with: body) as? [String: Any] else {
                transport.send(["jsonrpc": "2.0", "id": NSNull(), "error": ["code": ErrorCode.parseError.rawValue, "message": "not a JSON object"]])
                continue
            }
            let method = object["method"] as? String
            // Request ids are numbers or strings; keep them as Swift values so they are echoed as they came.
            let id: Any? = (object["id"] as? String) ?? (object["id"] as? Int)
            if method == "exit" {
                queue.sync {}
                return shuttingDown ? 0 : 1
            }
            queue.sync { self.handle(method: method, id: id, params: object["params"]) }
        }
        return shuttingDown ? 0 : 1
    }

    // MARK: Dispatch

    private func handle(method: String?, id: Any?, params: Any?) {
        guard let method else {
            if id != nil { reply(id, error: .invalidRequest, "a request needs a method") }
            return
        }
        if !initialized, method != "initialize" {
            if id != nil { reply(id, error: .serverNotInitialized, "initialize first") }
            return
        }
        let params = params as? [String: Any] ?? [:]
        switch method {
        case "initialize":
            initialize(params)
            reply(id, result: capabilities)
        case "initialized", "$/cancelRequest", "$/setTrace", "workspace/didChangeConfiguration":
            break
        case "shutdown":
            shuttingDown = true
            reply(id, result: NSNull())
        case "textDocument/didOpen":
            guard let item = params["textDocument"] as? [String: Any], let uri = item["uri"] as? String,
                  let text = item["text"] as? String else { return }
            open(uri: uri, text: text, version: item["version"] as? Int ?? 0)
        case "textDocument/didChange":
            guard let document = params["textDocument"] as? [String: Any], let uri = document["uri"] as? String,
                  let changes = params["contentChanges"] as? [[String: Any]] else { return }
            change(uri: uri, changes: changes, version: document["version"] as? Int ?? 0)
        case "textDocument/didSave":
            if let uri = (params["textDocument"] as? [String: Any])?["uri"] as? String { schedule(uri) }
        case "textDocument/didClose":
            if let uri = (params["textDocument"] as? [String: Any])?["uri"] as? String {
                documents[uri] = nil
                transport.send(notification("textDocument/publishDiagnostics", ["uri": uri, "diagnostics": []]))
            }
        case "workspace/didChangeWatchedFiles":
            // A .mailproof.yml changed: read configurations afresh and check every open document again.
            resolver = ConfigurationResolver(overrides: overrides)
            for uri in documents.keys { documents[uri]?.linter = nil; schedule(uri) }
        case "textDocument/codeAction":
            reply(id, result: codeActions(params).map(\.json))
        case "textDocument/hover":
            reply(id, result: hover(params) ?? NSNull())
        case "textDocument/completion":
            reply(id, result: completion(params))
        default:
            if id != nil { reply(id, error: .methodNotFound, "unknown method \(method)") }
        }
    }

    private var capabilities: [String: Any] {
        ["capabilities": [
            "positionEncoding": "utf-16",
            "textDocumentSync": ["openClose": true, "change": 2, "save": ["includeText": false]],
            "codeActionProvider": ["codeActionKinds": ["quickfix", "source.fixAll.mailproof"]],
            "hoverProvider": true,
            "completionProvider": ["triggerCharacters": [":", " ", ";"]],
        ] as [String: Any],
         "serverInfo": ["name": "mailproof", "version": MailproofVersion.current]]
    }

    /// `initializationOptions` may set `clients`, `esp` and `preset` for every document.
    private func initialize(_ params: [String: Any]) {
        initialized = true
        let options = params["initializationOptions"] as? [String: Any] ?? [:]
        if let clients = options["clients"] as? [String] { overrides.clients = clients }
        if let clients = options["clients"] as? String { overrides.clients = clients.split(separator: ",").map(String.init) }
        overrides.esp = (options["esp"] as? String).flatMap(ESPProfile.init(rawValue:))
        overrides.preset = options["preset"] as? String
        resolver = ConfigurationResolver(overrides: overrides)
    }

    // MARK: Documents

    private func open(uri: String, text: String, version: Int) {
        let bytes = Array(text.utf8)
        documents[uri] = OpenDocument(uri: uri, text: bytes, version: version, lines: LineMap(bytes))
        schedule(uri)
    }

    private func change(uri: String, changes: [[String: Any]], version: Int) {
        guard var document = documents[uri] else { return }
        for change in changes {
            guard let text = change["text"] as? String else { continue }
            if let range = LSPRange(change["range"]) {
                let start = document.lines.offset(of: range.start)
                let end = max(start, document.lines.offset(of: range.end))
                document.text.replaceSubrange(start..<end, with: Array(text.utf8))
            } else {
                document.text = Array(text.utf8)
            }
            document.lines = LineMap(document.text)
        }
        document.version = version
        documents[uri] = document
        schedule(uri)
    }

    /// Checks the document once no change has come for the debounce interval.
    private func schedule(_ uri: String) {
        let ticket = (generation[uri] ?? 0) + 1
        generation[uri] = ticket
        queue.asyncAfter(deadline: .now() + debounce) { [weak self] in
            guard let self, self.generation[uri] == ticket else { return }
            self.check(uri)
        }
    }

    private func check(_ uri: String) {
        guard var document = documents[uri] else { return }
        let path = Self.path(of: uri)
        let linter: Linter
        if let cached = document.linter {
            linter = cached
        } else {
            switch resolver.resolve(forFile: path) {
            case .success(let resolved): linter = resolved.linter
            case .failure(let error):
                // A configuration that does not load is one diagnostic at the top, not a dead server.
                let diagnostic = Diagnostic(range: LSPRange(start: Position(line: 0, character: 0), end: Position(line: 0, character: 0)),
                                            severity: .error, code: "configuration", message: "\(error)")
                transport.send(notification("textDocument/publishDiagnostics", ["uri": uri, "version": document.version, "diagnostics": [diagnostic.json]]))
                return
            }
            document.linter = linter
        }
        let source: SourceFile
        do {
            source = try SourceFile(path: path, data: document.text)
        } catch {
            let diagnostic = Diagnostic(range: LSPRange(start: Position(line: 0, character: 0), end: Position(line: 0, character: 0)),
                                        severity: .error, code: "input", message: "\(error)")
            transport.send(notification("textDocument/publishDiagnostics", ["uri": uri, "version": document.version, "diagnostics": [diagnostic.json]]))
            return
        }
        document.findings = linter.lint(source)
        documents[uri] = document
        var diagnostics = document.findings.map { diagnostic(for: $0, in: document) }
        // Repeats of one finding (one feature used forty times): the first names where the others are, as the
        // text report does.
        var groups: [String: [Int]] = [:]
        for (k, finding) in document.findings.enumerated() {
            groups["\(finding.ruleID)|\(finding.feature ?? "")|\(finding.message)", default: []].append(k)
        }
        for members in groups.values where members.count > 1 {
            let first = members[0]
            diagnostics[first].related = members.dropFirst().prefix(10).map { (uri, diagnostics[$0].range, "the same problem here") }
        }
        transport.send(notification("textDocument/publishDiagnostics",
                                    ["uri": uri, "version": document.version, "diagnostics": diagnostics.map(\.json)]))
    }

    func diagnostic(for finding: Finding, in document: OpenDocument) -> Diagnostic {
        let severity: DiagnosticSeverity = switch finding.severity {
        case .error: .error
        case .warning: .warning
        case .info: .information
        }
        let href = finding.url ?? "https://github.com/mailproof/mailproof#rules"
        return Diagnostic(range: document.lines.range(finding.range.start, finding.range.end), severity: severity,
                          code: finding.ruleID.rawValue, message: finding.message, href: href)
    }

    static func path(of uri: String) -> String {
        guard uri.hasPrefix("file://") else { return "./untitled.html" }
        let path = String(uri.dropFirst(7))
        return path.removingPercentEncoding ?? path
    }

    // MARK: Replies

    private func reply(_ id: Any?, result: Any) {
        transport.send(["jsonrpc": "2.0", "id": id ?? NSNull(), "result": result])
    }

    private func reply(_ id: Any?, error: ErrorCode, _ message: String) {
        transport.send(["jsonrpc": "2.0", "id": id ?? NSNull(), "error": ["code": error.rawValue, "message": message]])
    }

    private func notification(_ method: String, _ params: [String: Any]) -> [String: Any] {
        ["jsonrpc": "2.0", "method": method, "params": params]
    }

    func document(_ params: [String: Any]) -> OpenDocument? {
        guard let uri = (params["textDocument"] as? [String: Any])?["uri"] as? String else { return nil }
        return documents[uri]
    }
}
