#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import MailproofCommandLine

/// `mailproof serve`: replaces this process with the `mailproof-serve` executable, which has the workbench's
/// options and help and is the only one linking the HTTP stack (SwiftNIO and Hummingbird would make this binary
/// 40 MB bigger and every `mailproof check` start slower). Nothing is parsed here, not even `--help`, so
/// `mailproof serve …` behaves as `mailproof-serve …`; exec keeps the process, so signals and the first line on
/// standard output are the server's own.
struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: ServeDescription.abstract,
        discussion: ServeDescription.discussion
    )

    @Argument(parsing: .captureForPassthrough,
              help: ArgumentHelp("The workbench's options, passed on to mailproof-serve (see 'mailproof serve --help').",
                                 valueName: "option"))
    var arguments: [String] = []

    func run() throws {
        let executable = try ServeExecutable.locate()
        try ServeExecutable.exec(executable, arguments: arguments)
    }
}

/// Finding and starting `mailproof-serve`.
enum ServeExecutable {
    static let name = "mailproof-serve"

    /// `$MAILPROOF_SERVE` when it is set and not empty (then only it: a wrong path is an error, not a reason to
    /// run some other copy), else `mailproof-serve` beside this executable (symbolic links resolved), else the
    /// first on `PATH`.
    static func locate() throws -> String {
        if let named = environment("MAILPROOF_SERVE"), !named.isEmpty {
            guard isExecutableFile(named) else {
                throw CommandFailure("serve needs the mailproof-serve executable: MAILPROOF_SERVE names \(named), which is not an executable file")
            }
            return named
        }
        if let folder = runningExecutableFolder(), isExecutableFile(folder + "/" + name) {
            return folder + "/" + name
        }
        for folder in (environment("PATH") ?? "").split(separator: ":") where isExecutableFile(folder + "/" + name) {
            return folder + "/" + name
        }
        throw CommandFailure("serve needs the mailproof-serve executable beside mailproof or on PATH (swift build -c release --product mailproof-serve)")
    }

    /// Returns only if the exec failed.
    static func exec(_ path: String, arguments: [String]) throws {
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        fflush(stdout)
        execv(path, argv)
        throw CommandFailure("serve: cannot run \(path): \(String(cString: strerror(errno)))")
    }

    private static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    private static func isExecutableFile(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFREG && access(path, X_OK) == 0
    }

    /// The folder of the running `mailproof`, with symbolic links resolved (a `mailproof` on PATH may be a link
    /// to the build folder, where mailproof-serve is).
    private static func runningExecutableFolder() -> String? {
        #if os(Linux)
        let invoked = "/proc/self/exe"
        #else
        var size = UInt32(0)
        _ = _NSGetExecutablePath(nil, &size)
        var buffer = [CChar](repeating: 0, count: Int(size) + 1)
        let invoked = _NSGetExecutablePath(&buffer, &size) == 0 ? String(cString: buffer) : CommandLine.arguments[0]
        #endif
        guard let resolved = realpath(invoked, nil) else { return nil }
        defer { free(resolved) }
        let path = String(cString: resolved)
        guard let slash = path.lastIndex(of: "/") else { return nil }
        return String(path[..<slash])
    }
}
