import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A fixed or inlined document printed to standard output is the file's bytes plus the edits, invalid UTF-8
/// included (the inliner fuzz target found it turned into U+FFFD).
@Suite("byte-exact output", .serialized)
struct ByteExactOutputTests {
    private func writeBytes(_ bytes: [UInt8], to path: String) {
        let file = fopen(path, "wb")!
        _ = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
        fclose(file)
    }

    private func readBytes(_ path: String) -> [UInt8] {
        guard let file = fopen(path, "rb") else { return [] }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while case let count = fread(&buffer, 1, buffer.count, file), count > 0 { bytes += buffer[0..<count] }
        return bytes
    }

    @Test(arguments: [["fix", "--rules", "no-javascript"], ["inline"]])
    func invalidUTF8SurvivesPrinting(_ command: [String]) throws {
        let scratch = try Scratch()
        let file = scratch.path + "/a.html"
        let text = Array("<html><head><style>p { color: red }</style></head><body><p onclick=\"x()\">Hi ".utf8)
        writeBytes(text + [0x88] + Array("</p></body></html>\n".utf8), to: file)
        let out = scratch.path + "/out.html"
        let status = system(([Mailproof.binary] + command + [file]).map(Mailproof.quote).joined(separator: " ") + " > " + Mailproof.quote(out) + " 2>/dev/null")
        #expect((status >> 8) & 0xFF == 0)
        let printed = readBytes(out)
        #expect(printed.count > 20 && printed.contains(0x88) && !printed.contains(0xEF)) // no U+FFFD (EF BF BD)
    }
}
