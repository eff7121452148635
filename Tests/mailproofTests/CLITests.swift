import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Runs the built `mailproof` binary as a user would: exit codes, output formats, errors on stderr.
@Suite("mailproof command line", .serialized)
struct CLITests {
    @Test("findings at error level exit with 1; the summary names the counts")
    func exitOneOnErrors() throws {
        let run = try Mailproof.run(["check", "--no-color", Mailproof.examples + "/welcome-newsletter.html"])
        #expect(run.status == 1)
        #expect(run.stdout.contains("no-javascript"))
        #expect(run.stdout.contains("problems ("))
    }

    @Test("--version alone, answered before the command tree is built, prints what ArgumentParser prints")
    func version() throws {
        let direct = try Mailproof.run(["--version"])
        let parsed = try Mailproof.run(["check", "--version"])
        #expect(direct.status == 0 && parsed.status == 0)
        #expect(direct.stdout == parsed.stdout)
        #expect(direct.stdout.split(separator: ".").count == 3 && direct.stdout.hasSuffix("\n"))
        #expect(direct.stderr.isEmpty)
    }

    @Test("--fail-on and --max-warnings decide the exit code")
    func failOn() throws {
        let directory = try Scratch()
        let clean = directory.write("clean.html", "<p>Hello</p>")
        #expect(try Mailproof.run(["check", clean]).status == 0)
        let bad = directory.write("bad.html", "<p>Hello</p><script>x()</script>")
        let config = directory.write("warn.yml", "rules:\n  no-javascript: warning\n")
        #expect(try Mailproof.run(["check", "--config", config, bad]).status == 0)
        #expect(try Mailproof.run(["check", "--config", config, "--fail-on", "warning", bad]).status == 1)
        #expect(try Mailproof.run(["check", "--config", config, "--max-warnings", "0", bad]).status == 1)
    }

    @Test("JSON output follows the documented schema")
    func json() throws {
        let directory = try Scratch()
        let file = directory.write("a.html", "<p>é</p>\n<a href=\"https://x.test\" onclick=\"go()\">Shipping times</a>")
        let run = try Mailproof.run(["check", "--format", "json", file])
        #expect(run.status == 1)
        #expect(run.stdout.hasPrefix("{\"version\":1,\"files\":["))
        #expect(run.stdout.contains("\"path\":\"\(file)\",\"error\":null,\"kind\":\"snippet\",\"provider\":null,\"findings\":[{\"rule\":\"no-javascript\",\"severity\":\"error\""))
        #expect(run.stdout.contains("\"offset\":35,\"length\":14,\"line\":2,\"column\":26,\"endLine\":2,\"endColumn\":40"))
        #expect(run.stdout.contains("\"summary\":{\"files\":1,\"errors\":1,\"warnings\":0,\"infos\":0}"))

        let form = directory.write("form.html", "<form action=\"https://app.kit.com/forms/1/subscriptions\" method=\"post\"></form>")
        let formRun = try Mailproof.run(["check", "--format", "json", form])
        #expect(formRun.stdout.contains("\"kind\":\"form\",\"provider\":\"kit\",\"findings\":["))
    }

    @Test("standard input with --stdin-filename")
    func stdin() throws {
        let run = try Mailproof.run(["check", "-", "--stdin-filename", "pasted.html", "--format", "json"], input: "<script>a()</script>")
        #expect(run.status == 1)
        #expect(run.stdout.contains("\"path\":\"pasted.html\""))
    }

    @Test("a missing path is exit 2 with one line on stderr, after the other files were checked")
    func missingPath() throws {
        let directory = try Scratch()
        let good = directory.write("good.html", "<script>x()</script>")
        let run = try Mailproof.run(["check", "--no-color", good, directory.path + "/nope.html"])
        #expect(run.status == 2)
        #expect(run.stdout.contains("no-javascript"))
        #expect(run.stderr == "mailproof: \(directory.path)/nope.html: no such file or directory\n")
    }

    @Test("a broken configuration is exit 2 naming file, line and key")
    func badConfiguration() throws {
        let directory = try Scratch()
        directory.write(".mailproof.yml", "rulez: {}\n")
        let file = directory.write("a.html", "<p>x</p>")
        let run = try Mailproof.run(["check", "--no-color", file])
        #expect(run.status == 2)
        #expect(run.stdout.contains("\(directory.path)/.mailproof.yml:1:1: unknown key 'rulez'"))
    }

    @Test("rules and explain")
    func rulesAndExplain() throws {
        let rules = try Mailproof.run(["rules"])
        #expect(rules.status == 0)
        #expect(rules.stdout.contains("no-javascript"))
        #expect(rules.stdout.hasPrefix("rule "))
        let explain = try Mailproof.run(["explain", "html-parse"])
        #expect(explain.status == 0 && explain.stdout.hasPrefix("html-parse: Markup must be well-formed"))
        let unknown = try Mailproof.run(["explain", "nope"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("unknown rule 'nope'"))
    }

    @Test("usage errors exit with 2")
    func usageErrors() throws {
        #expect(try Mailproof.run(["check", "--format", "yaml", "x.html"]).status == 2)
        #expect(try Mailproof.run(["check", "--jobs", "0"]).status == 2)
        #expect(try Mailproof.run(["--help"]).status == 0)
    }

    @Test("a folder is walked for template files in a stable order")
    func folder() throws {
        let directory = try Scratch()
        directory.write("b.html", "<script>1</script>")
        directory.write("a/c.liquid", "<script>2</script>")
        directory.write("notes.txt", "<script>3</script>")
        directory.write("node_modules/x.html", "<script>4</script>")
        directory.write(".hidden/y.html", "<script>5</script>")
        let run = try Mailproof.run(["check", "--format", "json", directory.path])
        let paths = run.stdout.split(separator: "\n").filter { $0.contains("\"path\"") }.map { line in
            String(line.split(separator: "\"")[3])
        }
        #expect(paths == [directory.path + "/b.html", directory.path + "/a/c.liquid"])
    }
}

/// Finds and runs the binary that `swift build` put beside the test bundle.
enum Mailproof {
    static let root: String = {
        var parts = "\(#filePath)".split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/")
    }()
    static let examples = root + "/Examples"

