import Testing

@Suite("mailproof text", .serialized)
struct TextCommandTests {
    @Test("text prints the plain-text part; - reads standard input; fix --text writes it beside the fixed HTML")
    func text() throws {
        let html = "<p>Hi {{ name }}</p><p><a href=\"https://example.com/a\" onclick=\"t()\">Read more</a></p>\n"
        let printed = try Mailproof.run(["text", "-"], input: html)
        #expect(printed.status == 0)
        #expect(printed.stdout == "Hi {{ name }}\n\nRead more (https://example.com/a)\n")
        let scratch = try Scratch()
        let file = scratch.write("a.html", html)
        let fix = try Mailproof.run(["fix", "--write", "--rules", "no-javascript", "--text", scratch.path + "/a.txt", file])
        #expect(fix.status == 0)
        #expect(scratch.read("a.txt") == printed.stdout)
        #expect(!scratch.read("a.html").contains("onclick"))
        #expect(try Mailproof.run(["text", "--width", "5", file]).status == 2)
        #expect(try Mailproof.run(["text", scratch.path + "/missing.html"]).status == 2)
        let refused = try Mailproof.run(["text", Mailproof.root + "/Fixtures/bad-input/image.png.html"])
        #expect(refused.status == 2)
        #expect(refused.stderr.hasPrefix("mailproof: "))
    }
}
