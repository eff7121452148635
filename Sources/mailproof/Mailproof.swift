import ArgumentParser
import MailproofKit

@main
struct Mailproof: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mailproof",
        abstract: "Check HTML email templates and signup forms against what email clients really support.",
        discussion: """
            Exit codes: 0 no findings at or above --fail-on; 1 findings at or above it (or more warnings than \
            --max-warnings); 2 usage, configuration or I/O error.
            """,
        version: MailproofVersion.current,
        subcommands: [Check.self, Fix.self, Inline.self, Rules.self, Explain.self, Clients.self, DataCommand.self,
                      SnippetCommand.self, MergeReports.self, InstallHook.self, Init.self],
        defaultSubcommand: Check.self
    )

    /// ArgumentParser exits with 64 for usage errors; mailproof's contract is 2 for every usage, configuration
    /// or I/O error, so scripts need to tell apart only "findings" (1) from "could not check" (2).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let exit as ExitCode {
            Self.exit(withError: exit)
        } catch let failure as CommandFailure {
            Output.error("mailproof: \(failure)")
            Self.exit(withError: ExitCode(2))
        } catch {
            let code = exitCode(for: error)
            if code == .success || code == .failure {
                Self.exit(withError: error) // help, version, and errors with their own code
            }
            Output.error(fullMessage(for: error))
            Self.exit(withError: ExitCode(2))
        }
    }
}
