import Foundation

/// The threads that check, fix and preview documents for the API: one per core, taking requests in the order they
/// came. Run on Swift's cooperative threads, each check (milliseconds of CPU) held a thread the server's other
/// requests were waiting for, and under load some requests waited several turns (p99 five times the median with 8
/// connections on 2 cores). Here every request waits its turn, and no more documents are worked on at once than
/// there are cores, so several 5 MB documents never all hold their trees in memory at the same time.
final class CheckWorkers: @unchecked Sendable {
    /// One set per process, shared by every server in it (the route tests make many).
    static let shared = CheckWorkers(threads: ProcessInfo.processInfo.activeProcessorCount)

    private let condition = NSCondition()
    /// Waiting jobs from `next` on, oldest first.
    private var jobs: [@Sendable () -> Void] = []
    private var next = 0

    init(threads: Int) {
        for number in 1...max(1, threads) {
            let thread = Thread { [self] in work() }
            thread.name = "mailproof-worker-\(number)"
            thread.start()
        }
    }

    /// Runs `job` on a worker once the requests before it have started, and returns what it returns or throws.
    func run<Result: Sendable>(_ job: @escaping @Sendable () throws -> Result) async throws -> Result {
        try await withCheckedThrowingContinuation { continuation in
            enqueue { continuation.resume(with: Swift.Result { try job() }) }
        }
    }

    private func enqueue(_ job: @escaping @Sendable () -> Void) {
        condition.lock()
        jobs.append(job)
        condition.signal()
        condition.unlock()
    }

    private func work() {
        while true {
            condition.lock()
            while next == jobs.count { condition.wait() }
            let job = jobs[next]
            next += 1
            // Drop the jobs already taken once they are most of the array.
            if next >= 32, next * 2 >= jobs.count {
                jobs.removeFirst(next)
                next = 0
            }
            condition.unlock()
            job()
        }
    }
}
