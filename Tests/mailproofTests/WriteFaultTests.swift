import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `fix --write` when the write fails or the process dies part-way: the original file is always intact.
/// The faults come from AtomicWriter's test hook, MAILPROOF_TEST_WRITE_FAULT.
@Suite("fix --write under fault", .serialized)
struct WriteFaultTests {
    static let broken = "<a href=\"https://example.com\" onclick=\"t()\">Shipping &amp; returns</a>\n"

    private func shell(_ script: String) -> Int32 { (system(script) >> 8) & 0xFF }

    @Test("a full disk: exit 2, the original intact, no temporary file left")
    func diskFull() throws {
        let scratch = try Scratch()
        let file = scratch.write("a.html", Self.broken)
        let status = shell("MAILPROOF_TEST_WRITE_FAULT=disk-full \(Mailproof.quote(Mailproof.binary)) fix --write --rules no-javascript "
                           + "\(Mailproof.quote(file)) > \(Mailproof.quote(scratch.path + "/out")) 2> \(Mailproof.quote(scratch.path + "/err"))")
        #expect(status == 2)
        #expect(scratch.read("err").contains("No space left on device; the original is unchanged"))
        #expect(scratch.read("a.html") == Self.broken)
        #expect(scratch.list().filter { $0.contains(".mailproof-") }.isEmpty)
    }

    @Test("killed between writing and renaming: the original intact; the complete new text only in a hidden temporary file")
    func killedBeforeRename() throws {
        let scratch = try Scratch()
        let file = scratch.write("a.html", Self.broken)
        let err = Mailproof.quote(scratch.path + "/err")
        // Start the fix, wait (up to 60 s) until it says it wrote the temporary file, then SIGKILL it.
        let script = """
            MAILPROOF_TEST_WRITE_FAULT=pause-before-rename \(Mailproof.quote(Mailproof.binary)) fix --write --rules no-javascript \
            \(Mailproof.quote(file)) > /dev/null 2> \(err) &
            pid=$!
            for i in $(seq 600); do grep -q 'paused before renaming' \(err) && break; sleep 0.1; done
            kill -KILL $pid
            wait $pid
            exit $?
            """
        #expect(shell(script) == 128 + SIGKILL) // killed, as a power cut or an OOM kill would
        #expect(scratch.read("err").contains("paused before renaming"))
        #expect(scratch.read("a.html") == Self.broken)
        let temporaries = scratch.list().filter { $0.hasPrefix(".a.html.mailproof-") }
        #expect(temporaries.count == 1)
        if let temporary = temporaries.first {
            #expect(scratch.read(temporary) == "<a href=\"https://example.com\">Shipping &amp; returns</a>\n")
        }
        // The next run is not disturbed by the leftover and finishes the job.
        #expect(try Mailproof.run(["fix", "--write", "--rules", "no-javascript", file]).status == 0)
        #expect(scratch.read("a.html") == "<a href=\"https://example.com\">Shipping &amp; returns</a>\n")
    }
}
