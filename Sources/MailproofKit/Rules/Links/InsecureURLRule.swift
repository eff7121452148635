/// Plain `http://` images and links: blocked or flagged by clients, and open to tampering.
struct InsecureURLRule: OptionlessRule {
    static let description = RuleDescription(
        id: .insecureURL,
        title: "Images, links and forms use https",
        category: .links,
        defaultSeverity: .warning,
        rationale: """
            Webmail runs on https, and an `http://` image there is mixed content: Gmail and Yahoo fetch it through their \
            image proxy, others block it or show a warning, and some spam filters score plain-http links. Link \
            trackers and ESP redirects all support https today. For signup forms, an `http://` action sends the address \
            unencrypted and browsers warn before submitting (in a signup-form embed `form-action` reports the action, \
            with a fix for known providers). Change `http://` to `https://` in `src`, `href`, \
            `background`, form `action` and CSS `url()` (after checking the server answers on https — so there is no \
            automatic fix).
            """,
        source: "Gmail image proxy (Google Workspace Admin Help, \"Image URL proxy allowlist\"); W3C Mixed Content; Kit help: custom domains and https",
        tags: [.webForm],
        wording: CustomerWording(
            problem: "Some links or images use http:// instead of https://",
            why: "Some apps block or warn about insecure images and links, and spam filters count them against you.",
            action: "Change `http://` to `https://` (check that the address still works).",
            affects: "Gmail, Apple Mail and most apps that warn about insecure content"),
        triggering: [
            Example("<img src=\"↓http://example.com/logo.png\" alt=\"Logo\">"),
            Example("<a href=\"↓HTTP://example.com\">Shop</a>"),
            Example("<html><body><form action=\"↓http://example.us1.list-manage.com/subscribe/post\" method=\"post\"></form></body></html>"),
            Example("<td style=\"background-image:url('↓http://example.com/bg.png')\">x</td>"),
        ],
        nonTriggering: [
            Example("<img src=\"https://example.com/logo.png\" alt=\"Logo\">"),
            Example("<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><a href=\"https://example.com\">Shop</a></body></html>"),
            Example("<a href=\"{{ url }}\">Shop</a> <a href=\"*|ARCHIVE|*\">View online</a>"),
            Example("<p>Visit http://example.com</p>"),
            // In a signup-form embed, form-action reports (and fixes) the action.
            Example("<form action=\"http://example.us1.list-manage.com/subscribe/post?u=a&amp;id=b\" method=\"post\"></form>"),
        ]
    )

    private static let urlAttributes: NameSet = ["href", "src", "background", "action"]

    func finish(_ document: Document, _ context: RuleContext) {
        // Every element's attributes, in one array in document order: read there by index rather than by visiting
        // every element and copying each attribute to test its name.
        let attributes = document.attributes
        for k in attributes.indices where Self.urlAttributes.contains(attributes.name(at: k)) {
            guard let valueRange = attributes[k].valueRange else { continue }
            // A live signup form's action is form-action's, which can fix it for known providers.
            if attributes.name(at: k) == "action" {
                let element = document.element(attributes[k].element)
                if element.name == "form", context.isWebEmbed, !FormScan.isInert(element) { continue }
            }
            check(valueRange, document, context)
        }
        for url in context.cssURLs {
            check(url.range, document, context)
        }
    }

    private func check(_ range: ByteRange, _ document: Document, _ context: RuleContext) {
        if case .absolute(let scheme) = URLValue.classify(range, in: document), scheme == "http" {
            context.report("Insecure http:// URL; use https://", at: URLValue.trimmed(range, in: document))
        }
    }
}

extension RuleID {
    public static let insecureURL: RuleID = "insecure-url"
}
