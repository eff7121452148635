import HTTPTypes
import Hummingbird

/// Headers on every answer, errors included. The page runs only its own script file (no inline script, no
/// eval), cannot be framed, and sends no referrer. Customer markup is shown only in sandboxed `srcdoc`
/// frames, which inherit this policy: their inline styles and remote images are allowed so the preview looks
/// like the email, their scripts and forms are not.
struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    static var contentSecurityPolicy: String {
        [
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: https: http:",
            "font-src 'self' data: https:",
            "connect-src 'self'",
            "frame-src 'self' about:",
            "child-src 'self' about:",
            "form-action 'none'",
            "base-uri 'none'",
            "frame-ancestors 'none'",
        ].joined(separator: "; ")
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        response.headers[.contentSecurityPolicy] = Self.contentSecurityPolicy
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        response.headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        response.headers[HTTPField.Name("Cross-Origin-Opener-Policy")!] = "same-origin"
        // Answers carry customer templates: no browser or proxy may keep a copy on disk.
        response.headers[.cacheControl] = "no-store"
        return response
    }
}
