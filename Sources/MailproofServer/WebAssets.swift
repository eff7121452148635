import Hummingbird

/// The page: HTML, CSS and JavaScript kept as files in Web/ and built into the binary (no CDN, works offline).
/// The script is its own file so the Content-Security-Policy can forbid inline script.
enum WebAssets {
    static func register(on router: Router<BasicRequestContext>) {
        serve("/", PackageResources.index_html, type: "text/html; charset=utf-8", on: router)
        serve("/app.js", PackageResources.app_js, type: "text/javascript; charset=utf-8", on: router)
        serve("/app.css", PackageResources.app_css, type: "text/css; charset=utf-8", on: router)
        serve("/openapi.yaml", PackageResources.openapi_yaml, type: "application/yaml; charset=utf-8", on: router)
    }

    private static func serve(_ path: RouterPath, _ bytes: [UInt8], type: String, on router: Router<BasicRequestContext>) {
        let buffer = ByteBuffer(bytes: bytes)
        router.get(path) { _, _ in
            Response(status: .ok, headers: [.contentType: type], body: ResponseBody(byteBuffer: buffer))
        }
    }
}
