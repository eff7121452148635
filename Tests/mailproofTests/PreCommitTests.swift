import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The pre-commit hook and `check --staged` in a scratch git repository: what is staged is what is checked.
@Suite("pre-commit hook", .serialized)
struct PreCommitTests {
    private struct Repository {
        let scratch: Scratch
        var path: String { scratch.path }

        init() throws {
            scratch = try Scratch()
            #expect(git("init -q") == 0)
        }

        /// Runs git in the repository with a fixed identity; returns its exit status.
        @discardableResult
        func git(_ arguments: String) -> Int32 {
            let command = "cd \(Mailproof.quote(path)) && GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.test "
                + "GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@example.test git -c core.hooksPath=.git/hooks -c commit.gpgsign=false "
                + arguments + " > /dev/null 2>&1"
            return (system(command) >> 8) & 0xFF
        }
    }

    private let bad = "<p>Hi</p><script>track()</script>"
    private let good = "<p>Hi</p>"

    @Test("the installed hook blocks a bad staged file and passes a good one, judging the index, not the working tree")
    func hook() throws {
        let repository = try Repository()
        repository.scratch.write("good.html", good)
        repository.scratch.write("bad.html", bad)
        repository.scratch.write("notes.txt", bad)
        #expect(repository.git("add good.html bad.html notes.txt") == 0)
        let install = try Mailproof.run(["install-hook"], in: repository.path)
        #expect(install.status == 0, "\(install.stderr)")
        #expect(repository.git("commit -q -m bad") != 0)

        // Fixed on disk but not staged: the commit would still hold the script.
        repository.scratch.write("bad.html", good)
        #expect(repository.git("commit -q -m still-bad") != 0)
        let staged = try Mailproof.run(["check", "--staged", "-f", "json"], in: repository.path)
        #expect(staged.status == 1)
        #expect(staged.stdout.contains("\"path\":\"bad.html\",\"error\":null,\"kind\":\"snippet\",\"provider\":null,\"findings\":[{\"rule\":\"no-javascript\""))
        #expect(staged.stdout.contains("\"path\":\"good.html\",\"error\":null,\"kind\":\"snippet\",\"provider\":null,\"findings\":[]"))
        #expect(!staged.stdout.contains("notes.txt"))

        // Staged fix, broken again on disk: the commit holds the fix and passes.
        #expect(repository.git("add bad.html") == 0)
        repository.scratch.write("bad.html", bad)
        #expect(repository.git("commit -q -m fixed") == 0)
        #expect(try Mailproof.run(["check", "--staged"], in: repository.path).status == 0)
    }

    @Test("install-hook refuses to replace a hook without --force")
    func refusesOverwrite() throws {
        let repository = try Repository()
        repository.scratch.write(".git/hooks/pre-commit", "#!/bin/sh\nexit 0\n")
        let refused = try Mailproof.run(["install-hook"], in: repository.path)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("already exists"))
        #expect(repository.scratch.read(".git/hooks/pre-commit") == "#!/bin/sh\nexit 0\n")
        #expect(try Mailproof.run(["install-hook", "--force"], in: repository.path).status == 0)
        #expect(repository.scratch.read(".git/hooks/pre-commit").contains("check --staged"))
    }

    @Test("--staged outside a repository is an error, not an empty success")
    func outsideRepository() throws {
        let scratch = try Scratch()
        let run = try Mailproof.run(["check", "--staged"], in: scratch.path)
        #expect(run.status == 2)
        #expect(run.stderr.contains("git"))
    }
}
