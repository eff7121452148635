/// Images with little or no text beside them: how image spam looks to a filter.
struct ImageOnlyRule: OptionlessRule {
    static let description = RuleDescription(
        id: .imageOnly,
        title: "Images come with text",
        category: .deliverability,
        defaultSeverity: .warning,
        rationale: """
            An email that is mostly images and carries little text of its own looks like image spam to filters: \
            SpamAssassin's HTML_IMAGE_ONLY tests score messages with images and fewer than 400 characters of text \
            most (and less and less up to 3,200). It also reads badly where images are blocked (Outlook for \
            Windows blocks them by default) and for screen-reader users. Put the message in live text beside the \
            images: the headline, the offer, the call to action. Reported when the HTML shows images and fewer \
            than 400 characters of visible text (template tags count as written; hidden preview text does not). \
            Logos, icons and spacers (under 10,000 square pixels by their width and height attributes) are not the \
            message and do not count; an image without width and height counts only when there is next to no text \
            (under 100 characters).
            """,
        source: "Apache SpamAssassin rules HTML_IMAGE_ONLY_04 … HTML_IMAGE_ONLY_32 (default rule set, eval html_image_only)",
        // A whole email or message: a snippet is a part of one, its text measured with the rest.
        kinds: [.template, .message],
        tags: [.deliverability],
        wording: CustomerWording(
            problem: "The email is almost all images",
            why: "Spam filters treat emails that are mostly pictures with little text as likely spam, and readers whose email app blocks images see almost nothing.",
            action: "Write the main message as real text next to the images: the headline, the key details and the button text.",
            affects: "spam filters, and readers whose email app blocks images"),
        triggering: [
            Example("<html><body>↓<img src=\"https://example.com/sale.png\" alt=\"Sale\" width=\"600\" height=\"900\"><p>Shop now</p></body></html>"),
        ],
        nonTriggering: [
            Example("<html><body><img src=\"https://example.com/logo.png\" alt=\"Logo\" width=\"120\" height=\"40\"><p>"
                    + String(repeating: "Our spring collection is here, with new colours and fabrics for every room. ", count: 6) + "</p></body></html>"),
            Example("<html><body><p>A text-only note.</p></body></html>"),
            Example("<html><body><img src=\"https://example.com/logo.png\" alt=\"Logo\" width=\"120\" height=\"40\"><p>Your receipt is attached.</p></body></html>"),
        ]
    )

    static let threshold = 400
    /// Below this, every image counts, sized or not.
    static let bareText = 100

    func finish(_ document: Document, _ context: RuleContext) {
        let body = context.bodyText
        // An image without sizes may be a logo; with next to no text at all it is the message either way.
        let images = body.prominentImages + (body.length < Self.bareText ? body.unsizedImages : [])
        guard let first = images.min(by: { $0.index < $1.index }), body.length < Self.threshold else { return }
        context.report("\(images.count) large image\(images.count == 1 ? "" : "s") and only \(body.length) characters of text: filters score mostly-image emails as spam (HTML_IMAGE_ONLY); put the message in live text",
                       at: first.startTagRange)
    }
}

extension RuleID {
    public static let imageOnly: RuleID = "image-only"
}
