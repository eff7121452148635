import Testing

@Suite("mailproof inline", .serialized)
struct InlineCommandTests {
    static let email = "<style>p { color: red }\na:hover { color: blue }</style>\n{% if vip %}<p>Hi {{ name }}</p>{% endif %}\n<a href=\"{{ unsubscribe_url }}\">x</a>\n<!--[if mso]><p>o</p><![endif]-->\n"
    static let inlined = "<style>\na:hover { color: blue }</style>\n{% if vip %}<p style=\"color: red\">Hi {{ name }}</p>{% endif %}\n<a href=\"{{ unsubscribe_url }}\">x</a>\n<!--[if mso]><p style=\"color: red\">o</p><![endif]-->\n"

    @Test("one file: the inlined document on stdout, the file untouched")
    func prints() throws {
        let scratch = try Scratch()
        let file = scratch.write("a.html", Self.email)
        let run = try Mailproof.run(["inline", file])
        #expect(run.status == 0)
        #expect(run.stdout == Self.inlined)
        #expect(scratch.read("a.html") == Self.email)
    }

    @Test("--write rewrites in place and a second run changes nothing; --diff writes nothing")
    func writesAndDiffs() throws {
        let scratch = try Scratch()
        let file = scratch.write("a.html", Self.email)
        let diff = try Mailproof.run(["inline", "--diff", file])
        #expect(diff.stdout.contains("+{% if vip %}<p style=\"color: red\">Hi {{ name }}</p>{% endif %}\n"))
        #expect(scratch.read("a.html") == Self.email)
        #expect(try Mailproof.run(["inline", "--write", file]).status == 0)
        #expect(scratch.read("a.html") == Self.inlined)
        let again = try Mailproof.run(["inline", "--write", file])
        #expect(again.stdout.isEmpty && scratch.read("a.html") == Self.inlined)
    }

    @Test("--keep-style-tags and --apply-size-attributes")
    func options() throws {
        let scratch = try Scratch()
        let file = scratch.write("a.html", "<style>img { width: 600px }</style><img src=\"a.png\">")
        let run = try Mailproof.run(["inline", "--keep-style-tags", "--apply-size-attributes", file])
        #expect(run.stdout == "<style>img { width: 600px }</style><img style=\"width: 600px\" width=\"600\" src=\"a.png\">")
    }

    @Test("fix --inline-css fixes, then inlines")
    func fixAndInline() throws {
        let scratch = try Scratch()
        let file = scratch.write("a.html", "<style>p { color: red }</style><p onclick=\"t()\">x</p>")
        let run = try Mailproof.run(["fix", "--rules", "no-javascript", "--inline-css", file])
        #expect(run.status == 0)
        #expect(run.stdout == "<p style=\"color: red\">x</p>")
    }
}
