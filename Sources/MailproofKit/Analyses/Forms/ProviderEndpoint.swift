/// The parts of a form action URL that provider endpoints are told apart by. Entities in the attribute value
/// (`&amp;` between query parameters, as Mailchimp writes them) are read as the browser reads them.
struct ProviderEndpoint {
    /// Lower-cased scheme, or "" for a protocol-relative URL.
    var scheme: String
    var host: String
    var path: String
    var query: [String: String]

    init?(_ raw: String) {
        var rest = Substring(raw.trimmingWhitespace())
        if let colon = rest.range(of: "://") {
            scheme = rest[..<colon.lowerBound].lowercased()
            rest = rest[colon.upperBound...]
        } else if rest.hasPrefix("//") {
            scheme = ""
            rest = rest.dropFirst(2)
        } else {
            return nil
        }
        let hostEnd = rest.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? rest.endIndex
        host = rest[..<hostEnd].lowercased()
        rest = rest[hostEnd...]
        let pathEnd = rest.firstIndex { $0 == "?" || $0 == "#" } ?? rest.endIndex
        path = String(rest[..<pathEnd])
        query = [:]
        if pathEnd < rest.endIndex, rest[pathEnd] == "?" {
            let text = rest[rest.index(after: pathEnd)...].prefix { $0 != "#" }
            for pair in text.split(separator: "&") {
                // `u=1&amp;id=2` splits into `u=1` and `amp;id=2`.
                let item = pair.hasPrefix("amp;") ? pair.dropFirst(4) : pair
                let parts = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                if let key = parts.first, !key.isEmpty { query[String(key)] = parts.count > 1 ? String(parts[1]) : "" }
            }
        }
    }

    /// Kit's endpoint: `https://app.kit.com/forms/<id>/subscriptions` (or `app.convertkit.com`); the id when
    /// the action has that shape.
    var kitFormID: String? {
        guard host == "app.kit.com" || host == "app.convertkit.com" else { return nil }
        let parts = path.split(separator: "/")
        guard parts.count == 3, parts[0] == "forms", parts[2] == "subscriptions", parts[1].allSatisfy(\.isNumber) else { return nil }
        return String(parts[1])
    }

    /// Kit's legacy landing-page endpoint, `https://app.convertkit.com/landing_pages/<id>/subscribe`.
    var isKitLegacyEndpoint: Bool {
        let parts = path.split(separator: "/")
        return (host == "app.convertkit.com" || host == "app.kit.com") && parts.count == 3 && parts[0] == "landing_pages"
            && parts[2] == "subscribe"
    }

    var isMailchimpHost: Bool { host.hasSuffix(".list-manage.com") }
}