    static var binary: String {
        let bundle = CommandLine.arguments[0]
        var folder = bundle
        while !folder.isEmpty, !folder.hasSuffix(".xctest"), folder != "/" {
            folder = String(folder[..<(folder.lastIndex(of: "/") ?? folder.startIndex)])
        }
        let build = folder.hasSuffix(".xctest") ? String(folder[..<folder.lastIndex(of: "/")!]) : root + "/.build/debug"
        return build + "/mailproof"
    }

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs the binary (or `executable`) with `arguments`, in `directory` when given (otherwise the test's working
    /// directory), with `environment` added to the test's.
    static func run(_ arguments: [String], input: String = "", in directory: String? = nil,
                    environment: [String: String] = [:], executable: String? = nil) throws -> Run {
        let scratch = try Scratch()
        let inputPath = scratch.write("stdin", input)
        let assignments = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\(quote($0.value)) " }.joined()
        let command = (directory.map { "cd \(quote($0)) && " } ?? "") + assignments
            + ([executable ?? binary] + arguments).map(quote).joined(separator: " ")
            + " < \(quote(inputPath)) > \(quote(scratch.path + "/out")) 2> \(quote(scratch.path + "/err"))"
        let status = system("NO_COLOR=1 " + command)
        return Run(status: (status >> 8) & 0xFF, stdout: scratch.read("out"), stderr: scratch.read("err"))
    }

    static func quote(_ text: String) -> String { "'" + text.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'" }
}

final class Scratch {
    let path: String

    init() throws {
        var template = Array("/tmp/mailproof-cli-XXXXXX".utf8CString)
        path = String(cString: mkdtemp(&template)!)
    }

    @discardableResult
    func write(_ relative: String, _ text: String) -> String {
        let full = path + "/" + relative
        if let slash = full.lastIndex(of: "/") { _ = system("mkdir -p '\(full[..<slash])'") }
        let file = fopen(full, "wb")!
        fputs(text, file)
        fclose(file)
        return full
    }

    func read(_ relative: String) -> String {
        guard let file = fopen(path + "/" + relative, "rb") else { return "" }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = fread(&buffer, 1, buffer.count, file)
            if count == 0 { break }
            bytes += buffer[0..<count]
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    deinit { _ = system("rm -rf '\(path)'") }
}

@Suite("mailproof compatibility commands", .serialized)
struct CompatibilityCommandTests {
    @Test("--clients changes the verdict; JSON carries the feature and each client's support")
    func clientsOption() throws {
        let scratch = try Scratch()
        let file = scratch.write("a.html", "<div style=\"display:flex\">x</div>")
        let outlook = try Mailproof.run(["check", "--format", "json", "--clients", "outlook.windows", file])
        #expect(outlook.status == 1)
        #expect(outlook.stdout.contains("\"rule\":\"client-support\""))
        #expect(outlook.stdout.contains("\"clients\":[{\"id\":\"outlook.windows\",\"name\":\"Outlook (Windows)\",\"support\":\"n\""))
        #expect(outlook.stdout.contains("\"feature\":\"css-display-flex\",\"url\":\"https://www.caniemail.com/features/css-display-flex/\""))
        let apple = try Mailproof.run(["check", "--format", "json", "--clients", "apple-mail.*", file])
        #expect(!apple.stdout.contains("client-support"))
        let bad = try Mailproof.run(["check", "--clients", "hotmail.windows", file])
        #expect(bad.status == 2)
        #expect(bad.stdout.contains("hotmail"))
    }

    @Test("clients, explain --feature and --compat-data")
    func listings() throws {
        let clients = try Mailproof.run(["clients"])
        #expect(clients.status == 0 && clients.stdout.contains("outlook.windows") && clients.stdout.contains("popular"))
        let explain = try Mailproof.run(["explain", "client-support", "--feature", "css-display-flex"])
        #expect(explain.status == 0)
        #expect(explain.stdout.contains("https://www.caniemail.com/features/css-display-flex/"))
        #expect(explain.stdout.contains("outlook.windows") && explain.stdout.contains("not supported"))
        let scratch = try Scratch()
        // A caniemail file in which Outlook for Windows supports flex: the verdict follows the data given.
        let data = scratch.write("data.json", """
            {"api_version":"1.0.4","last_update_date":"2030-01-01","nicenames":{"family":{"outlook":"Outlook"},\
            "platform":{"windows":"Windows"},"support":{},"category":{"css":"CSS"}},"data":[{"slug":"css-display-flex",\
            "title":"display:flex","category":"css","stats":{"outlook":{"windows":{"2007":"n","2030":"y"}}},"notes_by_num":null}]}
            """)
        let file = scratch.write("a.html", "<div style=\"display:flex\">x</div>")
        let run = try Mailproof.run(["check", "--format", "json", "--compat-data", data, "--clients", "outlook.windows", file])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(!run.stdout.contains("css-display-flex"))
    }
}
