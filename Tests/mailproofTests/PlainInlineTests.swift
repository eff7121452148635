import Testing

/// `inline [--write | --diff] [--keep-style-tags] [--apply-size-attributes] PATH…` is read without ArgumentParser
/// (InlineRequest(plainArguments:)), for start-up. It must do exactly what ArgumentParser's reading does: the same
/// output, files, errors and exit status.
@Suite("inline read without ArgumentParser")
struct PlainInlineTests {
    static let email = "<style>p { color: red } img { width: 600px }</style><p>Hi</p><img src=\"a.png\">\n"

    /// Runs `inline ARGUMENTS` on a fresh copy of the files, once plainly and once with a neutral option added
    /// (which sends it through ArgumentParser); the output and what became of the files.
    private func run(_ arguments: [String], parsed: Bool) throws -> (Mailproof.Run, [String]) {
        let scratch = try Scratch()
        scratch.write("mail/a.html", Self.email)
        scratch.write("mail/b.html", "<style>td { padding: 0 }</style><table><tr><td>x</td></tr></table>")
        let extra = parsed ? ["--stdin-filename", "stdin.html"] : []
        let run = try Mailproof.run(["inline"] + extra + arguments, input: Self.email, in: scratch.path)
        return (run, [scratch.read("mail/a.html"), scratch.read("mail/b.html")])
    }

    @Test("files, standard input, --write, --diff and the inlining options give what ArgumentParser's reading gives")
    func sameResult() throws {
        for arguments in [["mail/a.html"], ["-"], ["--write", "mail"], ["--diff", "mail"], ["mail"], ["mail/missing.html"],
                          ["--keep-style-tags", "--apply-size-attributes", "mail/a.html"], ["--write", "-"],
                          // Read by ArgumentParser, which reports them.
                          ["--write", "--diff", "mail"], ["--write", "--write", "mail"]] {
            let (plain, plainFiles) = try run(arguments, parsed: false)
            let (parsed, parsedFiles) = try run(arguments, parsed: true)
            #expect(plain.status == parsed.status, "\(arguments)")
            #expect(plain.stdout == parsed.stdout, "\(arguments)")
            #expect(plain.stderr == parsed.stderr, "\(arguments)")
            #expect(plainFiles == parsedFiles, "\(arguments)")
        }
    }

    @Test("other options, --, help go to ArgumentParser")
    func otherFormsAreParsed() throws {
        let unknown = try Mailproof.run(["inline", "--no-such-option", "a.html"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("Unknown option '--no-such-option'"))
        let help = try Mailproof.run(["inline", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("USAGE: mailproof inline"))
    }
}
