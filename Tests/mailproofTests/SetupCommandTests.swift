import Testing

/// `init`, shell completions and `--format html` from the command line.
@Suite("mailproof setup commands", .serialized)
struct SetupCommandTests {
    @Test("init writes a configuration that check accepts, and refuses to overwrite it without --force")
    func initCommand() throws {
        let scratch = try Scratch()
        let run = try Mailproof.run(["init"], in: scratch.path)
        #expect(run.status == 0)
        let written = scratch.read(".mailproof.yml")
        #expect(written.contains("extends: recommended"))
        let file = scratch.write("a.html", "<p>Hi</p>")
        #expect(try Mailproof.run(["check", file]).status == 0)
        let again = try Mailproof.run(["init"], in: scratch.path)
        #expect(again.status == 2)
        #expect(again.stderr.contains("--force"))
        scratch.write(".mailproof.yml", "rules: {}\n")
        #expect(try Mailproof.run(["init", "--force"], in: scratch.path).status == 0)
        #expect(scratch.read(".mailproof.yml") == written)
    }

    @Test("completion scripts for bash, zsh and fish", arguments: ["bash", "zsh", "fish"])
    func completions(shell: String) throws {
        let run = try Mailproof.run(["--generate-completion-script", shell])
        #expect(run.status == 0)
        #expect(run.stdout.contains("merge-reports"))
        #expect(run.stdout.contains("files-from"))
    }

    @Test("--format html writes one page with the input escaped")
    func html() throws {
        let scratch = try Scratch()
        let file = scratch.write("x<y>.html", "<style>p{display:flex}</style></style><script>alert(1)</script>")
        let run = try Mailproof.run(["check", "-f", "html", file])
        #expect(run.status == 1)
        #expect(run.stdout.hasPrefix("<!DOCTYPE html>"))
        #expect(!run.stdout.contains("<script"))
        #expect(run.stdout.components("</style>") == 1)
        #expect(run.stdout.contains("x&lt;y&gt;.html"))
    }
}
