import ArgumentParser
import Foundation
import MailproofCommandLine
import MailproofKit

struct DataCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "data",
        abstract: "Manage the email-client support data.",
        subcommands: [Import.self]
    )

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import caniemail's data file (data.json or data-ordered.json) into the embedded database.",
            discussion: """
                Writes the Swift source that embeds the database (facts only: slugs, titles, categories, and each \
                client's version history in listed order). Importing the same file twice gives the same bytes. \
                Rebuild mailproof afterwards. To use a newer file without rebuilding, pass it with --compat-data.
                """
        )

        @Argument(help: "caniemail's API file.")
        var file: String

        @Option(name: .shortAndLong, help: "The Swift file to write.")
        var output = CaniemailImporter.defaultEmbeddedSourcePath

        func run() throws {
            do {
                let report = try CaniemailImporter.writeEmbeddedSource(from: URL(fileURLWithPath: file), to: URL(fileURLWithPath: output))
                Output.write(report.summary + "\nWrote \(output)\n")
            } catch {
                Output.error("mailproof: \(file): \(error)")
                throw ExitCode(2)
            }
        }
    }
}
