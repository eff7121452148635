#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A one-line progress bar on standard error, for batches large enough to make someone wait at a terminal.
/// Nothing at all is written when standard error is not a terminal (CI logs, pipes, files) or the batch is
/// small, so machine output and logs stay clean.
final class ProgressBar {
    /// Fewer files than this finish before a bar would be worth reading.
    static let minimumFiles = 200
    private let total: Int
    private var done = 0
    private var drawnAt = -1
    private var visible = false
    private let sharesTerminalWithOutput: Bool

    /// `reportOnStandardOutput`: the report goes to standard output (not an --output file).
    init?(total: Int, reportOnStandardOutput: Bool) {
        guard total >= Self.minimumFiles, isatty(STDERR_FILENO) == 1,
              getenv("TERM").map({ String(cString: $0) != "dumb" }) ?? true else { return nil }
        self.total = total
        sharesTerminalWithOutput = reportOnStandardOutput && isatty(STDOUT_FILENO) == 1
    }

    func advance() {
        done += 1
        // Redraw about 200 times per run, not per file: a terminal is slower than the checker.
        let step = max(1, total / 200)
        if done == total || done - drawnAt >= step { draw() }
    }

    /// Report text about to go to the same terminal: take the bar off its line first.
    func clearIfSharingTerminal() {
        guard visible, sharesTerminalWithOutput else { return }
        erase()
        drawnAt = -1
    }

    func finish() {
        if visible { erase() }
    }

    private func draw() {
        drawnAt = done
        let width = 30
        let filled = total == 0 ? width : done * width / total
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        fflush(stdout)
        fputs("\r\(bar) \(done)/\(total) files", stderr)
        fflush(stderr)
        visible = true
    }

    private func erase() {
        fflush(stdout)
        fputs("\r\u{1B}[K", stderr)
        fflush(stderr)
        visible = false
    }
}
