import ArgumentParser
import MailproofCommandLine
import MailproofKit

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a commented .mailproof.yml in the current folder.",
        discussion: "Every setting with its default and every rule with its default severity, ready to edit."
    )

    @Option(name: .shortAndLong, help: "Where to write the configuration.")
    var path = ".mailproof.yml"

    @Flag(help: "Overwrite an existing file.")
    var force = false

    func run() throws {
        if !force, FileReading.kind(of: path) != .missing {
            throw CommandFailure("\(path) already exists; use --force to overwrite it")
        }
        try AtomicWriter.save(path, Array(ConfigurationTemplate.text.utf8))
        Output.write("wrote \(path)\n")
    }
}
