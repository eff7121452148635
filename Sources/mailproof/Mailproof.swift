import ArgumentParser
import MailproofCommandLine
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
                      SnippetCommand.self, MergeReports.self, InstallHook.self, Init.self, Text.self, Preview.self, LSPCommand.self, Serve.self],
        defaultSubcommand: Check.self
    )

    /// Exit statuses as `main(running:)` maps them (2 for every usage, configuration or I/O error).
    static func main() {
        main(running: {
            let arguments = CommandLine.arguments.dropFirst()
            // What ArgumentParser prints for it, without building the command tree (two thirds of a one-file
            // check's start-up): version probes by editors and hooks, and the start-up figure of Benchmarks/run.
            if arguments.count == 1, arguments.first == "--version" {
                print(MailproofVersion.current)
                return
            }
            if arguments.first == "check", let request = CheckRequest(plainArguments: arguments.dropFirst()) {
                try request.run()
                return
            }
            if arguments.first == "inline", let request = InlineRequest(plainArguments: arguments.dropFirst()) {
                try request.run()
                return
            }
            var command = try directCommand() ?? parseAsRoot()
            try command.run()
        })
    }

    /// `mailproof check …` (the command a pre-commit hook runs once per commit), `fix …` and `inline …`, parsed
    /// on their own: building the whole command tree costs a third of a one-file check. Help, version and
    /// anything that does not parse go the usual way, so their output and errors are the same.
    private static func directCommand() -> ParsableCommand? {
        let arguments = CommandLine.arguments.dropFirst()
        let command: ParsableCommand.Type
        switch arguments.first {
        case "check": command = Check.self
        case "fix": command = Fix.self
        case "inline": command = Inline.self
        default: return nil
        }
        let rest = Array(arguments.dropFirst())
        if rest.contains(where: { $0 == "-h" || $0 == "--help" || $0 == "--version" || $0 == "help" || $0.hasPrefix("--generate-") || $0.hasPrefix("--experimental") }) {
            return nil
        }
        return try? command.parseAsRoot(rest)
    }
}
