import Testing
@testable import MailproofKit
#if canImport(Glibc)
import Glibc
#endif

/// Whatever customers paste: each case gives a correct result or one clear line naming the file, never a crash.
@Suite("Bad input")
struct BadInputTests {
    private func check(_ name: String, linter: Linter? = nil) throws -> FileResult {
        let rules = try Configuration().enabledRules()
        return CheckRunner.check(CheckInput(path: fixturePath("bad-input/" + name), linter: linter ?? Linter(rules: rules)))
    }

    @Test("an empty file has no findings")
    func empty() throws {
        let result = try check("empty.html")
        #expect(result.error == nil && result.findings.isEmpty)
    }

    @Test("binary data is one clear line naming the file")
    func binary() throws {
        let result = try check("image.png.html")
        #expect(result.error == "\(fixturePath("bad-input/image.png.html")): looks like a PNG image, not HTML; skipped")
    }

    @Test("the binary sniff counts control bytes eight at a time exactly as one at a time")
    func controlBytesCountedByWord() {
        // Every byte value in every position of a word, among text bytes and the controls text holds.
        let fillers: [UInt8] = [0x41, 0x09, 0x0A, 0x0C, 0x0D, 0x20, 0x7F, 0x80, 0xE2]
        for value in 0...255 {
            for position in 0..<8 {
                for filler in fillers {
                    var bytes = [UInt8](repeating: filler, count: 8)
                    bytes[position] = UInt8(value)
                    let word = bytes.withUnsafeBufferPointer { WordScan.load($0, 0) }
                    let expected = bytes.filter { $0 < 0x20 && ![0x09, 0x0A, 0x0C, 0x0D].contains($0) }.count
                    #expect(BinarySniffer.suspiciousBytes(in: word) == expected, "byte \(value) at \(position) among \(filler)")
                }
            }
        }
        // A file of text with a few stray controls is text; one made of them is not.
        let text = Array(("<p>Hello\tthere</p>\r\n" + String(repeating: "x", count: 200) + "\u{1}").utf8)
        #expect(BinarySniffer.binaryKind(of: text) == nil)
        #expect(BinarySniffer.binaryKind(of: [UInt8](repeating: 0x01, count: 64)) == "binary data")
    }

    @Test("NUL bytes are encoding findings at their byte")
    func nulBytes() throws {
        let result = try check("nul-bytes.html")
        let encoding = result.findings.filter { $0.ruleID == "encoding" }
        #expect(encoding.map(\.range.start) == [9, 29])
        #expect(encoding.first?.start.column == 10)
    }

    @Test("invalid UTF-8 is reported per bad byte, and the rest is still checked")
    func invalidUTF8() throws {
        let result = try check("invalid-utf8.html")
        let encoding = result.findings.filter { $0.ruleID == "encoding" }
        #expect(encoding.map(\.range) == [ByteRange(start: 6, length: 1), ByteRange(start: 10, length: 1)])
        #expect(encoding.first?.message.contains("0xE9") == true)
    }

    /// The encoding rule lists 20 bad bytes; libxml2 used to get the 21st and later as they were, say "Input is not
    /// proper UTF-8" ten times (ten `html-parse` errors) and read the rest of the file as Latin-1.
    @Test("every invalid byte gets a stand-in before parsing, not only the ones reported")
    func manyInvalidBytes() throws {
        let bytes = Array("<html><body><p>".utf8) + [UInt8](repeating: 0xE9, count: 30)
            + Array("</p><table><tr><td>x</td></tr></table><p>é</p></body></html>".utf8)
        let source = try SourceFile(path: "many.html", data: bytes)
        #expect(source.encodingProblems.count == 21)
        let document = Document.parse(source)
        #expect(document.parseErrors.isEmpty)
        #expect(document.elements.map(\.name) == ["html", "body", "p", "table", "tr", "td", "p"])
        #expect(document.text(document.elements.last!.range) == "<p>é</p>")
    }

    @Test("UTF-16 with a BOM is transcoded")
    func utf16() throws {
        let data = try FileReading.readBytes(fixturePath("bad-input/utf16-bom.html"))
        let source = try SourceFile(path: "u.html", data: data)
        #expect(source.encoding == .transcoded(from: "UTF-16LE"))
        #expect(String(decoding: source.bytes, as: UTF8.self) == "<p>Grüße <b>日本</b></p>\n")
        #expect(try check("utf16-bom.html").findings.isEmpty)
    }

