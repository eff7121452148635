import ArgumentParser
import Foundation
import MailproofCommandLine
import MailproofKit
import MailproofServer

/// `mailproof serve` as an executable of its own, the only one linking the HTTP stack: `mailproof serve` hands
/// over to it (exec, so the same process), and it names itself `mailproof serve` in its help and usage errors.
@main
struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mailproof serve",
        abstract: ServeDescription.abstract,
        discussion: ServeDescription.discussion,
        version: MailproofVersion.current
    )

    @Option(help: "Address to listen on. Anything but loopback (127.0.0.1, ::1, localhost) needs --token.")
    var host = ServerConfiguration.defaultHost

    @Option(help: "Port to listen on; 0 picks a free one.")
    var port = ServerConfiguration.defaultPort

    @Option(help: ArgumentHelp("Require Authorization: Bearer TOKEN on every API request (default: $MAILPROOF_TOKEN).", valueName: "TOKEN"))
    var token: String?

    @Option(help: ArgumentHelp("Largest request body accepted, in bytes; larger ones get 413.", valueName: "BYTES"))
    var maxBodySize = ServerConfiguration.defaultMaxBodySize

    /// mailproof's exit statuses and one-line failures, as `mailproof serve` had them.
    static func main() {
        main(running: {
            var command = try parseAsRoot()
            try command.run()
        })
    }

    func run() throws {
        let configuration = ServerConfiguration(
            host: host, port: port, token: token ?? ProcessInfo.processInfo.environment["MAILPROOF_TOKEN"],
            maxBodySize: maxBodySize, workingDirectory: PathName.absolute("."))
        if let refusal = configuration.refusal { throw CommandFailure(refusal) }
        let server: WorkbenchServer
        do {
            server = try WorkbenchServer(configuration: configuration)
        } catch {
            throw CommandFailure("\(error)")
        }
        do {
            try server.runBlocking()
        } catch {
            throw CommandFailure("cannot serve on \(host):\(port): \(error)")
        }
    }
}
