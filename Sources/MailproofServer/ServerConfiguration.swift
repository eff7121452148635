/// What `mailproof serve` was asked for: where to listen, the token a team server requires, and the largest
/// request body it reads.
public struct ServerConfiguration: Sendable {
    public static let defaultHost = "127.0.0.1"
    public static let defaultPort = 8787
    public static let defaultMaxBodySize = 5 * 1024 * 1024

    public var host: String
    /// 0 picks a free port; the first line on standard output names the one chosen.
    public var port: Int
    /// When set, every /api request needs `Authorization: Bearer TOKEN`.
    public var token: String?
    public var maxBodySize: Int
    /// The folder whose `.mailproof.yml` (and its snippet folders) applies to every pasted document.
    public var workingDirectory: String

    public init(host: String = defaultHost, port: Int = defaultPort, token: String? = nil,
                maxBodySize: Int = defaultMaxBodySize, workingDirectory: String) {
        self.host = host
        self.port = port
        self.token = token.flatMap { $0.isEmpty ? nil : $0 }
        self.maxBodySize = maxBodySize
        self.workingDirectory = workingDirectory
    }

    /// Why the server must not start with these settings, in one line, or nil.
    ///
    /// Customer templates are private: anyone who can reach a server on a network address can read what it is
    /// sent, so an address other than loopback needs a token.
    public var refusal: String? {
        if port < 0 || port > 65_535 { return "--port must be between 0 and 65535" }
        if maxBodySize < 1 { return "--max-body-size must be at least 1 byte" }
        if token == nil, !Self.isLoopback(host) {
            return "refusing to serve on \(host) without a token: anyone who can reach it could read the templates sent to it; pass --token TOKEN (or set MAILPROOF_TOKEN), or bind to 127.0.0.1"
        }
        return nil
    }

    /// 127.0.0.0/8, ::1 and localhost: addresses only this machine reaches.
    static func isLoopback(_ host: String) -> Bool {
        let name = host.lowercased()
        if name == "localhost" || name == "::1" || name == "[::1]" { return true }
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts[0] == "127" && parts.allSatisfy { part in UInt8(part) != nil }
    }

    /// The address to print: IPv6 addresses in brackets, as a URL needs them.
    func url(port: Int) -> String {
        let shownHost = host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
        return "http://\(shownHost):\(port)/"
    }
}
