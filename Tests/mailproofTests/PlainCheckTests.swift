import Testing

/// `check [--no-color] [--no-progress] [--staged] [--format F] [--jobs N] PATH…` is read without ArgumentParser
/// (CheckRequest(plainArguments:)), for start-up. It must do exactly what ArgumentParser's reading does: the same report, errors and exit status.
@Suite("check read without ArgumentParser")
struct PlainCheckTests {
    /// The same request, once in the plain form and once with a default option spelled out (which sends it
    /// through ArgumentParser).
    private func bothWays(_ arguments: [String], in directory: String? = nil, input: String = "") throws -> (plain: Mailproof.Run, parsed: Mailproof.Run) {
        let plain = try Mailproof.run(["check"] + arguments, input: input, in: directory)
        let parsed = try Mailproof.run(["check", "--fail-on", "error"] + arguments, input: input, in: directory)
        return (plain, parsed)
    }

    @Test("files, folders, standard input, --no-color, --format and --jobs give what ArgumentParser's reading gives")
    func sameReport() throws {
        let scratch = try Scratch()
        scratch.write("mail/a.html", "<html><body><img src=\"x.png\"><div style=\"display:flex\">x</div></body></html>")
        scratch.write("mail/b.html", "<!doctype html><html lang=\"en\"><head><title>t</title></head><body><p>ok</p></body></html>")
        for arguments in [["mail/a.html"], ["mail"], ["--no-color", "mail/a.html", "mail/b.html"], ["--no-progress", "mail"], ["-"],
                          ["mail/missing.html"], [],
                          // The options of CI jobs and batch runs.
                          ["--format", "json", "mail"], ["--format=jsonl", "mail/a.html"], ["-f", "checkstyle", "mail"],
                          ["mail", "--jobs", "1", "--format", "json"], ["-j", "2", "mail"], ["--jobs=1", "-"],
                          // Read by ArgumentParser, which reports them: a bad value, an option twice, --staged with paths.
                          ["--jobs", "0", "mail"], ["--format", "xml", "mail"], ["--format", "json", "--format", "text", "mail"],
                          ["--staged", "mail"], ["--format"]] {
            let (plain, parsed) = try bothWays(arguments, in: scratch.path, input: "<p style=\"display:grid\">x</p>")
            #expect(plain.status == parsed.status, "\(arguments)")
            #expect(plain.stdout == parsed.stdout, "\(arguments)")
            #expect(plain.stderr == parsed.stderr, "\(arguments)")
        }
    }

    @Test("anything else goes to ArgumentParser: unknown options, --, help")
    func otherFormsAreParsed() throws {
        let unknown = try Mailproof.run(["check", "--no-such-option", "a.html"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("Unknown option '--no-such-option'"))
        let help = try Mailproof.run(["check", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("USAGE: mailproof check"))
        let scratch = try Scratch()
        scratch.write("-dash.html", "<p>x</p>")
        // After --, a name starting with a dash is a path, as ArgumentParser reads it.
        let dashed = try Mailproof.run(["check", "--", "-dash.html"], in: scratch.path)
        #expect(dashed.stderr.isEmpty, "\(dashed.stderr)")
    }
}
