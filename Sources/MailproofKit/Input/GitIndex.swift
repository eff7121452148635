#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What is staged in the git repository around the working directory, for `check --staged` and the
/// pre-commit hook: they must check what will be committed (the index), not the working tree, which may hold
/// unstaged edits that fix — or break — the file.
public enum GitIndex {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// The repository's top folder (absolute).
    public static func topLevel() throws -> String {
        let output = try git(["rev-parse", "--show-toplevel"], what: "find the git repository (is this folder inside one?)")
        return String(decoding: output, as: UTF8.self).trimmingNewlines()
    }

    /// Paths (relative to the top folder) of files added, copied, modified or renamed in the index.
    public static func stagedPaths() throws -> [String] {
        let output = try git(["diff", "--cached", "--name-only", "-z", "--diff-filter=ACMR"], what: "list the staged files")
        return FileList.paths(in: output, nulSeparated: true)
    }

    /// The staged bytes of `path` (relative to the top folder): the blob in the index, not the file on disk.
    public static func stagedContent(of path: String, topLevel: String) throws -> [UInt8] {
        try git(["-C", topLevel, "cat-file", "blob", ":" + path], what: "read the staged content of \(path)")
    }

    /// Where git runs the pre-commit hook from (honours `core.hooksPath` and linked worktrees).
    public static func preCommitHookPath() throws -> String {
        let output = try git(["rev-parse", "--git-path", "hooks/pre-commit"], what: "find the git hooks folder (is this folder inside a repository?)")
        return String(decoding: output, as: UTF8.self).trimmingNewlines()
    }

    /// Runs git with its standard error discarded (a failure is reported in our words) and returns its output.
    static func git(_ arguments: [String], what: String) throws -> [UInt8] {
        let command = (["git"] + arguments).map(shellQuoted).joined(separator: " ") + " 2>/dev/null"
        guard let pipe = popen(command, "r") else { throw Failure(description: "could not run git: \(FileReading.systemError())") }
        let output = try? FileReading.readAll(fileno(pipe), path: "git", limit: .max)
        let status = pclose(pipe)
        guard let output, status == 0 else { throw Failure(description: "git could not \(what)") }
        return output
    }

    static func shellQuoted(_ text: String) -> String {
        "'" + text.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
    }
}

extension String {
    func trimmingNewlines() -> String {
        var text = Substring(self)
        while text.last == "\n" || text.last == "\r" { text.removeLast() }
        return String(text)
    }
}
