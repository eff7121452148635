import ArgumentParser
import MailproofCommandLine
import MailproofKit

struct Clients: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clients",
        abstract: "List the email clients (family.platform ids), their platforms and the client presets."
    )

    @Option(help: "A caniemail data file to use instead of the embedded data.")
    var compatData: String?

    func run() throws {
        Output.write(ClientListing.text(for: try CompatibilityData.load(compatData)))
    }
}

/// The support data a command runs with: the embedded database, or a file given with --compat-data.
enum CompatibilityData {
    static func load(_ path: String?) throws -> CompatDatabase {
        guard let path else { return .embedded }
        do {
            return try CompatDatabase(data: try FileReading.readBytes(path))
        } catch {
            Output.error("mailproof: \(path): \(error)")
            throw ExitCode(2)
        }
    }
}
