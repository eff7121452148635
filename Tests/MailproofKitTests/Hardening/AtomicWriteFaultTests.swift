import Testing
@testable import MailproofKit
#if canImport(Glibc)
import Glibc
#endif

/// The library side of a failed write: a full disk half-way through the temporary file leaves the original
/// as it was and no temporary file behind (the CLI side is in mailproofTests/WriteFaultTests).
@Suite struct AtomicWriteFaultTests {
    @Test func fullDiskLeavesTheOriginalAndNoTemporaryFile() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("a.html", "original")
        #expect(throws: AtomicWriter.Failure.io(path: path, reason: "No space left on device")) {
            try AtomicWriter.save(path, Array("the new, longer content".utf8), fault: .diskFull)
        }
        #expect(try FileReading.readText(path) == "original")
        var entries: [String] = []
        if let folder = opendir(directory.path) {
            while let entry = readdir(folder) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                if name != "." && name != ".." { entries.append(name) }
            }
            closedir(folder)
        }
        #expect(entries == ["a.html"])
    }
}
