import Testing
#if canImport(Glibc)
import Glibc
#endif

@Suite("mailproof fix", .serialized)
struct FixCommandTests {
    static let broken = "{% if vip %}\n<a href=\"{{ url }}\" onclick=\"t()\">Shipping &amp; returns</a>\n{% endif %}\n<!--[if mso]><b>o</b><![endif]-->\n"
    static let fixed = "{% if vip %}\n<a href=\"{{ url }}\">Shipping &amp; returns</a>\n{% endif %}\n<!--[if mso]><b>o</b><![endif]-->\n"

    @Test("one file: the fixed document on stdout, the file untouched")
    func printsFixedDocument() throws {
        let scratch = try Scratch()
        let file = scratch.write("a.html", Self.broken)
        let run = try Mailproof.run(["fix", "--rules", "no-javascript", file])
        #expect(run.status == 0)
        #expect(run.stdout == Self.fixed)
        #expect(scratch.read("a.html") == Self.broken)
    }

    @Test("--write rewrites in place, keeps permissions, and a second run changes nothing")
    func writes() throws {
        let scratch = try Scratch()
        let file = scratch.write("a.html", Self.broken)
        chmod(file, 0o640)
        let run = try Mailproof.run(["fix", "--write", "--rules", "no-javascript", file])
        #expect(run.status == 0)
        #expect(scratch.read("a.html") == Self.fixed)
        var info = stat()
        stat(file, &info)
        #expect(info.st_mode & 0o777 == 0o640)
        let again = try Mailproof.run(["fix", "--write", "--rules", "no-javascript", file])
        #expect(again.stdout.isEmpty && scratch.read("a.html") == Self.fixed)
        #expect(!scratch.list().contains { $0.contains(".mailproof-") }) // no temporary file left behind
    }

    @Test("--diff prints a unified diff and writes nothing")
    func diff() throws {
        let scratch = try Scratch()
        let file = scratch.write("a.html", Self.broken)
        let run = try Mailproof.run(["fix", "--diff", "--rules", "no-javascript", file])
        #expect(run.stdout.contains("-<a href=\"{{ url }}\" onclick=\"t()\">Shipping &amp; returns</a>\n+<a href=\"{{ url }}\">Shipping &amp; returns</a>\n"))
        #expect(run.stdout.contains("@@ -1,4 +1,4 @@"))
        #expect(scratch.read("a.html") == Self.broken)
    }

    @Test("--dry-run lists the fixes")
    func dryRun() throws {
        let scratch = try Scratch()
        let file = scratch.write("a.html", Self.broken)
        let run = try Mailproof.run(["fix", "--dry-run", "--rules", "no-javascript", file])
        #expect(run.stdout == "\(file):2:21: no-javascript: Event handler 'onclick' is removed by every email client\n")
    }

    @Test("several files need --write, --diff or --dry-run; unknown rules are usage errors")
    func usage() throws {
        let scratch = try Scratch()
        scratch.write("a.html", "<p>a</p>")
        scratch.write("b.html", "<p>b</p>")
        #expect(try Mailproof.run(["fix", scratch.path]).status == 2)
        #expect(try Mailproof.run(["fix", "--rules", "nope", scratch.path + "/a.html"]).status == 2)
    }
}

extension Scratch {
    func list() -> [String] {
        guard let directory = opendir(path) else { return [] }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            names.append(withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.baseAddress!.assumingMemoryBound(to: CChar.self)) })
        }
        return names
    }
}
