/// An email has no address of its own, so a relative link or image path resolves to nothing.
struct AbsoluteURLsRule: OptionlessRule {
    static let description = RuleDescription(
        id: .absoluteURLs,
        title: "Links and images use absolute URLs",
        category: .links,
        defaultSeverity: .error,
        rationale: """
            A web page resolves `images/logo.png` against its own address; an email has none, so every client shows a \
            broken image or opens a dead link (some desktop clients even resolve it to a local `file://` path). \
            Protocol-relative URLs (`//cdn.example.com/a.png`) fail the same way. Write `https://` URLs in `href`, `src`, \
            `background` and CSS `url()` — VML in Outlook-only code included. Template tags that print a URL \
            (`{{ unsubscribe_url }}`, `*|UNSUB|*`, `{% url %}`), other senders' merge tags (`%%view_online%%`, \
            `[unsubscribe]`), `mailto:`/`tel:`/`sms:` links and `#anchors` are fine. Signup-form embeds live on a web page, \
            which has an address, so they are not checked.
            """,
        source: "caniemail, https://www.caniemail.com/features/html-base/ (no client supports <base>); RFC 2557 (MHTML: relative URLs in mail need Content-Location)",
        kinds: DocumentKind.emailKinds,
        wording: CustomerWording(
            problem: "Some links or images use addresses that only work on your computer or website",
            why: "An email has no home website, so short addresses like `/images/logo.png` lead nowhere and images show as broken.",
            action: "Use full addresses starting with `https://`.",
            affects: CustomerWording.everyone),
        triggering: [
            Example("<img src=\"↓images/logo.png\" alt=\"Logo\">"),
            Example("<a href=\"↓/pricing\">Pricing</a>"),
            Example("<td background=\"↓bg.jpg\">x</td>"),
            Example("<img src=\"↓//cdn.example.com/a.png\" alt=\"\">"),
            Example("<div style=\"background-image: url('↓img/hero.jpg')\">x</div>"),
            Example("<style>.hero { background: url(↓hero.jpg) }</style>"),
            Example("<!--[if mso]><v:fill type=\"tile\" src=\"↓bg.png\"/><![endif]-->"),
            Example("<img src=\"↓images/{{ image }}.png\" alt=\"\">"),
        ],
        nonTriggering: [
            Example("<img src=\"https://example.com/logo.png\" alt=\"Logo\">"),
            Example("<a href=\"{{ unsubscribe_url }}\">Unsubscribe</a>"),
            Example("<a href=\"*|UNSUB|*\">Unsubscribe</a>"),
            Example("<a href=\"{% url 'home' %}\">Home</a>"),
            Example("<img src=\"{{ image }}\" alt=\"\">"),
            Example("<img src=\"{{ base_url }}/images/logo.png\" alt=\"Logo\">"),
            Example("<a href=\"mailto:help@example.com\">Mail us</a> <a href=\"tel:+15551234\">Call</a> <a href=\"sms:+15551234\">Text</a>"),
            Example("<a href=\"#top\">Back to top</a>"),
            Example("<a href=\"%%view_email_url%%\">View online</a> <a href=\"[unsubscribe]\">Unsubscribe</a>"),
            Example("<img src=\"cid:logo@example\" alt=\"Logo\"> <img src=\"data:image/gif;base64,R0lGOD\" alt=\"\">"),
            Example("<form action=\"/subscribe\"><img src=\"/img/badge.png\" alt=\"\"><input name=\"email\"></form>"),
            Example("<div style=\"background: url('https://example.com/a.png')\">x</div>"),
        ]
    )

    mutating func finish(_ document: Document, _ context: RuleContext) {
        // Every element's attributes, in one array in document order: read there by index rather than by visiting
        // every element and copying each attribute to test its name.
        let attributes = document.attributes
        for k in attributes.indices where URLValue.attributes.contains(attributes.name(at: k)) {
            guard let valueRange = attributes[k].valueRange else { continue }
            check(valueRange, what: attributes.name(at: k), document, context)
        }
        for url in context.cssURLs {
            check(url.range, what: "url()", document, context)
        }
    }

    private func check(_ range: ByteRange, what: String, _ document: Document, _ context: RuleContext) {
        switch URLValue.classify(range, in: document) {
        case .relative:
            context.report("Relative URL in \(what): emails have no base address; use a full https:// URL",
                           at: URLValue.trimmed(range, in: document))
        case .protocolRelative:
            context.report("Protocol-relative URL in \(what) fails in some clients; start it with https:",
                           at: URLValue.trimmed(range, in: document))
        default:
            break
        }
    }
}

extension RuleID {
    public static let absoluteURLs: RuleID = "absolute-urls"
}
