/// Links to a bare IP address instead of a domain name.
struct IPAddressURLRule: OptionlessRule {
    static let description = RuleDescription(
        id: .ipAddressURL,
        title: "Links name a domain, not an IP address",
        category: .deliverability,
        defaultSeverity: .warning,
        rationale: """
            A link to `http://203.0.113.7/offer` rather than to a domain is what phishing and malware mail does, \
            and filters score it (SpamAssassin NUMERIC_HTTP_ADDR). Readers cannot tell where it goes either. Link \
            to your domain. Decimal and IPv6 addresses count too.
            """,
        source: "Apache SpamAssassin rule NUMERIC_HTTP_ADDR (default rule set)",
        kinds: DocumentKind.emailKinds,
        tags: [.deliverability],
        wording: CustomerWording(
            problem: "Some links point to a numeric internet address",
            why: "Links to a bare number instead of a website name are a typical sign of phishing, and spam filters score them.",
            action: "Use the website's name (https://yoursite.com/…) in every link.",
            affects: "spam filters, and readers who check where a link goes"),
        triggering: [
            Example("<a ↓href=\"http://203.0.113.7/offer\">See the offer</a>"),
            Example("<img ↓src=\"http://[2001:db8::1]/pixel.gif\" alt=\"\" width=\"1\" height=\"1\">"),
        ],
        nonTriggering: [
            Example("<a href=\"https://example.com/offer\">See the offer</a>"),
            Example("<a href=\"https://example.com/v1.2.3.4/notes\">Release notes</a>"),
        ]
    )

    static let visitsElements = true

    func visit(_ element: Element, _ context: RuleContext) {
        for (attribute, target) in context.linkTargets(of: element) where target.isIPAddress {
            context.report("\(attribute.name == "src" ? "Image" : "Link") to the bare address \(target.host): filters score numeric addresses (NUMERIC_HTTP_ADDR); use a domain name",
                           at: attribute.range)
        }
    }
}

extension RuleID {
    public static let ipAddressURL: RuleID = "ip-address-url"
}
