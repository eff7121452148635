import Testing

/// `mailproof serve` as a command: what it refuses before it listens. (Serving itself is tested in process in
/// MailproofServerTests and end to end in Tests/browser.)
@Suite("mailproof serve", .serialized)
struct ServeCommandTests {
    @Test("a non-loopback address without a token is refused in one line naming --token, exit 2")
    func refusesOpenAddressWithoutToken() throws {
        for host in ["0.0.0.0", "::", "192.0.2.10"] {
            // An empty --token is no token, and keeps a MAILPROOF_TOKEN in the environment from starting a server
            // that would never return.
            let run = try Mailproof.run(["serve", "--host", host, "--port", "0", "--token", ""])
            #expect(run.status == 2, "\(host)")
            #expect(run.stdout.isEmpty)
            let lines = run.stderr.split(separator: "\n")
            #expect(lines.count == 1, "\(run.stderr)")
            #expect(run.stderr.hasPrefix("mailproof: refusing to serve on \(host) without a token"))
            #expect(run.stderr.contains("--token"))
        }
    }

    @Test("impossible settings are usage errors")
    func badSettings() throws {
        for arguments in [["--port", "70000"], ["--port", "-1"], ["--max-body-size", "0"]] {
            let run = try Mailproof.run(["serve"] + arguments)
            #expect(run.status == 2, "\(arguments)")
            #expect(run.stdout.isEmpty)
        }
    }
}
