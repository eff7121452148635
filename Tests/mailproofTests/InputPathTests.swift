import Testing

/// Every command finds and reads its files the same way (InputCollector): the configuration's exclude applies to
/// what a folder walk finds, `-` is standard input, and the configured template languages apply to the inliner too.
@Suite("one input path for check, fix and inline", .serialized)
struct InputPathTests {
    static let withScript = "<p>Hi</p><script>alert(1)</script>\n"

    @Test("exclude: in .mailproof.yml is honoured by fix --write and inline --write, as by check")
    func excludeHonoured() throws {
        let scratch = try Scratch()
        scratch.write(".mailproof.yml", "exclude: [\"legacy/**\"]\n")
        scratch.write("legacy/old.html", Self.withScript)
        scratch.write("new.html", Self.withScript)
        let fix = try Mailproof.run(["fix", "--write", "--rules", "no-javascript", "."], in: scratch.path)
        #expect(fix.status == 0)
        #expect(scratch.read("legacy/old.html") == Self.withScript)
        #expect(scratch.read("new.html") == "<p>Hi</p>\n")
        let styled = "<style>p { color: red }</style><p>Hi</p>\n"
        scratch.write("legacy/styled.html", styled)
        scratch.write("styled.html", styled)
        let inline = try Mailproof.run(["inline", "--write", "."], in: scratch.path)
        #expect(inline.status == 0)
        #expect(scratch.read("legacy/styled.html") == styled)
        #expect(scratch.read("styled.html") != styled)
        // A file named on the command line is always worked on, as with check.
        let named = try Mailproof.run(["fix", "--rules", "no-javascript", "legacy/old.html"], in: scratch.path)
        #expect(named.stdout == "<p>Hi</p>\n")
    }

    @Test("fix - and inline - read standard input and print the result")
    func standardInput() throws {
        let fix = try Mailproof.run(["fix", "--rules", "no-javascript", "-"], input: Self.withScript)
        #expect(fix.status == 0)
        #expect(fix.stdout == "<p>Hi</p>\n")
        let inline = try Mailproof.run(["inline", "-"], input: "<style>p { color: red }</style><p>Hi</p>\n")
        #expect(inline.status == 0)
        #expect(inline.stdout == "<p style=\"color: red\">Hi</p>\n")
        let write = try Mailproof.run(["fix", "--write", "-"], input: Self.withScript)
        #expect(write.status == 2)
        #expect(write.stderr.contains("standard input cannot be rewritten"))
        let handoff = try Mailproof.run(["fix", "--handoff", "--stdin-filename", "customer.html", "-"], input: Self.withScript)
        #expect(handoff.stdout.hasPrefix("# Your email: customer.html"))
    }

    @Test("the inliner reads template tags as the configuration says (templating: none leaves braces as text)")
    func inlinerTemplating() throws {
        let scratch = try Scratch()
        // Liquid recognised (the default finds it): the block holds template logic and stays as it is. With
        // `templating: none` the braces are text, as every check of the same configuration reads them.
        let html = "<style>p { color: red }\n{% if vip %}p { font-weight: bold }{% endif %}</style><p>Hi</p>\n"
        scratch.write("a.html", html)
        let auto = try Mailproof.run(["inline", "a.html"], in: scratch.path)
        #expect(auto.stdout == html)
        #expect(auto.stderr.contains("its CSS holds template logic"))
        scratch.write(".mailproof.yml", "templating: none\n")
        let none = try Mailproof.run(["inline", "a.html"], in: scratch.path)
        #expect(none.stdout.contains("<p style=\"color: red; font-weight: bold\">Hi</p>"))
        // The fix → inline chain uses the same configuration as the checks.
        let chained = try Mailproof.run(["fix", "--inline-css", "--rules", "no-javascript", "a.html"], in: scratch.path)
        #expect(chained.stdout == none.stdout)
    }
}
