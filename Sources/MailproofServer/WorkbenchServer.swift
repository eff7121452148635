import Dispatch
import Foundation
import Hummingbird
import Logging
import MailproofKit

/// `mailproof serve`: the workbench page and its JSON API on Hummingbird. Runs until SIGINT or SIGTERM, then
/// finishes the requests in flight and returns.
public struct WorkbenchServer: Sendable {
    public let configuration: ServerConfiguration
    let workbench: Workbench

    /// Fails when the working folder's configuration does not load.
    public init(configuration: ServerConfiguration) throws {
        self.configuration = configuration
        workbench = try Workbench(workingDirectory: configuration.workingDirectory)
    }

    /// Every route behind the middleware every answer passes through (outermost first): the access log, the
    /// security headers, errors as JSON, then the token.
    func router() -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: AccessLogMiddleware())
        router.add(middleware: SecurityHeadersMiddleware())
        router.add(middleware: JSONErrorMiddleware())
        if let token = configuration.token {
            router.add(middleware: BearerTokenMiddleware(token: Array(token.utf8)))
        }
        WebAssets.register(on: router)
        APIRoutes(workbench: workbench, maxBodySize: configuration.maxBodySize).register(on: router)
        return router
    }

    func application(onRunning: @escaping @Sendable (Int) -> Void) -> some ApplicationProtocol {
        // Hummingbird's own logs at warning and above only: its request logs could name what the access log leaves out.
        var logger = Logger(label: "mailproof-serve")
        logger.logLevel = .warning
        return Application(
            router: router(),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: nil),
            onServerRunning: { channel in onRunning(channel.localAddress?.port ?? configuration.port) },
            logger: logger)
    }

    /// Serves until SIGINT or SIGTERM. The first line on standard output is `mailproof serve: http://HOST:PORT/`,
    /// flushed at once so a script can read the port chosen for `--port 0`.
    public func run() async throws {
        let configuration = configuration
        try await application { port in
            FileHandle.standardOutput.write(Data("mailproof serve: \(configuration.url(port: port))\n".utf8))
        }.runService()
    }

    /// `run()` for a synchronous caller (the command line); returns once the server has stopped, rethrowing
    /// what stopped it early (an address in use, say).
    public func runBlocking() throws {
        let done = DispatchSemaphore(value: 0)
        let failure = FailureBox()
        Task {
            do { try await run() } catch { failure.error = error }
            done.signal()
        }
        done.wait()
        if let error = failure.error { throw error }
    }

    private final class FailureBox: @unchecked Sendable {
        var error: (any Error)?
    }
}
