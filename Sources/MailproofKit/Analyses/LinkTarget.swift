/// The parts of an absolute http(s) link that filters look at: its host (lower-cased, without `www.`), whether
/// the host is a bare IP address, and an explicit port. Links a template tag fills in are not read.
struct LinkTarget {
    var host: String
    var port: Int?

    init?(_ href: String) {
        let value = href.trimmingWhitespace()
        let lower = value.lowercased()
        let rest: Substring
        if lower.hasPrefix("https://") { rest = value.dropFirst(8) } else if lower.hasPrefix("http://") { rest = value.dropFirst(7) } else { return nil }
        var authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        if let at = authority.lastIndex(of: "@") { authority = authority[authority.index(after: at)...] }
        var hostPart = authority
        var port: Int?
        if authority.hasPrefix("[") {
            // [2001:db8::1]:8080
            guard let close = authority.firstIndex(of: "]") else { return nil }
            hostPart = authority[...close]
            let after = authority[authority.index(after: close)...]
            if after.hasPrefix(":") { port = Int(after.dropFirst()) }
        } else if let colon = authority.lastIndex(of: ":") {
            hostPart = authority[..<colon]
            port = Int(authority[authority.index(after: colon)...])
        }
        guard !hostPart.isEmpty else { return nil }
        var host = hostPart.lowercased()
        if host.hasPrefix("www.") { host.removeFirst(4) }
        while host.hasSuffix(".") { host.removeLast() }
        self.host = host
        self.port = port
    }

    /// The absolute http(s) targets of an element's `href` and `src`, each with its attribute (values a template
    /// tag fills in are left out).
    static func targets(of element: Element) -> [(attribute: Attribute, target: LinkTarget)] {
        element.attributes.compactMap { attribute in
            guard attribute.name == "href" || attribute.name == "src", let range = attribute.valueRange,
                  !element.document.containsTemplateTag(range), let target = LinkTarget(element.document.text(range)) else { return nil }
            return (attribute, target)
        }
    }

    /// `http://192.168.10.4/` or `http://[2001:db8::1]/`: a numeric address instead of a name.
    var isIPAddress: Bool {
        if host.hasPrefix("[") { return true }
        let parts = host.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts.allSatisfy { part in Int(part).map { (0...255).contains($0) } ?? false }
            || (Int(host) != nil) // a decimal address such as http://3232235777/
    }

    /// The registrable part people read as "the site": the last two labels (three under a two-letter
    /// second-level such as co.uk, com.au).
    var site: String {
        let labels = host.split(separator: ".")
        guard labels.count > 2 else { return host }
        let secondLevel = ["co", "com", "org", "net", "ac", "gov", "edu", "ne", "or"]
        let keep = labels[labels.count - 1].count == 2 && secondLevel.contains(String(labels[labels.count - 2])) ? 3 : 2
        return labels.suffix(keep).joined(separator: ".")
    }
}
