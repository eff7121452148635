/// Links to an unusual port, a sign of a compromised or improvised server.
struct URLPortRule: OptionlessRule {
    static let description = RuleDescription(
        id: .urlPort,
        title: "Links use the standard web ports",
        category: .deliverability,
        defaultSeverity: .warning,
        rationale: """
            A link with an explicit port other than 80 or 443 (`https://example.com:8443/`) points at a server \
            that is not an ordinary website; filters score it (SpamAssassin WEIRD_PORT), and corporate networks \
            often block such ports, so readers at work cannot open it. Serve the page on the standard port.
            """,
        source: "Apache SpamAssassin rule WEIRD_PORT (default rule set)",
        kinds: DocumentKind.emailKinds,
        tags: [.deliverability],
        wording: CustomerWording(
            problem: "Some links use an unusual server port",
            why: "Addresses with a port number (like :8080) are a spam sign to filters and are often blocked on work networks.",
            action: "Link to the normal address of the page, without a port number.",
            affects: "spam filters, and readers on work networks"),
        triggering: [
            Example("<a ↓href=\"https://example.com:8443/login\">Log in</a>"),
        ],
        nonTriggering: [
            Example("<a href=\"https://example.com:443/login\">Log in</a>"),
            Example("<a href=\"http://example.com:80/\">Home</a>"),
            Example("<a href=\"https://example.com/a:b\">Colon in the path</a>"),
        ]
    )

    static let visitsElements = true

    func visit(_ element: Element, _ context: RuleContext) {
        for (attribute, target) in context.linkTargets(of: element) {
            guard let port = target.port, port != 80, port != 443 else { continue }
            context.report("Link to port \(port) of \(target.host): filters score unusual ports (WEIRD_PORT) and work networks often block them",
                           at: attribute.range)
        }
    }
}

extension RuleID {
    public static let urlPort: RuleID = "url-port"
}
