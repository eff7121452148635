/// The parts of an absolute http(s) link that filters look at: its host (lower-cased, without `www.`), whether
/// the host is a bare IP address, and an explicit port. Links a template tag fills in are not read.
struct LinkTarget {
    var host: String
    var port: Int?

    init?(_ href: String) {
        let value = href.trimmingWhitespace()
        // The punctuation that splits a URL is ASCII: find it in the UTF-8 bytes rather than walking characters
        // (links are a large part of every email, and this runs for each of them).
        let utf8 = value.utf8
        guard let afterScheme = Self.endOfHTTPScheme(utf8) else { return nil }
        let slash = UInt8(ascii: "/"), question = UInt8(ascii: "?"), hash = UInt8(ascii: "#")
        let authorityEnd = utf8[afterScheme...].firstIndex { $0 == slash || $0 == question || $0 == hash } ?? utf8.endIndex
        var authority = value[afterScheme..<authorityEnd]
        if let at = authority.utf8.lastIndex(of: UInt8(ascii: "@")) { authority = authority[authority.utf8.index(after: at)...] }
        var hostPart = authority
        var port: Int?
        if authority.utf8.first == UInt8(ascii: "[") {
            // [2001:db8::1]:8080
            guard let close = authority.utf8.firstIndex(of: UInt8(ascii: "]")) else { return nil }
            hostPart = authority[...close]
            let after = authority[authority.utf8.index(after: close)...]
            if after.utf8.first == UInt8(ascii: ":") { port = Int(after.dropFirst()) }
        } else if let colon = authority.utf8.lastIndex(of: UInt8(ascii: ":")) {
            hostPart = authority[..<colon]
            port = Int(authority[authority.utf8.index(after: colon)...])
        }
        guard !hostPart.isEmpty else { return nil }
        var host = hostPart.lowercased()
        if host.hasPrefix("www.") { host.removeFirst(4) }
        while host.hasSuffix(".") { host.removeLast() }
        self.host = host
        self.port = port
    }

    /// Where the text after `http://` or `https://` (in any case) starts; nil for any other scheme.
    private static func endOfHTTPScheme(_ utf8: String.UTF8View) -> String.Index? {
        var index = utf8.startIndex
        for expected in "http".utf8 {
            guard index < utf8.endIndex, utf8[index] | 0x20 == expected else { return nil }
            index = utf8.index(after: index)
        }
        if index < utf8.endIndex, utf8[index] | 0x20 == UInt8(ascii: "s") { index = utf8.index(after: index) }
        for expected in "://".utf8 {
            guard index < utf8.endIndex, utf8[index] == expected else { return nil }
            index = utf8.index(after: index)
        }
        return index
    }

    /// The absolute http(s) targets of an element's `href` and `src`, each with its attribute (values a template
    /// tag fills in are left out).
    static func targets(of element: Element) -> [(attribute: Attribute, target: LinkTarget)] {
        // Every element is asked: names read in place and told apart by length first, and only the attributes
        // that are links copied out.
        let document = element.document
        let attributes = document.attributes
        var result: [(attribute: Attribute, target: LinkTarget)] = []
        for k in element.attributeIndices {
            let name = attributes.name(at: k)
            guard name.hasSameText(as: "href") || name.hasSameText(as: "src"), let range = attributes[k].valueRange,
                  !document.containsTemplateTag(range), let target = LinkTarget(document.text(range)) else { continue }
            result.append((attributes[k], target))
        }
        return result
    }

    /// `http://192.168.10.4/` or `http://[2001:db8::1]/`: a numeric address instead of a name.
    var isIPAddress: Bool {
        if host.hasPrefix("[") { return true }
        // Nearly every host has a letter: only digits and dots can make an address, so split nothing else.
        guard host.utf8.allSatisfy({ $0 == UInt8(ascii: ".") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else { return false }
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
