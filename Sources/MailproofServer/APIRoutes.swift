import Foundation
import Hummingbird
import MailproofKit

/// The JSON API the page uses and a team's own tools can call (described in openapi.yaml). Answers reuse the
/// command line's encodings: `/api/check` is `mailproof check --format json` for one document, findings in
/// `/api/fix` are encoded the same way, `/api/snippets` is `mailproof snippet list --format json`.
struct APIRoutes: Sendable {
    let workbench: Workbench
    let maxBodySize: Int
    let workers = CheckWorkers.shared

    func register(on router: Router<BasicRequestContext>) {
        router.get("/healthz") { _, _ in
            JSONResponse.make(JSONResponse.object(["status": "\"ok\"", "version": FindingJSON.string(MailproofVersion.current)]))
        }
        router.get("/api/options") { _, _ in options() }
        // The documents are worked on by CheckWorkers, in the order the requests came; the answer's JSON is
        // written there too.
        router.post("/api/check") { request, context in
            let document = try await document(request, context)
            return JSONResponse.make(try await workers.run {
                ReportFormat.json.makeReporter(color: false).report([try workbench.check(document)])
            })
        }
        router.post("/api/fix") { request, context in
            let document = try await document(request, context)
            return JSONResponse.make(try await workers.run { try fix(document) })
        }
        router.post("/api/handoff") { request, context in
            let document = try await document(request, context)
            return JSONResponse.make(try await workers.run {
                let (_, outcome) = try workbench.fix(document, handoff: true)
                return JSONResponse.object([
                    "path": FindingJSON.string(document.filename),
                    "markdown": FindingJSON.string(outcome.handoff ?? ""),
                ])
            })
        }
        router.post("/api/reply") { request, context in
            let document = try await document(request, context)
            return JSONResponse.make(try await workers.run {
                let result = try workbench.check(document)
                let text = result.error.map { "I could not read this file: \($0)\n" } ?? ChatReply(checked: result).text
                return JSONResponse.object([
                    "path": FindingJSON.string(document.filename),
                    "text": FindingJSON.string(text),
                ])
            })
        }
        router.post("/api/preview") { request, context in
            let document = try await document(request, context)
            guard let client = document.client else { throw APIError.badRequest("\"client\" is required: the email app, such as \"outlook.windows\"") }
            return JSONResponse.make(try await workers.run {
                let preview = try workbench.preview(document, client: client)
                let actions = Set(preview.transformations.map(\.action)).sorted().map(FindingJSON.string).joined(separator: ",")
                return JSONResponse.object([
                    "client": FindingJSON.string(preview.client.description),
                    "name": FindingJSON.string(preview.clientName),
                    "html": FindingJSON.string(String(decoding: preview.bytes, as: UTF8.self)),
                    "changes": String(preview.transformations.count),
                    "actions": "[\(actions)]",
                ])
            })
        }
        router.get("/api/snippets") { _, _ in
            JSONResponse.make(SnippetListing.json(workbench.snippets))
        }
        router.post("/api/snippets/{name}") { request, context in
            try await snippet(named: context.parameters.get("name") ?? "", request, context)
        }
    }

    // MARK: Handlers

    /// `mailproof fix` for one document: the corrected code, the unified diff `fix --diff` prints, and the
    /// findings corrected and refused (located in the code as sent).
    private func fix(_ document: DocumentRequest) throws -> String {
        let (source, outcome) = try workbench.fix(document, handoff: false)
        let code = String(decoding: outcome.bytes, as: UTF8.self)
        let diff = outcome.changed ? UnifiedDiff.make(old: source.bytes, new: outcome.bytes, path: document.filename) : ""
        return JSONResponse.object([
            "path": FindingJSON.string(document.filename),
            "changed": outcome.changed ? "true" : "false",
            "edits": String(outcome.edits),
            "settled": outcome.fixer.settled ? "true" : "false",
            "code": FindingJSON.string(code),
            "diff": FindingJSON.string(diff),
            "fixed": FindingJSON.array(outcome.fixer.fixed),
            "refused": FindingJSON.array(outcome.fixer.refused),
        ])
    }

    /// `mailproof snippet NAME --set …`: body `{"values": {"url": "…"}, "annotate"?: true}`.
    private func snippet(named name: String, _ request: Request, _ context: BasicRequestContext) async throws -> Response {
        let body = try await Self.collect(request, limit: maxBodySize)
        let object: [String: Any]
        if body.isEmpty {
            object = [:]
        } else {
            guard let parsed = try? JSONSerialization.jsonObject(with: Data(body)) as? [String: Any] else {
                throw APIError.badRequest("the body must be a JSON object such as {\"values\": {\"url\": \"https://…\"}}")
            }
            object = parsed
        }
        var values: [String: String] = [:]
        if let given = object["values"] {
            guard let mapping = given as? [String: Any] else { throw APIError.badRequest("\"values\" must be an object of strings") }
            for (key, value) in mapping {
                switch value {
                case let text as String: values[key] = text
                case let number as NSNumber: values[key] = number.stringValue
                default: throw APIError.badRequest("\"values\".\(key.prefix(40)) must be a string")
                }
            }
        }
        let snippet: Snippet
        do {
            snippet = try workbench.snippets.snippet(named: name)
        } catch {
            throw APIError(.notFound, "\(error)")
        }
        do {
            let code = try SnippetRenderer.render(snippet, values: values, annotate: object["annotate"] as? Bool ?? false)
            return JSONResponse.make(JSONResponse.object(["name": FindingJSON.string(snippet.name), "code": FindingJSON.string(code)]))
        } catch {
            throw APIError.badRequest("\(error)")
        }
    }

    /// What the page's menus offer: ESP profiles, client presets, kinds and the email apps a preview can show.
    private func options() -> Response {
        let esp = ESPProfile.allCases.map { FindingJSON.string($0.rawValue) }.joined(separator: ",")
        let presets = ClientPreset.builtIn.map { preset in
            JSONResponse.object(["name": FindingJSON.string(preset.name), "summary": FindingJSON.string(preset.summary)])
                .trimmingCharacters(in: .newlines)
        }.joined(separator: ",")
        let kinds = DocumentKind.allCases.map { FindingJSON.string($0.rawValue) }.joined(separator: ",")
        let database = CompatDatabase.embedded
        let clients = database.clients.map { id in
            JSONResponse.object(["id": FindingJSON.string(id.description), "name": FindingJSON.string(database.displayName(of: id))])
                .trimmingCharacters(in: .newlines)
        }.joined(separator: ",")
        return JSONResponse.make(JSONResponse.object(["esp": "[\(esp)]", "presets": "[\(presets)]", "kinds": "[\(kinds)]",
                                                      "clients": "[\(clients)]"]))
    }

    // MARK: Bodies

    private func document(_ request: Request, _ context: BasicRequestContext) async throws -> DocumentRequest {
        try DocumentRequest(json: try await Self.collect(request, limit: maxBodySize))
    }

    /// The body, refused before it is read when its declared length is over the limit, and while it is read
    /// once it passes the limit.
    static func collect(_ request: Request, limit: Int) async throws -> [UInt8] {
        if let declared = request.headers[.contentLength].flatMap(Int.init), declared > limit {
            throw APIError(.contentTooLarge, "the request body is over \(limit) bytes")
        }
        do {
            let buffer = try await request.body.collect(upTo: limit)
            return Array(buffer.readableBytesView)
        } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
            // Hummingbird's error for a body that passed the limit while it was read.
            throw APIError(.contentTooLarge, "the request body is over \(limit) bytes")
        }
    }
}
