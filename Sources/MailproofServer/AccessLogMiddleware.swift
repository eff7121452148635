import Foundation
import Hummingbird

/// One line per request on standard error: method, path, status, body size, time. Never a query string, a
/// header or a body: those can carry a customer's template or the team's token.
struct AccessLogMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        let response = try await next(request, context)
        let elapsed = ContinuousClock.now - start
        let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        let size = response.body.contentLength.map(String.init) ?? "-"
        let line = "\(request.method.rawValue) \(Self.printable(request.uri.path)) \(response.status.code) \(size) \(String(format: "%.1f", milliseconds))ms\n"
        FileHandle.standardError.write(Data(line.utf8))
        return response
    }

    /// The path as sent, with anything that could forge a log line (control characters) and any overlong tail
    /// cut away.
    static func printable(_ path: String) -> String {
        let clean = path.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? "?" : String($0) }.joined()
        return clean.count > 200 ? String(clean.prefix(200)) + "…" : clean
    }
}
