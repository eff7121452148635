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
        subcommands: [Check.self, Rules.self, Explain.self, Clients.self, DataCommand.self],
        defaultSubcommand: Check.self
    )
}
