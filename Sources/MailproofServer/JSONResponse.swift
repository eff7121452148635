import Hummingbird
import MailproofKit

/// JSON answers built from text the library already wrote in its own encoding (reports, finding lists), so the
/// API and the command line's `--format json` cannot drift apart.
enum JSONResponse {
    static func make(_ json: String, status: HTTPResponse.Status = .ok) -> Response {
        var buffer = ByteBuffer()
        buffer.writeString(json)
        return Response(status: status, headers: [.contentType: "application/json; charset=utf-8"],
                        body: ResponseBody(byteBuffer: buffer))
    }

    /// `{"error": "…"}`.
    static func error(_ error: APIError) -> Response {
        make("{\"error\":\(FindingJSON.string(error.message))}\n", status: error.status)
    }

    /// A JSON object from keys and values that are already JSON text, in the given order.
    static func object(_ members: KeyValuePairs<String, String>) -> String {
        "{" + members.map { FindingJSON.string($0.key) + ":" + $0.value }.joined(separator: ",") + "}\n"
    }
}
