import Foundation
import MailproofKit

/// The body of `/api/check`, `/api/fix`, `/api/handoff`, `/api/reply` and `/api/preview`:
/// `{"html": "…", "filename"?: "…", "esp"?: "kit", "clients"?: ["outlook.*"] or "outlook.*,gmail.*", "kind"?: "form",
/// "client"?: "outlook.windows"}` (`client` for `/api/preview` only).
struct DocumentRequest: Sendable {
    static let defaultFilename = "template.html"
    static let longestFilename = 200

    var html: String
    /// Shown in reports and used for the file's extension (`.liquid`…); never a path on this machine.
    var filename: String
    var overrides: DocumentOverrides
    /// The one email app `/api/preview` shows the document in (a family.platform id).
    var client: String?

    /// Decodes and validates a body; anything malformed or unknown is one 400 line.
    init(json body: [UInt8]) throws(APIError) {
        let object: [String: Any]
        do {
            guard let parsed = try JSONSerialization.jsonObject(with: Data(body)) as? [String: Any] else {
                throw APIError.badRequest("the body must be a JSON object")
            }
            object = parsed
        } catch let error as APIError {
            throw error
        } catch {
            throw APIError.badRequest("the body is not valid JSON")
        }
        guard let html = object["html"] as? String else {
            throw APIError.badRequest("\"html\" is required: the template or signup form as a string")
        }
        self.html = html
        self.filename = try Self.filename(object["filename"])
        var overrides = DocumentOverrides()
        overrides.esp = try Self.choice(object["esp"], field: "esp")
        overrides.kind = try Self.choice(object["kind"], field: "kind")
        switch object["clients"] {
        case nil, is NSNull: break
        case let text as String:
            let patterns = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            if !patterns.isEmpty { overrides.clients = patterns }
        case let list as [Any]:
            let patterns = list.compactMap { $0 as? String }
            guard patterns.count == list.count else { throw APIError.badRequest("\"clients\" must be strings") }
            if !patterns.isEmpty { overrides.clients = patterns }
        default: throw APIError.badRequest("\"clients\" must be a string or a list of strings")
        }
        self.overrides = overrides
        switch object["client"] {
        case nil, is NSNull: client = nil
        case let id as String: client = id
        default: throw APIError.badRequest("\"client\" must be a string such as \"outlook.windows\"")
        }
    }

    /// One of a fixed set of names (an ESP profile, a kind); absent, null, "" and "auto" leave the configuration's.
    private static func choice<Choice: RawRepresentable & CaseIterable>(_ value: Any?, field: String) throws(APIError) -> Choice?
    where Choice.RawValue == String {
        switch value {
        case nil, is NSNull: return nil
        case let name as String where name.isEmpty || name == "auto": return nil
        case let name as String:
            guard let choice = Choice(rawValue: name) else {
                let known = Choice.allCases.map(\.rawValue).joined(separator: ", ")
                throw APIError.badRequest("unknown \(field) '\(name.prefix(40))' (\(known))")
            }
            return choice
        default:
            throw APIError.badRequest("\"\(field)\" must be a string")
        }
    }

    /// The last path component only, without control characters: a name chosen by the browser must not lead
    /// the server to another folder's configuration.
    private static func filename(_ value: Any?) throws(APIError) -> String {
        switch value {
        case nil, is NSNull: return defaultFilename
        case let name as String:
            let last = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
            let clean = String(last.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }.prefix(longestFilename))
            return clean.isEmpty || clean == "." || clean == ".." ? defaultFilename : clean
        default:
            throw APIError.badRequest("\"filename\" must be a string")
        }
    }
}

/// The per-request choices the page offers, applied on top of the server folder's configuration.
struct DocumentOverrides: Hashable, Sendable {
    var esp: ESPProfile?
    var kind: DocumentKind?
    var clients: [String]?
}
