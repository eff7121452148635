#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser

extension ParsableCommand {
    /// Runs `body` (parse the arguments, run the command) and maps what it throws onto mailproof's exit statuses:
    /// the `main` of every mailproof executable.
    ///
    /// ArgumentParser exits with 64 for usage errors; mailproof's contract is 2 for every usage, configuration
    /// or I/O error, so scripts need to tell apart only "findings" (1) from "could not check" (2). A
    /// `CommandFailure` is one line on standard error, `mailproof: …`, with no usage text.
    public static func main(running body: () throws -> Void) {
        do {
            try body()
        } catch let code as ExitCode {
            exitQuietly(code)
        } catch let failure as CommandFailure {
            Output.error("mailproof: \(failure)")
            exitQuietly(ExitCode(2))
        } catch {
            let code = exitCode(for: error)
            if code == .success || code == .failure {
                Self.exit(withError: error) // help, version, and errors with their own code
            }
            Output.error(fullMessage(for: error))
            Self.exit(withError: ExitCode(2))
        }
    }

    /// Ends the process with a status that has nothing to print. ArgumentParser's `exit(withError:)` would print
    /// nothing for it too, but first builds the command's help text to find that out: a tenth of a one-file
    /// check. A command that has written everything calls this too, to skip freeing what it built.
    public static func exitQuietly(_ code: ExitCode) -> Never {
        // The C library's exit flushes standard output and an --output file, as ArgumentParser's exit does.
        #if canImport(Glibc)
        Glibc.exit(code.rawValue)
        #else
        Darwin.exit(code.rawValue)
        #endif
    }
}
