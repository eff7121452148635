import Foundation
@testable import MailproofServer
import Testing

/// The threads that work on the API's documents: every job's answer or error comes back to its own request, and
/// no more jobs run at once than there are workers.
@Suite("check workers")
struct CheckWorkersTests {
    /// Counts the jobs running at once, and the most there ever were.
    private final class Gauge: @unchecked Sendable {
        private let lock = NSLock()
        private var running = 0
        private(set) var most = 0

        func enter() { lock.lock(); running += 1; most = max(most, running); lock.unlock() }
        func leave() { lock.lock(); running -= 1; lock.unlock() }
    }

    private struct Refused: Error, Equatable { let number: Int }

    @Test("each request gets its own job's answer or error, with at most as many jobs at once as workers")
    func answersAndBound() async throws {
        let workers = CheckWorkers(threads: 2)
        let gauge = Gauge()
        let answers = try await withThrowingTaskGroup(of: (Int, Result<Int, Refused>).self) { group in
            for number in 0..<40 {
                group.addTask {
                    do {
                        let value = try await workers.run {
                            gauge.enter()
                            defer { gauge.leave() }
                            usleep(2_000)
                            if number % 7 == 0 { throw Refused(number: number) }
                            return number * number
                        }
                        return (number, .success(value))
                    } catch let refused as Refused {
                        return (number, .failure(refused))
                    }
                }
            }
            var answers: [Int: Result<Int, Refused>] = [:]
            for try await (number, result) in group { answers[number] = result }
            return answers
        }
        #expect(answers.count == 40)
        for number in 0..<40 {
            #expect(answers[number] == (number % 7 == 0 ? .failure(Refused(number: number)) : .success(number * number)))
        }
        #expect(gauge.most <= 2)
        #expect(gauge.most >= 1)
    }
}
