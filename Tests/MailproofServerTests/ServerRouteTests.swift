import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
@testable import MailproofServer
import Testing

/// The routes, status codes, headers, limits and token of `mailproof serve`, driven in process through
/// Hummingbird's router test client (no socket).
@Suite("mailproof serve routes")
struct ServerRouteTests {
    static let template = """
        <html><body><table><tr><td style="background:#c2410c;border-radius:6px">\
        <a href="https://example.com/sale" style="color:#ffffff">Buy now</a></td></tr></table>\
        <img src="https://example.com/a.png"></body></html>
        """

    func application(token: String? = nil, maxBodySize: Int = ServerConfiguration.defaultMaxBodySize) throws -> some ApplicationProtocol {
        let directory = FileManager.default.temporaryDirectory.path
        let server = try WorkbenchServer(configuration: ServerConfiguration(token: token, maxBodySize: maxBodySize, workingDirectory: directory))
        return server.application(onRunning: { _ in })
    }

    static func body(_ object: [String: Any]) throws -> ByteBuffer {
        ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: object))
    }

    static func json(_ response: TestResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any])
    }

    @Test("check answers the check --format json document for the pasted template")
    func check() async throws {
        try await application().test(.router) { client in
            try await client.execute(uri: "/api/check", method: .post, body: try Self.body(["html": Self.template, "filename": "sale.html"])) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/json; charset=utf-8")
                let report = try Self.json(response)
                #expect(report["version"] as? Int == 1)
                let file = try #require((report["files"] as? [[String: Any]])?.first)
                #expect(file["path"] as? String == "sale.html")
                let findings = try #require(file["findings"] as? [[String: Any]])
                #expect(findings.contains { $0["rule"] as? String == "img-alt" })
                // The rounded button cell suggests the button snippet, with the customer's own values.
                let snippet = try #require(findings.compactMap { $0["snippet"] as? [String: Any] }.first)
                #expect(snippet["name"] as? String == "button")
                let values = try #require(snippet["values"] as? [String: String])
                #expect(values["url"] == "https://example.com/sale")
                #expect(values["background"] == "#c2410c")
                #expect((report["summary"] as? [String: Any])?["files"] as? Int == 1)
            }
        }
    }

    @Test("the page's choices reach the linter: esp, kind and clients")
    func overrides() async throws {
        try await application().test(.router) { client in
            let body = try Self.body(["html": "<form action=\"https://app.kit.com/forms/1/subscriptions\" method=\"post\"><input name=\"email_address\"></form>",
                                      "kind": "form", "esp": "kit", "clients": "outlook.windows"])
            try await client.execute(uri: "/api/check", method: .post, body: body) { response in
                #expect(response.status == .ok)
                let file = try #require((try Self.json(response)["files"] as? [[String: Any]])?.first)
                #expect(file["kind"] as? String == "form")
            }
            for (field, value) in [("esp", "sendgrid"), ("kind", "poster"), ("clients", "nosuchclient.*")] {
                try await client.execute(uri: "/api/check", method: .post, body: try Self.body(["html": "<p>x</p>", field: value])) { response in
                    #expect(response.status == .badRequest)
                    let error = try Self.json(response)["error"] as? String
                    #expect(error?.isEmpty == false)
                }
            }
        }
    }

    @Test("fix answers the corrected code, the diff and what was corrected, leaving everything else as sent")
    func fix() async throws {
        try await application().test(.router) { client in
            let html = "<html><body>{{ first_name }}<img src=\"https://example.com/a.png\"></body></html>"
            try await client.execute(uri: "/api/fix", method: .post, body: try Self.body(["html": html, "filename": "a.liquid"])) { response in
                #expect(response.status == .ok)
                let answer = try Self.json(response)
                let code = try #require(answer["code"] as? String)
                #expect(answer["changed"] as? Bool == true)
                #expect(code.hasPrefix("<!DOCTYPE html>"))
                #expect(code.contains("{{ first_name }}"))
                #expect((answer["diff"] as? String)?.contains("+<!DOCTYPE html>") == true)
                let fixed = try #require(answer["fixed"] as? [[String: Any]])
                #expect(fixed.contains { $0["rule"] as? String == "doctype" })
            }
        }
    }

    @Test("handoff is fix --handoff's Markdown; reply is the chat-sized reply")
    func handoffAndReply() async throws {
        try await application().test(.router) { client in
            try await client.execute(uri: "/api/handoff", method: .post, body: try Self.body(["html": Self.template])) { response in
                #expect(response.status == .ok)
                let markdown = try #require(try Self.json(response)["markdown"] as? String)
                #expect(markdown.hasPrefix("# "))
                #expect(markdown.contains("## The corrected code"))
            }
            try await client.execute(uri: "/api/reply", method: .post, body: try Self.body(["html": Self.template])) { response in
                #expect(response.status == .ok)
                let text = try #require(try Self.json(response)["text"] as? String)
                #expect(text.hasPrefix("I checked your email (template.html)"))
                #expect(text.count <= 1_201)
            }
        }
    }

    @Test("preview: the template as one email app keeps it, as mailproof preview --client writes it")
    func preview() async throws {
        try await application().test(.router) { client in
            try await client.execute(uri: "/api/preview", method: .post, body: try Self.body(["html": Self.template, "client": "outlook.windows"])) { response in
                #expect(response.status == .ok)
                let answer = try Self.json(response)
                #expect(answer["client"] as? String == "outlook.windows")
                let html = try #require(answer["html"] as? String)
                #expect(html.contains("Buy now"))
                #expect(!html.contains("border-radius:6px"))
                #expect((answer["changes"] as? Int ?? 0) > 0)
            }
            for body in [["html": Self.template], ["html": Self.template, "client": "nosuch.app"]] {
                try await client.execute(uri: "/api/preview", method: .post, body: try Self.body(body)) { response in
                    #expect(response.status == .badRequest)
                }
            }
        }
    }

    @Test("snippets: the list, one rendered with values, unknown names and bad values")
    func snippets() async throws {
        try await application().test(.router) { client in
            try await client.execute(uri: "/api/snippets", method: .get) { response in
                #expect(response.status == .ok)
                let list = try #require(try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [[String: Any]])
                #expect(list.contains { $0["name"] as? String == "button" })
            }
            let values = try Self.body(["values": ["url": "https://example.com/go", "label": "Go <now>"]])
            try await client.execute(uri: "/api/snippets/button", method: .post, body: values) { response in
                #expect(response.status == .ok)
                let code = try #require(try Self.json(response)["code"] as? String)
                #expect(code.contains("https://example.com/go"))
                #expect(code.contains("Go &lt;now&gt;"))
            }
            try await client.execute(uri: "/api/snippets/nosuch", method: .post, body: try Self.body([:])) { response in
                #expect(response.status == .notFound)
                let error = try Self.json(response)["error"] as? String
                #expect(error?.contains("nosuch") == true)
            }
            try await client.execute(uri: "/api/snippets/button", method: .post, body: try Self.body(["values": ["background": "not a colour"]])) { response in
                #expect(response.status == .badRequest)
            }
        }
    }

    @Test("every answer carries the security headers, errors included")
    func securityHeaders() async throws {
        try await application().test(.router) { client in
            for (uri, method) in [("/", HTTPRequest.Method.get), ("/app.js", .get), ("/healthz", .get), ("/nowhere", .get), ("/api/check", .post)] {
                try await client.execute(uri: uri, method: method, body: ByteBuffer(string: "{}")) { response in
                    let policy = try #require(response.headers[.contentSecurityPolicy])
                    #expect(policy.contains("script-src 'self'"))
                    let scriptSources = policy.split(separator: ";").first { $0.trimmingCharacters(in: .whitespaces).hasPrefix("script-src") }
                    #expect(scriptSources.map(String.init)?.trimmingCharacters(in: .whitespaces) == "script-src 'self'")
                    #expect(policy.contains("frame-ancestors 'none'"))
                    #expect(response.headers[.xContentTypeOptions] == "nosniff")
                    #expect(response.headers[HTTPField.Name("Referrer-Policy")!] == "no-referrer")
                    #expect(response.headers[.cacheControl] == "no-store")
                }
            }
        }
    }

    @Test("the page, its script and its stylesheet are served from the binary, the script not inline")
    func page() async throws {
        try await application().test(.router) { client in
            let html = try await client.execute(uri: "/", method: .get) { String(buffer: $0.body) }
            #expect(html.contains("<script src=\"/app.js\""))
            #expect(!html.contains("<script>"))
            // No inline handlers either: the policy would block them, and the page would silently not work.
            #expect(html.range(of: #"\son[a-z]+\s*="#, options: .regularExpression) == nil)
            try await client.execute(uri: "/app.js", method: .get) { response in
                #expect(response.headers[.contentType] == "text/javascript; charset=utf-8")
                #expect(response.body.readableBytes > 1_000)
            }
            try await client.execute(uri: "/app.css", method: .get) { #expect($0.headers[.contentType] == "text/css; charset=utf-8") }
            let description = try await client.execute(uri: "/openapi.yaml", method: .get) { String(buffer: $0.body) }
            for path in ["/api/check:", "/api/fix:", "/api/preview:", "/api/handoff:", "/api/reply:", "/api/snippets:", "/api/snippets/{name}:", "/healthz:"] {
                #expect(description.contains(path), "\(path)")
            }
        }
    }

    @Test("bad requests get JSON errors and the server keeps answering")
    func errors() async throws {
        try await application(maxBodySize: 1_000).test(.router) { client in
            let cases: [(String, HTTPRequest.Method, String, HTTPResponse.Status)] = [
                ("/api/check", .post, "{not json", .badRequest),
                ("/api/check", .post, "[1, 2]", .badRequest),
                ("/api/check", .post, "{\"filename\": \"a.html\"}", .badRequest),
                ("/api/check", .post, "{\"html\": 5}", .badRequest),
                ("/api/check", .post, "{\"html\": \"" + String(repeating: "x", count: 2_000) + "\"}", .contentTooLarge),
                ("/api/nothing", .post, "{}", .notFound),
                ("/api/check", .get, "", .notFound),
            ]
            for (uri, method, body, status) in cases {
                try await client.execute(uri: uri, method: method, body: ByteBuffer(string: body)) { response in
                    #expect(response.status == status, "\(method) \(uri) \(body.prefix(30))")
                    #expect(response.headers[.contentType] == "application/json; charset=utf-8")
                    let error = try #require(try Self.json(response)["error"] as? String)
                    #expect(!error.isEmpty)
                }
            }
            try await client.execute(uri: "/api/check", method: .post, body: try Self.body(["html": "<p>still here</p>"])) { response in
                #expect(response.status == .ok)
            }
        }
    }

    @Test("a document that is not text is reported as the command reports it, not as a crash")
    func binaryInput() async throws {
        // An executable's first bytes, all valid in a JSON string.
        let binary = "\u{7F}ELF\u{2}\u{1}\u{1}" + String(repeating: "\u{0}", count: 40)
        try await application().test(.router) { client in
            try await client.execute(uri: "/api/check", method: .post, body: try Self.body(["html": binary])) { response in
                #expect(response.status == .ok)
                let file = try #require((try Self.json(response)["files"] as? [[String: Any]])?.first)
                #expect(file["error"] is String)
            }
            try await client.execute(uri: "/api/fix", method: .post, body: try Self.body(["html": binary])) { response in
                #expect(response.status == .unprocessableContent)
            }
        }
    }

    @Test("with a token, /api needs Authorization: Bearer TOKEN; the page and /healthz do not")
    func token() async throws {
        try await application(token: "s3cret-team-token").test(.router) { client in
            let body = try Self.body(["html": "<p>x</p>"])
            for header in [nil, "Bearer wrong", "Bearer s3cret-team-toke", "Bearer s3cret-team-token2", "s3cret-team-token", "Basic s3cret-team-token"] {
                var headers = HTTPFields()
                if let header { headers[.authorization] = header }
                try await client.execute(uri: "/api/check", method: .post, headers: headers, body: body) { response in
                    #expect(response.status == .unauthorized, "\(header ?? "no header")")
                    let error = try Self.json(response)["error"]
                    #expect(error is String)
                }
            }
            try await client.execute(uri: "/api/check", method: .post, headers: [.authorization: "Bearer s3cret-team-token"], body: body) {
                #expect($0.status == .ok)
            }
            try await client.execute(uri: "/", method: .get) { #expect($0.status == .ok) }
            try await client.execute(uri: "/healthz", method: .get) { #expect($0.status == .ok) }
        }
    }

    @Test("constant-time comparison agrees with ==")
    func constantTime() {
        let token = Array("abcdef".utf8)
        for guess in ["abcdef", "abcdeg", "abcde", "abcdefg", "", "zbcdef"] {
            #expect(BearerTokenMiddleware<BasicRequestContext>.constantTimeEquals(Array(guess.utf8), token) == (guess == "abcdef"))
        }
    }

    @Test("non-loopback addresses need a token; loopback ones do not")
    func refusal() {
        for host in ["127.0.0.1", "127.1.2.3", "localhost", "::1"] {
            #expect(ServerConfiguration(host: host, workingDirectory: "/").refusal == nil, "\(host)")
        }
        for host in ["0.0.0.0", "192.168.1.4", "::", "example.com", "127.0.0.1.nip.io"] {
            let refusal = ServerConfiguration(host: host, workingDirectory: "/").refusal
            #expect(refusal?.contains("--token") == true, "\(host)")
            #expect(ServerConfiguration(host: host, token: "t", workingDirectory: "/").refusal == nil)
        }
    }

    @Test("a file name is only ever a name: folders, control characters and empty names are dropped")
    func filenames() throws {
        let cases = [("../../etc/passwd", "passwd"), ("C:\\temp\\a.html", "a.html"), ("a\u{1b}[31m.html", "a[31m.html"), ("", "template.html"), ("..", "template.html")]
        for (given, expected) in cases {
            let request = try DocumentRequest(json: Array(try JSONSerialization.data(withJSONObject: ["html": "", "filename": given])))
            #expect(request.filename == expected)
        }
    }
}