    @Test("Latin-1 declared by <meta charset> is read as Windows-1252")
    func latin1() throws {
        let result = try check("latin1-meta.html")
        #expect(result.source?.encoding == .transcoded(from: "WINDOWS-1252"))
        #expect(!result.findings.contains { $0.ruleID == "encoding" })
        #expect(result.findings.filter { $0.ruleID == "no-javascript" }.count == 1)
        let text = String(decoding: try #require(result.source).bytes, as: UTF8.self)
        #expect(text.contains("Café crème"))
    }

    @Test("unterminated comment, style and template tags are handled")
    func unterminated() throws {
        let comment = try check("unterminated-comment.html")
        #expect(comment.findings.map(\.ruleID) == ["html-parse"])
        #expect(comment.findings.first?.start.line == 2)
        let style = try check("unterminated-style.html")
        #expect(style.findings.map(\.ruleID) == ["html-parse", "css-syntax"]) // <style> never closed; the rule never ended
        for name in ["unterminated-output-tag.html", "unterminated-statement-tag.html"] {
            let result = try check(name)
            #expect(result.error == nil, "\(name)")
        }
        let document = parse("<p>Hi {{ first_name</p>\n<a href=\"{{ url }}\">ok</a>\n")
        #expect(document.templateProblems.count == 1)
        #expect(first("a", in: document)?.value("href") == "{{ url }}")
    }

    @Test("a path that does not exist, and a directory symlink loop")
    func missingPathAndSymlinkLoop() throws {
        let directory = try TemporaryDirectory()
        try directory.write("a/page.html", "<p>x</p>")
        #expect(symlink(directory.path + "/a", directory.path + "/a/loop") == 0)
        let found = FileDiscovery().find([directory.path, directory.path + "/missing.html"])
        #expect(found.files.map(\.path) == [directory.path + "/a/page.html"])
        #expect(found.errors == ["\(directory.path)/missing.html: no such file or directory"])
    }

    @Test("an unreadable file is one line naming it")
    func unreadable() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("secret.html", "<p>x</p>")
        chmod(path, 0)
        defer { chmod(path, 0o644) }
        // Root reads any file whatever its mode (CI runs as root), so there a file that cannot be opened for
        // reading stands in: a folder named like a template.
        let unreadable = getuid() == 0 ? directory.path + "/folder.html" : path
        if getuid() == 0 { mkdir(unreadable, 0o755) }
        let result = CheckRunner.check(CheckInput(path: unreadable, linter: Linter(rules: [])))
        #expect(result.error == (getuid() == 0 ? "\(unreadable): is a directory" : "\(unreadable): Permission denied"))
    }

    @Test("a file over the size limit is refused with the limit named")
    func tooLarge() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("big.html", String(repeating: "<p>x</p>", count: 200))
        let result = CheckRunner.check(CheckInput(path: path, linter: Linter(rules: []), maxFileSize: 1000))
        #expect(result.error == "\(path): 1600 bytes is over the 1000-byte limit (set maxFileSize in .mailproof.yml to raise it)")
    }

    @Test("a 20 MB file is checked")
    func twentyMegabytes() throws {
        let row = "<tr><td style=\"padding: 8px; color: #333\">Row with text and a <a href=\"https://example.com/?a=1&b=2\">link</a></td></tr>\n"
        let html = "<table>" + String(repeating: row, count: 20_000_000 / row.utf8.count + 1) + "</table>"
        let findings = try lint(html, rule: HTMLParseRule.self)
        #expect(html.utf8.count > 20_000_000)
        #expect(findings.isEmpty)
    }
}

/// A scratch folder removed when the value goes away.
final class TemporaryDirectory {
    let path: String

    init() throws {
        var template = Array("/tmp/mailproof-test-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { throw SourceError.unreadable(path: "/tmp", reason: "mkdtemp failed") }
        path = String(cString: made)
    }

    @discardableResult
    func write(_ relative: String, _ text: String) throws -> String {
        let full = path + "/" + relative
        let folder = PathName.directory(of: full)
        var prefix = ""
        for part in folder.split(separator: "/") {
            prefix += "/" + part
            mkdir(prefix, 0o755)
        }
        guard let file = fopen(full, "wb") else { throw SourceError.unreadable(path: full, reason: "cannot create") }
        fputs(text, file)
        fclose(file)
        return full
    }

    deinit {
        _ = system("rm -rf '\(path)'")
    }
}
