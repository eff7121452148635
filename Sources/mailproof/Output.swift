#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writing to standard output and error without Foundation, buffered by the C library.
enum Output {
    static func write(_ text: String) {
        guard !text.isEmpty else { return }
        fputs(text, stdout)
    }

    static func error(_ text: String) {
        fflush(stdout)
        fputs(text.hasSuffix("\n") ? text : text + "\n", stderr)
    }

    /// Colour only for a terminal, and never when NO_COLOR is set (https://no-color.org).
    static var wantsColor: Bool {
        isatty(STDOUT_FILENO) == 1 && getenv("NO_COLOR").map { String(cString: $0).isEmpty } ?? true
    }
}
