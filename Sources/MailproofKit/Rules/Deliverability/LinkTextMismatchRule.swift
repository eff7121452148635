/// A link whose visible text is an address on another site than the one it opens: the phishing pattern.
struct LinkTextMismatchRule: OptionlessRule {
    static let description = RuleDescription(
        id: .linkTextMismatch,
        title: "Link text that shows an address goes to that address",
        category: .deliverability,
        defaultSeverity: .warning,
        rationale: """
            When a link reads `www.yourbank.com` but opens another site, the reader is misled: it is the shape of \
            phishing, and filters look for it (the anchor text's domain against the href's: SpamAssassin's \
            phishing heuristics, Microsoft Defender's "masqueraded URL" check). Legitimate email trips it by \
            accident too: a link whose text was copied from another page, or an old domain. Make the text say \
            where the link goes, or make it words rather than an address. Subdomains of one site count as the \
            same site (news.example.com and example.com); links filled in by template tags are not judged.
            """,
        source: "Apache SpamAssassin phishing heuristics (anchor text and href domain disagree); Microsoft Defender for Office 365 anti-spam rule \"link tag with potentially masqueraded URL\"",
        kinds: DocumentKind.emailKinds,
        tags: [.deliverability],
        wording: CustomerWording(
            problem: "A link shows one web address but opens another",
            why: "Readers are misled about where they will land, and spam filters treat such links as phishing.",
            action: "Make the link text match the address it opens, or use words (\"Read the guide\") instead of an address.",
            affects: "spam filters, and readers who check where a link goes"),
        triggering: [
            Example("<a ↓href=\"https://tracker.example.net/r/123\">www.example.com/offer</a>"),
            Example("<a ↓href=\"https://other.example.org/\">https://example.com</a>"),
        ],
        nonTriggering: [
            Example("<a href=\"https://example.com/offer\">www.example.com/offer</a>"),
            Example("<a href=\"https://news.example.com/today\">example.com</a>"),
            Example("<a href=\"https://other.example.org/\">Read the guide</a>"),
            Example("<a href=\"{{ tracking_url }}\">www.example.com</a>"),
            Example("<a href=\"mailto:hello@example.com\">hello@example.com</a>"),
        ]
    )

    static let visitsElements = true
    /// `visit` reads these elements only.
    static let visitedElementNames: Set<String>? = ["a"]

    func visit(_ element: Element, _ context: RuleContext) {
        guard element.name == "a", let href = element.attribute("href"), let range = href.valueRange else { return }
        let document = element.document
        guard !document.containsTemplateTag(range), let target = LinkTarget(document.text(range)) else { return }
        let content = VisibleText.content(of: element)
        guard !content.hasTemplateText, let shown = Self.shownAddress(content.text) else { return }
        guard shown.site != target.site else { return }
        context.report("The link reads \(shown.host) but opens \(target.host): readers are misled and filters see phishing; make the text match",
                       at: href.range)
    }

    /// The address a link's text shows: the whole text is one web address (`https://…`, `www.…`, or a bare
    /// `name.tld/…`). Text with spaces is words, not an address.
    static func shownAddress(_ text: String) -> LinkTarget? {
        let trimmed = text.trimmingWhitespace()
        guard !trimmed.isEmpty, !trimmed.contains(" "), !trimmed.contains("@") else { return nil }
        let lower = trimmed.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") { return LinkTarget(trimmed) }
        let host = lower.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        // A bare domain: letters, digits, dots and dashes, with a dot and a top-level name of two or more letters.
        guard let dot = host.lastIndex(of: "."), host.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" }) else { return nil }
        let tld = host[host.index(after: dot)...]
        guard tld.count >= 2, tld.allSatisfy(\.isLetter) else { return nil }
        return LinkTarget("https://" + trimmed)
    }
}

extension RuleID {
    public static let linkTextMismatch: RuleID = "link-text-mismatch"
}
