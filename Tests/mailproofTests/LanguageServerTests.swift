import Foundation
import Testing

/// `mailproof lsp` driven as an editor drives it: framed JSON-RPC over the binary's stdin and stdout.
@Suite("mailproof lsp", .serialized)
struct LanguageServerTests {
    /// A running server and the messages it has sent.
    final class Session {
        let process = Process()
        let input = Pipe()
        let output = Pipe()
        private var buffer = Data()
        /// Every body received, as text (to check how values are written, not only what they parse to).
        private(set) var raw: [String] = []

        init(_ arguments: [String] = ["lsp", "--debounce", "20"], directory: String? = nil) throws {
            process.executableURL = URL(fileURLWithPath: Mailproof.binary)
            process.arguments = arguments
            process.standardInput = input
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
            try process.run()
        }

        func send(_ object: [String: Any]) throws {
            let body = try JSONSerialization.data(withJSONObject: object)
            input.fileHandleForWriting.write(Data("Content-Length: \(body.count)\r\n\r\n".utf8) + body)
        }

        func sendRaw(_ text: String) {
            input.fileHandleForWriting.write(Data(text.utf8))
        }

        /// The next message the server sends (within a few seconds).
        func receive() -> [String: Any]? {
            let deadline = Date().addingTimeInterval(10)
            while Date() < deadline {
                if let message = take() { return message }
                let chunk = output.fileHandleForReading.availableData
                if chunk.isEmpty { return nil }
                buffer.append(chunk)
            }
            return nil
        }

        /// The next message for which `match` holds, skipping the others.
        func receive(where match: ([String: Any]) -> Bool) -> [String: Any]? {
            for _ in 0..<50 {
                guard let message = receive() else { return nil }
                if match(message) { return message }
            }
            return nil
        }

        private func take() -> [String: Any]? {
            guard let end = buffer.range(of: Data("\r\n\r\n".utf8)) else { return nil }
            let header = String(decoding: buffer[buffer.startIndex..<end.lowerBound], as: UTF8.self)
            guard let length = Int(header.split(separator: ":").last!.trimmingCharacters(in: .whitespaces)),
                  buffer.distance(from: end.upperBound, to: buffer.endIndex) >= length else { return nil }
            let bodyEnd = buffer.index(end.upperBound, offsetBy: length)
            let body = buffer[end.upperBound..<bodyEnd]
            buffer.removeSubrange(buffer.startIndex..<bodyEnd)
            raw.append(String(decoding: body, as: UTF8.self))
            return try? JSONSerialization.jsonObject(with: body) as? [String: Any]
        }

        func finish() throws -> Int32 {
            try send(["jsonrpc": "2.0", "id": 99, "method": "shutdown"])
            _ = receive { $0["id"] as? Int == 99 }
            try send(["jsonrpc": "2.0", "method": "exit"])
            process.waitUntilExit()
            return process.terminationStatus
        }
    }

    static func diagnostics(_ message: [String: Any]?) -> [[String: Any]] {
        (message?["params"] as? [String: Any])?["diagnostics"] as? [[String: Any]] ?? []
    }

    static func start(_ range: Any?) -> (Int, Int) {
        let start = (range as? [String: Any])?["start"] as? [String: Any]
        return (start?["line"] as? Int ?? -1, start?["character"] as? Int ?? -1)
    }

