import Hummingbird

/// Turns every failure into `{"error": "…"}` with its status, so a client always gets JSON and one bad request
/// never stops the server: unknown routes (404), wrong methods, bodies too large (413), anything unexpected (500,
/// with no detail that could quote a template).
struct JSONErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as APIError {
            return JSONResponse.error(error)
        } catch let error as HTTPError {
            return JSONResponse.error(APIError(error.status, error.body ?? Self.message(for: error.status)))
        } catch let error as any HTTPResponseError {
            return JSONResponse.error(APIError(error.status, Self.message(for: error.status)))
        } catch {
            return JSONResponse.error(APIError(.internalServerError, "the server could not answer this request"))
        }
    }

    static func message(for status: HTTPResponse.Status) -> String {
        switch status {
        case .notFound: "no such route"
        case .methodNotAllowed: "method not allowed"
        case .contentTooLarge: "the request body is too large"
        default: status.reasonPhrase.lowercased()
        }
    }
}
