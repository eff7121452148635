import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Batch runs: file lists, shards and their merged reports, baselines, the summary, the progress bar.
@Suite("mailproof batch options", .serialized)
struct BatchCommandTests {
    /// Paths of a JSON report, in report order.
    private func paths(inJSON text: String) -> [String] {
        text.split(separator: "\n").filter { $0.hasPrefix("{\"path\"") }.map { String($0.split(separator: "\"")[3]) }
    }

    /// A folder of files, half with a finding, in nested folders.
    private func tree(_ scratch: Scratch, count: Int) -> [String] {
        (0..<count).map { number in
            let relative = "t\(number % 4)/n\(number % 3)/file-\(number).html"
            scratch.write(relative, number.isMultiple(of: 2) ? "<p>\(number)</p>" : "<p>\(number)</p><script>x()</script>")
            return scratch.path + "/" + relative
        }
    }

    @Test("--files-from: newline, NUL and standard input lists; the order is the list's whatever --jobs")
    func filesFrom() throws {
        let scratch = try Scratch()
        let files = tree(scratch, count: 24).reversed().map { $0 }
        let list = scratch.write("list.txt", files.joined(separator: "\n") + "\n\n")
        let sequential = try Mailproof.run(["check", "-f", "json", "--jobs", "1", "--files-from", list])
        let parallel = try Mailproof.run(["check", "-f", "json", "--jobs", "4", "--files-from", list])
        #expect(paths(inJSON: sequential.stdout) == files)
        #expect(parallel.stdout == sequential.stdout)
        // fputs stops at a NUL byte: let tr write the NUL-separated list.
        let nul = scratch.path + "/list0"
        #expect(system("tr '\\n' '\\000' < \(Mailproof.quote(list)) > \(Mailproof.quote(nul))") == 0)
        #expect(try Mailproof.run(["check", "-f", "json", "-0", "--files-from", nul]).stdout == sequential.stdout)
        let piped = try Mailproof.run(["check", "-f", "json", "--files-from", "-"], input: files.joined(separator: "\r\n"))
        #expect(piped.stdout == sequential.stdout)
        #expect(try Mailproof.run(["check", "-0", files[0]]).status == 2)
        #expect(try Mailproof.run(["check", "--files-from", scratch.path + "/missing.txt"]).status == 2)
    }

    @Test("--shard K/N: the shards check every file exactly once, and merge-reports gives the full run back")
    func shards() throws {
        let scratch = try Scratch()
        let files = tree(scratch, count: 40)
        let full = try Mailproof.run(["check", "-f", "json", scratch.path])
        var seen: [String] = []
        var jsonShards: [String] = []
        var sarifShards: [String] = []
        for k in 1...3 {
            let run = try Mailproof.run(["check", "-f", "json", "--shard", "\(k)/3", scratch.path])
            seen += paths(inJSON: run.stdout)
            jsonShards.append(scratch.write("shard-\(k).json", run.stdout))
            let sarif = try Mailproof.run(["check", "-f", "sarif", "--shard", "\(k)/3", scratch.path])
            sarifShards.append(scratch.write("shard-\(k).sarif", sarif.stdout))
            #expect(!paths(inJSON: run.stdout).isEmpty, "shard \(k) of 3 got no file of 40")
        }
        #expect(seen.sorted() == files.sorted())
        #expect(Set(seen).count == seen.count)

        let merged = try Mailproof.run(["merge-reports"] + jsonShards)
        #expect(merged.status == 1)
        #expect(paths(inJSON: merged.stdout).sorted() == paths(inJSON: full.stdout).sorted())
        #expect(merged.stdout.contains("\"summary\":{\"files\":40,\"errors\":20,\"warnings\":0,\"infos\":0}"))
        #expect(full.stdout.contains("\"summary\":{\"files\":40,\"errors\":20,\"warnings\":0,\"infos\":0}"))

        let mergedSARIF = try Mailproof.run(["merge-reports"] + sarifShards)
        #expect(mergedSARIF.stdout.hasPrefix("{\"$schema\":\"https://json.schemastore.org/sarif-2.1.0.json\""))
        #expect(mergedSARIF.stdout.components("\"ruleId\":\"no-javascript\"") == 20)
        let asJSONLines = try Mailproof.run(["merge-reports", "--format", "jsonl"] + sarifShards)
        #expect(asJSONLines.stdout.split(separator: "\n").count == 20)
        #expect(try Mailproof.run(["check", "--shard", "4/3", scratch.path]).status == 2)
        #expect(try Mailproof.run(["check", "--shard", "x", scratch.path]).status == 2)
    }

    @Test("a baseline round trip: after edits elsewhere in the file only the new finding remains")
    func baseline() throws {
        let scratch = try Scratch()
        let original = """
            <p>Hello</p>
            <img src="https://x.test/a.png" width="10">
            <img src="https://x.test/a.png" width="10">
            <script>track()</script>
            """
        let file = scratch.write("legacy.html", original)
        let baseline = scratch.path + "/baseline.json"
        let write = try Mailproof.run(["check", "--write-baseline", baseline, file])
        #expect(write.status == 0)
        #expect(write.stdout.contains("3 known findings suppressed by the baseline"))
        #expect(try Mailproof.run(["check", "--baseline", baseline, file]).status == 0)

        // Lines added above move every old finding; a third identical <img> and a new <script> are new.
        scratch.write("legacy.html", "<p>News</p>\n<p>More news</p>\n" + original + "\n<img src=\"https://x.test/a.png\" width=\"10\">\n<p><script>other()</script></p>")
        let run = try Mailproof.run(["check", "-f", "json", "--baseline", baseline, file])
        #expect(run.status == 1)
        let rules = run.stdout.split(separator: "{").filter { $0.hasPrefix("\"rule\"") }.map { String($0.split(separator: "\"")[2]) }
        #expect(rules == ["img-alt", "no-javascript"])
        #expect(run.stdout.contains("\"line\":7,"))
        #expect(run.stdout.contains("\"line\":8,"))
        let without = try Mailproof.run(["check", "-f", "json", file])
        #expect(without.stdout.components("\"rule\"") == 5)
        scratch.write("bad-baseline.json", "{\"findings\":3}")
        #expect(try Mailproof.run(["check", "--baseline", scratch.path + "/bad-baseline.json", file]).status == 2)
    }

    @Test("the text summary names files with findings and the top rules")
    func summary() throws {
        let scratch = try Scratch()
        _ = tree(scratch, count: 6)
        let run = try Mailproof.run(["check", "--no-color", scratch.path])
        #expect(run.stdout.contains("✖ 3 problems (3 errors, 0 warnings, 0 info) in 6 files (3 with findings)\n  top rules: no-javascript 3\n"))
    }

    @Test("no progress bar when standard error is not a terminal, however large the batch")
    func progressSilent() throws {
        let scratch = try Scratch()
        for number in 0..<220 { scratch.write("f\(number).html", "<p>\(number)</p>") }
        let run = try Mailproof.run(["check", scratch.path])
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty)
    }

    @Test("--output writes the report to a file")
    func output() throws {
        let scratch = try Scratch()
        let file = scratch.write("a.html", "<script>x()</script>")
        let run = try Mailproof.run(["check", "-f", "json", "-o", scratch.path + "/report.json", file])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(scratch.read("report.json").contains("\"rule\":\"no-javascript\""))
    }
}

extension String {
    /// How many times `part` occurs.
    func components(_ part: String) -> Int {
        split(separator: part, omittingEmptySubsequences: false).count - 1
    }
}
