/// A link that goes nowhere: `href=""` reloads or opens the webmail page itself, `#` does nothing, and an `<a>`
/// without `href` is not a link at all.
struct EmptyLinkRule: OptionlessRule {
    static let description = RuleDescription(
        id: .emptyLink,
        title: "Links have a destination",
        category: .links,
        defaultSeverity: .error,
        rationale: """
            Placeholder links survive into sent campaigns more often than anything else: `href="#"` or a bare `http://` left over from a \
            template does nothing (or jumps to the top of the webmail page), `href=""` opens the current page — in \
            webmail, the inbox — and an `<a>` without `href` is not focusable or announced as a link. Put the real URL \
            or a merge tag in. A placeholder (`#`, an empty `href`, a bare scheme) is reported one step lower than the rule's \
            severity (a warning by default): starter templates are full of them, and it is a to-do before sending \
            rather than markup that is wrong in itself, as an `<a>` without `href` is. `<a name>`/`<a id>` anchors without `href` are jump targets, not links, and are fine; \
            so is any `href` filled in by a template tag.
            """,
        source: "HTML Living Standard §4.6.1 (the a element without href is a placeholder); WCAG 2.2 SC 2.4.4 Link purpose",
        tags: [.accessibility, .webForm],
        wording: CustomerWording(
            problem: "Some links go nowhere",
            why: "Readers tap them and nothing happens; spam filters also dislike empty links.",
            action: "Add the address each link should open, or remove the link.",
            affects: CustomerWording.everyone),
        triggering: [
            Example("<a ↓href=\"\">Shop now</a>"),
            Example("<a ↓href=\"#\" style=\"color:#fff\">Shop now</a>"),
            Example("<a ↓href>Shop now</a>"),
            Example("↓<a style=\"color:#fff\">Shop now</a>"),
            Example("<a ↓href=\" # \">Shop now</a>"),
            Example("<a class=\"button\" ↓href=\"http://\">Shop now</a>"),
        ],
        nonTriggering: [
            Example("<a href=\"https://example.com\">Shop now</a>"),
            Example("<a href=\"{{ unsubscribe_url }}\">Unsubscribe</a>"),
            Example("<a href=\"*|UNSUB|*\">Unsubscribe</a>"),
            Example("<a href=\"#top\">Back to top</a>"),
            Example("<a name=\"top\"></a><a id=\"section-2\"></a>"),
            Example("<a href=\"{% if vip %}https://example.com/vip{% endif %}\">Offer</a>"),
        ]
    )

    static let visitsElements = true
    /// `visit` reads these elements only.
    static let visitedElementNames: Set<String>? = ["a"]

    func visit(_ element: Element, _ context: RuleContext) {
        guard element.name == "a", !element.isImplied else { return }
        let document = element.document
        guard let href = element.attribute("href") else {
            if !element.hasAttribute("name"), !element.hasAttribute("id") {
                context.report("<a> without href is not a link; add the destination URL", at: element.startTagRange)
            }
            return
        }
        guard let valueRange = href.valueRange else {
            context.report("Empty href; add the destination URL", at: href.range)
            return
        }
        if document.containsTemplateTag(valueRange) { return }
        let value = URLValue.trimmed(valueRange, in: document)
        if value.isEmpty {
            context.report("Empty href is a placeholder that opens the current page (the inbox, in webmail); put the destination URL in before sending",
                           at: href.range, severity: context.severity.lower)
        } else if value.length == 1, document.source.bytes[value.start] == 0x23 /* # */ {
            context.report("href=\"#\" is a placeholder that goes nowhere; put the destination URL in before sending",
                           at: href.range, severity: context.severity.lower)
        } else if value.length <= 8, ["http://", "https://"].contains(document.text(value).lowercased()) {
            // A bare scheme is what template editors leave in an unfilled link field.
            context.report("href=\"\(document.text(value))\" is a placeholder with no address; put the destination URL in before sending",
                           at: href.range, severity: context.severity.lower)
        }
    }
}

extension RuleID {
    public static let emptyLink: RuleID = "empty-link"
}