    @Test("diagnostics in UTF-16 positions, a quick fix that removes its diagnostic, hover, completion, shutdown")
    func session() throws {
        let session = try Session()
        try session.send(["jsonrpc": "2.0", "id": 1, "method": "initialize", "params": ["capabilities": [:] as [String: Any]]])
        let initialize = session.receive { $0["id"] as? Int == 1 }
        #expect(((initialize?["result"] as? [String: Any])?["capabilities"] as? [String: Any])?["positionEncoding"] as? String == "utf-16")
        let uri = "file:///tmp/mailproof-lsp-test/a.html"
        // An emoji (two UTF-16 units, four bytes) and CJK (one unit, three bytes each) before the findings.
        let text = "<p>😀 漢字 <a href=\"https://example.com\" onclick=\"x()\">Read the story</a></p>\n<div style=\"display:flex\">x</div>\n"
        try session.send(["jsonrpc": "2.0", "method": "textDocument/didOpen", "params": [
            "textDocument": ["uri": uri, "languageId": "html", "version": 1, "text": text]]])
        let published = Self.diagnostics(session.receive { $0["method"] as? String == "textDocument/publishDiagnostics" })
        let script = try #require(published.first { $0["code"] as? String == "no-javascript" })
        #expect(Self.start(script["range"]) == (0, 39)) // 9 units before <a (45 bytes before onclick), 30 more to onclick
        let flex = try #require(published.first { $0["code"] as? String == "client-support" && Self.start($0["range"]).0 == 1 })
        #expect(Self.start(flex["range"]) == (1, 20))
        #expect((flex["codeDescription"] as? [String: Any])?["href"] as? String == "https://www.caniemail.com/features/css-display-flex/")

        try session.send(["jsonrpc": "2.0", "id": 2, "method": "textDocument/codeAction", "params": [
            "textDocument": ["uri": uri], "range": script["range"]!, "context": ["diagnostics": [script]]]])
        let actions = (session.receive { $0["id"] as? Int == 2 }?["result"] as? [[String: Any]]) ?? []
        let fix = try #require(actions.first { ($0["title"] as? String)?.hasPrefix("Fix:") == true })
        #expect(actions.contains { ($0["title"] as? String) == "Disable no-javascript for this line" })
        #expect(actions.contains { ($0["kind"] as? String) == "source.fixAll.mailproof" })
        let edits = (((fix["edit"] as? [String: Any])?["changes"] as? [String: Any])?[uri] as? [[String: Any]]) ?? []
        #expect(edits.count == 1)
        // Apply the edit as the editor would, as an incremental change.
        try session.send(["jsonrpc": "2.0", "method": "textDocument/didChange", "params": [
            "textDocument": ["uri": uri, "version": 2],
            "contentChanges": [["range": edits[0]["range"]!, "text": edits[0]["newText"]!]]]])
        let after = Self.diagnostics(session.receive { $0["method"] as? String == "textDocument/publishDiagnostics" })
        #expect(!after.contains { $0["code"] as? String == "no-javascript" })
        #expect(after.contains { $0["code"] as? String == "client-support" })

        try session.send(["jsonrpc": "2.0", "id": 3, "method": "textDocument/hover", "params": [
            "textDocument": ["uri": uri], "position": ["line": 1, "character": 21]]])
        let hover = ((session.receive { $0["id"] as? Int == 3 }?["result"] as? [String: Any])?["contents"] as? [String: Any])?["value"] as? String ?? ""
        #expect(hover.contains("display:flex"))
        #expect(hover.contains("| Outlook (Windows) | ✗ |"))
        #expect(hover.contains("impact: layout"))

        try session.send(["jsonrpc": "2.0", "id": 4, "method": "textDocument/completion", "params": [
            "textDocument": ["uri": uri], "position": ["line": 1, "character": 13]]])
        let items = ((session.receive { $0["id"] as? Int == 4 }?["result"] as? [String: Any])?["items"] as? [[String: Any]]) ?? []
        #expect(items.contains { $0["label"] as? String == "border-radius" })
        #expect((items.first?["detail"] as? String) == "supported in every target client")

        #expect(try session.finish() == 0)
    }

    @Test("malformed and unknown messages get the protocol's errors; the server keeps serving")
    func robustness() throws {
        let session = try Session()
        try session.send(["jsonrpc": "2.0", "id": 1, "method": "textDocument/hover", "params": [:] as [String: Any]])
        #expect(((session.receive()?["error"] as? [String: Any])?["code"] as? Int) == -32002)
        try session.send(["jsonrpc": "2.0", "id": 2, "method": "initialize", "params": [:] as [String: Any]])
        _ = session.receive { $0["id"] as? Int == 2 }
        // The id comes back as the number it was (Foundation's numbers also read as booleans).
        #expect(session.raw.last?.contains("\"id\":2") == true)
        session.sendRaw("Content-Length: 5\r\n\r\n{bad}")
        #expect(((session.receive()?["error"] as? [String: Any])?["code"] as? Int) == -32700)
        try session.send(["jsonrpc": "2.0", "id": 3, "method": "no/such"])
        #expect(((session.receive()?["error"] as? [String: Any])?["code"] as? Int) == -32601)
        #expect(try session.finish() == 0)
    }

    @Test("the editor's diagnostics equal check --format json on the same file and configuration")
    func agreesWithCheck() throws {
        let scratch = try Scratch()
        scratch.write(".mailproof.yml", "clients: [outlook.windows]\nrules:\n  table-reset: off\n")
        let html = "<!DOCTYPE html><html lang=\"en\"><body><table><tr><td style=\"border-radius:4px; display:grid\">Hi 👋</td></tr></table><img src=\"x.png\"></body></html>\n"
        let path = scratch.write("a.html", html)
        let check = try Mailproof.run(["check", "--format", "json", path])
        let json = try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any]
        let findings = ((json?["files"] as? [[String: Any]])?.first?["findings"] as? [[String: Any]]) ?? []
        let session = try Session()
        try session.send(["jsonrpc": "2.0", "id": 1, "method": "initialize", "params": [:] as [String: Any]])
        _ = session.receive { $0["id"] as? Int == 1 }
        try session.send(["jsonrpc": "2.0", "method": "textDocument/didOpen", "params": [
            "textDocument": ["uri": "file://" + path, "languageId": "html", "version": 1, "text": html]]])
        let published = Self.diagnostics(session.receive { $0["method"] as? String == "textDocument/publishDiagnostics" })
        #expect(!findings.isEmpty)
        #expect(published.map { $0["code"] as? String ?? "" } == findings.map { $0["rule"] as? String ?? "" })
        #expect(published.map { $0["message"] as? String ?? "" } == findings.map { $0["message"] as? String ?? "" })
        #expect(published.map { Self.start($0["range"]).0 + 1 } == findings.map { $0["line"] as? Int ?? 0 })
        #expect(try session.finish() == 0)
    }
}
