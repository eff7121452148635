#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import MailproofCommandLine
import MailproofKit

struct InstallHook: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "install-hook",
        abstract: "Install a git pre-commit hook that checks the staged content of staged templates.",
        discussion: """
            The hook runs `mailproof check --staged`: what is checked is what the commit will hold, whatever the \
            working tree says. Skip it once with `git commit --no-verify`. For the pre-commit framework, use \
            .pre-commit-hooks.yaml instead (see the README).
            """
    )

    @Flag(help: "Replace an existing pre-commit hook.")
    var force = false

    func run() throws {
        let hookPath: String
        do { hookPath = try GitIndex.preCommitHookPath() } catch { throw CommandFailure("\(error)") }
        if !force, FileReading.kind(of: hookPath) != .missing {
            throw CommandFailure("\(hookPath) already exists; use --force to replace it (or call `mailproof check --staged` from it)")
        }
        let folder = PathName.directory(of: hookPath)
        if FileReading.kind(of: folder) == .missing, mkdir(folder, 0o755) != 0 {
            throw CommandFailure("cannot create \(folder): \(String(cString: strerror(errno)))")
        }
        try AtomicWriter.save(hookPath, Array(Self.script(binary: Self.executablePath()).utf8), permissions: 0o755)
        Output.write("installed \(hookPath)\n")
    }

    /// Runs the binary that installed the hook while it exists, otherwise whichever `mailproof` is on PATH, so
    /// a rebuilt or reinstalled mailproof keeps working. MAILPROOF overrides both.
    static func script(binary: String?) -> String {
        let fallback = binary.map(GitIndexQuoting.quoted) ?? "mailproof"
        return """
            #!/bin/sh
            # Written by `mailproof install-hook`: checks the staged content of the staged email templates, so what
            # is committed is what was checked. Skip once with `git commit --no-verify`.
            mailproof="$MAILPROOF"
            if [ -z "$mailproof" ]; then mailproof=\(fallback); fi
            if [ ! -x "$mailproof" ] && command -v mailproof >/dev/null 2>&1; then mailproof=mailproof; fi
            exec "$mailproof" check --staged

            """
    }

    /// This binary's absolute path (Linux: /proc/self/exe; elsewhere argv[0] made absolute).
    static func executablePath() -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        if count > 0 { return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self) }
        let argument = CommandLine.arguments[0]
        return argument.contains("/") ? PathName.absolute(argument) : nil
    }
}

enum GitIndexQuoting {
    static func quoted(_ text: String) -> String {
        "'" + text.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
    }
}
