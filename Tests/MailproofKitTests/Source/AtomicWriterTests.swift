import Testing
@testable import MailproofKit
#if canImport(Glibc)
import Glibc
#endif

@Suite("Atomic writes")
struct AtomicWriterTests {
    @Test("a file changed since it was read is not overwritten")
    func changedSinceRead() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("a.html", "old")
        let read = try FileReading.readBytes(path)
        try directory.write("a.html", "someone else's edit")
        #expect(throws: AtomicWriter.Failure.changedSinceRead(path: path)) {
            try AtomicWriter.replace(path, with: Array("new".utf8), expecting: read)
        }
        #expect(try FileReading.readText(path) == "someone else's edit")
    }

    @Test("a write that cannot happen leaves the original intact")
    func failedWrite() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("a.html", "original")
        chmod(directory.path, 0o500) // no new files in the folder
        defer { chmod(directory.path, 0o755) }
        if getuid() != 0 {
            #expect(throws: AtomicWriter.Failure.self) {
                try AtomicWriter.replace(path, with: Array("new".utf8), expecting: Array("original".utf8))
            }
        }
        #expect(try FileReading.readText(path) == "original")
    }

    @Test("the diff of two texts")
    func unifiedDiff() {
        let old = Array("a\nb\nc\nd\ne\nf\ng\nh\ni\n".utf8)
        let new = Array("a\nb\nc\nD\ne\nf\ng\nh\ni\nj".utf8)
        let diff = UnifiedDiff.make(old: old, new: new, path: "x.html")
        #expect(diff == """
            --- a/x.html
            +++ b/x.html
            @@ -1,9 +1,10 @@
             a
             b
             c
            -d
            +D
             e
             f
             g
             h
             i
            +j
            \\ No newline at end of file

            """)
        #expect(UnifiedDiff.make(old: old, new: old, path: "x").isEmpty)
    }
}
