import ArgumentParser
import Foundation
import MailproofCommandLine
import MailproofKit
import MailproofServer

struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the workbench: a local web page (and JSON API) to check, fix and explain a pasted template.",
        discussion: """
            Paste or drop a template or signup form: findings appear as you type; Fix shows the corrected code \
            and a diff; Copy reply gives a chat-sized answer for the customer. The first line on standard output \
            is "mailproof serve: http://HOST:PORT/". Nothing sent to the server is written to disk or logged. \
            Ctrl-C stops it. The API is described in openapi.yaml (also served at /openapi.yaml).
            """
    )

    @Option(help: "Address to listen on. Anything but loopback (127.0.0.1, ::1, localhost) needs --token.")
    var host = ServerConfiguration.defaultHost

    @Option(help: "Port to listen on; 0 picks a free one.")
    var port = ServerConfiguration.defaultPort

    @Option(help: ArgumentHelp("Require Authorization: Bearer TOKEN on every API request (default: $MAILPROOF_TOKEN).", valueName: "TOKEN"))
    var token: String?

    @Option(help: ArgumentHelp("Largest request body accepted, in bytes; larger ones get 413.", valueName: "BYTES"))
    var maxBodySize = ServerConfiguration.defaultMaxBodySize

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
