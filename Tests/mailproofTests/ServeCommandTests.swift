import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `mailproof serve` as a command: the hand-over to the mailproof-serve executable, and what it refuses before it
/// listens. (Serving itself is tested in process in MailproofServerTests and end to end in Tests/browser.)
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

    @Test("the hand-over reaches mailproof-serve even for --help, which describes it as mailproof serve")
    func helpIsMailproofServes() throws {
        let run = try Mailproof.run(["serve", "--help"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("USAGE: mailproof serve [--host <host>] [--port <port>] [--token <TOKEN>] [--max-body-size <BYTES>]"))
        #expect(run.stderr.isEmpty)
        let listing = try Mailproof.run(["--help"])
        #expect(listing.stdout.contains("serve                   Run the workbench: a local web page (and JSON API) to"))
    }

    @Test("MAILPROOF_SERVE, when set, is the executable run, with every argument as it was given")
    func environmentNamesTheExecutable() throws {
        let scratch = try Scratch()
        let stand = scratch.write("stand-in", "#!/bin/sh\nprintf '%s\\n' \"$@\"\n")
        chmod(stand, 0o755)
        let arguments = ["--help", "--port=0", "--", "x", "a b", "--version"]
        let run = try Mailproof.run(["serve"] + arguments, environment: ["MAILPROOF_SERVE": stand])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == arguments.map { $0 + "\n" }.joined())
    }

    @Test("MAILPROOF_SERVE naming no executable is an error, even with mailproof-serve beside mailproof")
    func environmentNamingNothing() throws {
        let scratch = try Scratch()
        for named in [scratch.path + "/missing", scratch.path] {
            let run = try Mailproof.run(["serve"], environment: ["MAILPROOF_SERVE": named])
            #expect(run.status == 2)
            #expect(run.stdout.isEmpty)
            #expect(run.stderr == "mailproof: serve needs the mailproof-serve executable: MAILPROOF_SERVE names \(named), which is not an executable file\n")
        }
    }

    @Test("without mailproof-serve beside mailproof or on PATH: one line saying how to build it, exit 2")
    func missingExecutable() throws {
        // A copy of mailproof alone in a folder (a symbolic link would resolve to the build folder).
        let scratch = try Scratch()
        let lone = scratch.path + "/mailproof"
        #expect(system("cp \(Mailproof.quote(Mailproof.binary)) \(Mailproof.quote(lone))") == 0)
        let missing = try Mailproof.run(["serve", "--help"], environment: ["MAILPROOF_SERVE": "", "PATH": ""], executable: lone)
        #expect(missing.status == 2)
        #expect(missing.stdout.isEmpty)
        #expect(missing.stderr == "mailproof: serve needs the mailproof-serve executable beside mailproof or on PATH (swift build -c release --product mailproof-serve)\n")

        let buildFolder = String(Mailproof.binary[..<Mailproof.binary.lastIndex(of: "/")!])
        let onPath = try Mailproof.run(["serve", "--help"], environment: ["MAILPROOF_SERVE": "", "PATH": "/nonexistent:" + buildFolder], executable: lone)
        #expect(onPath.status == 0, "\(onPath.stderr)")
        #expect(onPath.stdout.contains("USAGE: mailproof serve [--host <host>]"))
    }
}
