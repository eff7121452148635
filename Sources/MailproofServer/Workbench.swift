import Foundation
import MailproofKit

/// The server's front end on the library's input path, as the language server's is: a pasted document is
/// checked, fixed and explained with the linter `mailproof check -` would use in the server's folder (its
/// `.mailproof.yml`), with the page's choices (ESP, clients, kind) as overrides. Nothing is read from or
/// written to disk per request, and nothing a customer sent is kept once the answer is built.
final class Workbench: @unchecked Sendable {
    /// Linters by override set; a browser can ask for any client list, so the cache is bounded.
    static let cachedLinters = 32

    let workingDirectory: String
    let snippets: SnippetCatalogue
    private let lock = NSLock()
    private var resolvers: [DocumentOverrides: ConfigurationResolver] = [:]

    /// Reads the folder's configuration once for its snippet folders; a configuration that does not load
    /// stops the server before it starts, as it stops `mailproof check`.
    init(workingDirectory: String) throws {
        self.workingDirectory = workingDirectory
        var catalogue = try SnippetCatalogue.builtIn()
        let resolved = try ConfigurationResolver().resolve(forFile: PathName.join(workingDirectory, DocumentRequest.defaultFilename)).get()
        for folder in resolved.configuration.templateFolders { try catalogue.add(folder: folder) }
        snippets = catalogue
    }

    /// The linter for a request's choices; a client list that names nothing known is the caller's error.
    func linter(for overrides: DocumentOverrides) throws(APIError) -> Linter {
        let resolution: Result<ConfigurationResolver.Resolved, ConfigurationError> = lock.withLock {
            let resolver: ConfigurationResolver
            if let cached = resolvers[overrides] {
                resolver = cached
            } else {
                if resolvers.count >= Self.cachedLinters { resolvers.removeAll() }
                resolver = ConfigurationResolver(overrides: .init(clients: overrides.clients, kind: overrides.kind, esp: overrides.esp))
                resolvers[overrides] = resolver
            }
            // Every document is resolved as if it were in the server's folder, whatever it is called.
            return resolver.resolve(forFile: PathName.join(workingDirectory, DocumentRequest.defaultFilename))
        }
        switch resolution {
        case .success(let resolved): return resolved.linter
        case .failure(let error): throw APIError.badRequest("\(error)")
        }
    }

    /// One document checked as `mailproof check` checks a file; a document that cannot be decoded comes back
    /// with its `error` set, as in the command's report.
    func check(_ request: DocumentRequest) throws(APIError) -> FileResult {
        let linter = try linter(for: request.overrides)
        return CheckRunner.check(CheckInput(path: request.filename, bytes: Array(request.html.utf8), linter: linter))
    }

    /// The document as `mailproof fix` corrects it (and, when asked, the hand-off of what changed).
    func fix(_ request: DocumentRequest, handoff: Bool) throws(APIError) -> (source: SourceFile, outcome: FixPipeline.Outcome) {
        let linter = try linter(for: request.overrides)
        let source: SourceFile
        do {
            source = try SourceFile(path: request.filename, data: Array(request.html.utf8))
        } catch {
            throw APIError(.unprocessableContent, "\(error)")
        }
        return (source, FixPipeline(handoff: handoff).run(source, linter: linter))
    }

    /// What one email app keeps of the document, as `mailproof preview --client ID` writes it.
    func preview(_ request: DocumentRequest, client: String) throws(APIError) -> ClientPreview {
        let linter = try linter(for: request.overrides)
        let database = linter.settings.compatibility.database
        guard let id = ClientID(client), database.clients.contains(id) else {
            throw APIError.badRequest("unknown client '\(client.prefix(60))'; GET /api/options lists the ids (e.g. outlook.windows)")
        }
        let source: SourceFile
        do {
            source = try SourceFile(path: request.filename, data: Array(request.html.utf8))
        } catch {
            throw APIError(.unprocessableContent, "\(error)")
        }
        return ClientPreview(document: Document.parse(source, languages: linter.settings.templateLanguages), client: id, database: database)
    }
}
