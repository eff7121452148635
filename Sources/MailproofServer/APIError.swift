import Hummingbird

/// A request the server answers with an error: the status and one line saying why, sent as `{"error": "…"}`.
/// The message never quotes the template.
struct APIError: Error, Sendable {
    var status: HTTPResponse.Status
    var message: String

    init(_ status: HTTPResponse.Status, _ message: String) {
        self.status = status
        self.message = message
    }

    static func badRequest(_ message: String) -> APIError { APIError(.badRequest, message) }
}
