#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writing to standard output and error without Foundation, buffered by the C library.
public enum Output {
    /// Standard output, or the `--output` file while a report is written to it.
    nonisolated(unsafe) private static var destination: UnsafeMutablePointer<FILE>?
    nonisolated(unsafe) private static var destinationPath: String?

    public static func write(_ text: String) {
        guard !text.isEmpty else { return }
        fputs(text, destination ?? stdout)
    }

    /// Bytes as they are: a fixed or inlined document printed to standard output keeps any invalid UTF-8 it had
    /// (a String would turn it into U+FFFD).
    public static func write(bytes: [UInt8]) {
        guard !bytes.isEmpty else { return }
        _ = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, destination ?? stdout) }
    }

    public static func error(_ text: String) {
        fflush(stdout)
        fputs(text.hasSuffix("\n") ? text : text + "\n", stderr)
    }

    /// Sends `write` to a file (created or truncated) until `closeRedirect`.
    public static func redirect(to path: String) throws {
        guard let file = fopen(path, "wb") else {
            throw CommandFailure( "\(path): cannot write: \(String(cString: strerror(errno)))")
        }
        destination = file
        destinationPath = path
    }

    public static func closeRedirect() throws {
        guard let file = destination else { return }
        destination = nil
        let failed = ferror(file) != 0
        if fclose(file) != 0 || failed {
            throw CommandFailure( "\(destinationPath ?? "output"): could not be written completely")
        }
    }

    /// Colour only for a terminal, and never when NO_COLOR is set (https://no-color.org).
    public static var wantsColor: Bool {
        isatty(STDOUT_FILENO) == 1 && getenv("NO_COLOR").map { String(cString: $0).isEmpty } ?? true
    }
}

/// A failure while running a command (not a usage mistake): reported as one line, exit code 2, no usage text.
public struct CommandFailure: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
