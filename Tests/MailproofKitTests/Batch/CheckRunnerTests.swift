import Foundation
import Testing
@testable import MailproofKit

/// A parallel run hands results over in input order through a ring of slots as long as its window; files of very
/// different sizes finish out of order, and every one must still come out once, in its place.
@Suite("Checking files in parallel")
struct CheckRunnerTests {
    /// In-memory files, some a hundred times longer than others, so workers finish out of order.
    private func inputs(_ count: Int) -> [CheckInput] {
        (0..<count).map { n in
            let paragraphs = String(repeating: "<p>Hello \(n)</p>", count: n % 7 == 0 ? 400 : 1 + n % 5)
            return CheckInput(path: "file-\(n).html", bytes: Array("<html><body>\(paragraphs)</body></html>".utf8),
                              linter: Linter(rules: []))
        }
    }

    @Test("results come out in input order, each once, for more files than the window and fewer", arguments: [1, 2, 3, 8])
    func order(jobs: Int) {
        for count in [0, 1, 2, 5, 17, 203] {
            let files = inputs(count)
            var emitted: [(path: String, index: Int)] = []
            CheckRunner(jobs: jobs).run(files, prepare: { result, index in (result.path, index) }, emit: { emitted.append($0) })
            #expect(emitted.map(\.path) == files.map(\.path), "jobs \(jobs), \(count) files")
            #expect(emitted.map(\.index) == Array(0..<count), "jobs \(jobs), \(count) files")
        }
    }

    /// Whichever thread finishes the file next in order emits: the calls must still come one at a time, since
    /// `emit` writes the report and keeps the summary without a lock of its own.
    @Test("emit is never called while another call is running", arguments: [2, 3, 8])
    func oneEmitAtATime(jobs: Int) {
        let counter = NSLock()
        var running = 0
        var mostAtOnce = 0
        var count = 0
        CheckRunner(jobs: jobs).run(inputs(120)) { _ in
            counter.lock()
            running += 1
            mostAtOnce = max(mostAtOnce, running)
            counter.unlock()
            usleep(200) // long enough for another finished file to try to emit meanwhile
            counter.lock()
            running -= 1
            count += 1
            counter.unlock()
        }
        #expect(mostAtOnce == 1)
        #expect(count == 120)
    }
}
