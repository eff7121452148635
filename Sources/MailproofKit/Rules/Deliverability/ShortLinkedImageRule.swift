/// A tiny HTML body that is mostly a linked image: a classic spam shape.
struct ShortLinkedImageRule: OptionlessRule {
    static let description = RuleDescription(
        id: .shortLinkedImage,
        title: "Short emails are more than a linked image",
        category: .deliverability,
        defaultSeverity: .warning,
        rationale: """
            An HTML body of a few words around an image that is a link is a shape spammers use to get a picture \
            past text filters. SpamAssassin scores it as HTML_SHORT_LINK_IMG_1 to _3 (visible text under 256, 512 \
            and 1,024 characters with a linked image); mailproof reports the band that scores most, under 256 \
            characters. Write the message out in text, and make the text, not only the image, the link. A linked \
            logo or icon (under 10,000 square pixels) is not what this is about.
            """,
        source: "Apache SpamAssassin rules HTML_SHORT_LINK_IMG_1, _2, _3 (default rule set)",
        // A whole email or message: a snippet is a part of one, its text measured with the rest.
        kinds: [.template, .message],
        tags: [.deliverability],
        wording: CustomerWording(
            problem: "The email is little more than a picture with a link",
            why: "Spam filters score short emails whose main content is a clickable image; spammers use that shape to hide their words in pictures.",
            action: "Add a few sentences of real text and a text link or button next to the image.",
            affects: "spam filters"),
        triggering: [
            Example("<html><body><p>Look!</p><a href=\"https://example.com/deal\">↓<img src=\"https://example.com/deal.png\" alt=\"Deal\" width=\"600\" height=\"300\"></a></body></html>"),
        ],
        nonTriggering: [
            Example("<html><body><a href=\"https://example.com\"><img src=\"https://example.com/logo.png\" alt=\"Logo\" width=\"120\" height=\"40\"></a><p>Your password was changed.</p></body></html>"),
            Example("<html><body><a href=\"https://example.com\"><img src=\"https://example.com/logo.png\" alt=\"Logo\" width=\"120\" height=\"40\"></a><p>"
                    + String(repeating: "Here is everything that happened at the studio this month, in words. ", count: 9) + "</p></body></html>"),
        ]
    )

    static let threshold = 256

    func finish(_ document: Document, _ context: RuleContext) {
        let body = context.bodyText
        guard let image = body.prominentLinkedImages.first, body.length < Self.threshold else { return }
        context.report("A linked image in an email of \(body.length) characters of text: filters score short bodies around a linked image (HTML_SHORT_LINK_IMG)",
                       at: image.startTagRange)
    }
}

extension RuleID {
    public static let shortLinkedImage: RuleID = "short-linked-image"
}
