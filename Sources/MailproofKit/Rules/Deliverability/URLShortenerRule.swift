/// Links through public URL shorteners, which hide where they go and which spammers favour.
struct URLShortenerRule: OptionlessRule {
    static let description = RuleDescription(
        id: .urlShortener,
        title: "Links do not go through public URL shorteners",
        category: .deliverability,
        defaultSeverity: .warning,
        rationale: """
            A public shortener (bit.ly, tinyurl.com, eepurl.com…) hides the address a link really goes to, and \
            spammers use the same services to dodge URL block lists, so filters treat shortened links with \
            suspicion: SpamAssassin's URL-shortener rules (the DecodeShortURLs plugin) look for them, \
            and Spamhaus lists shortened links that lead to spam. Link to your own domain instead; your email \
            provider's click tracking already shortens and counts clicks for you. The list of shorteners is \
            SpamAssassin's url_shortener entries for the common services, plus Mailchimp's eepurl.com.
            """,
        source: "Apache SpamAssassin DecodeShortURLs plugin and its url_shortener list",
        kinds: DocumentKind.emailKinds,
        tags: [.deliverability],
        wording: CustomerWording(
            problem: "Some links go through link shorteners",
            why: "Shortened links hide where they lead, and spammers use the same services, so spam filters are wary of them.",
            action: "Use the full address of the page on your own website; your email provider tracks clicks without a shortener.",
            affects: "spam filters, and readers who check where a link goes"),
        triggering: [
            Example("<a ↓href=\"https://bit.ly/3xYz\">Read the story</a>"),
            Example("<a ↓href=\"http://eepurl.com/abc123\">Subscribe</a>"),
        ],
        nonTriggering: [
            Example("<a href=\"https://studio.example.com/story\">Read the story</a>"),
            Example("<a href=\"https://bitly.example.com/page\">Not a shortener</a>"),
            Example("<a href=\"{{ short_url }}\">Read</a>"),
        ]
    )

    /// Public shortening services (hosts, without `www.`).
    static let hosts: Set<String> = [
        "bit.ly", "bitly.com", "j.mp", "tinyurl.com", "t.co", "goo.gl", "ow.ly", "is.gd", "v.gd", "buff.ly", "rebrand.ly",
        "cutt.ly", "shorturl.at", "tiny.cc", "rb.gy", "bl.ink", "lnkd.in", "t.ly", "s.id", "shorte.st", "adf.ly",
        "tr.im", "su.pr", "qr.net", "1url.com", "tweez.me", "soo.gd", "clck.ru", "u.to", "x.co", "po.st", "mcaf.ee",
        "db.tt", "trib.al", "dlvr.it", "ift.tt", "eepurl.com", "shorturl.com", "snip.ly", "urlz.fr", "bit.do",
    ]

    static let visitsElements = true
    /// `visit` reads these elements only.
    static let visitedElementNames: Set<String>? = ["a", "area"]

    func visit(_ element: Element, _ context: RuleContext) {
        guard element.name == "a" || element.name == "area", let href = element.attribute("href"),
              let range = href.valueRange, !element.document.containsTemplateTag(range),
              let target = LinkTarget(element.document.text(range)), Self.hosts.contains(target.host) else { return }
        context.report("Link through the public shortener \(target.host): filters distrust shortened links; link to the page itself",
                       at: href.range)
    }
}

extension RuleID {
    public static let urlShortener: RuleID = "url-shortener"
}
