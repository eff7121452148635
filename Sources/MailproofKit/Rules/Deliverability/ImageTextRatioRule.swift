/// Large images against little text: SpamAssassin's text-to-image-area ratio.
struct ImageTextRatioRule: OptionlessRule {
    static let description = RuleDescription(
        id: .imageTextRatio,
        title: "Text is in proportion to the images",
        category: .deliverability,
        defaultSeverity: .warning,
        rationale: """
            Filters compare how much text an HTML email has with how much area its images cover. SpamAssassin's \
            HTML_IMAGE_RATIO tests divide the visible characters (spaces left out) by the image area in square \
            pixels and score ratios under 0.008; the lowest band, under 0.002 (HTML_IMAGE_RATIO_02), scores most. \
            mailproof reports that band: for a 600×400 hero that is fewer than 480 characters of text. The area \
            comes from the images' width and height attributes, which every email image should have anyway.
            """,
        source: "Apache SpamAssassin rules HTML_IMAGE_RATIO_02 … HTML_IMAGE_RATIO_08 (default rule set, eval html_image_ratio: visible non-space characters ÷ image area)",
        // A whole email or message: a snippet is a part of one, its text measured with the rest.
        kinds: [.template, .message],
        tags: [.deliverability],
        wording: CustomerWording(
            problem: "The images are large for the amount of text",
            why: "Spam filters compare the text with the area the pictures cover; big pictures with only a few words look like spam to them.",
            action: "Add more real text (describe the offer, the details), or use smaller images.",
            affects: "spam filters"),
        triggering: [
            Example("<html><body>↓<img src=\"https://example.com/hero.jpg\" alt=\"Hero\" width=\"600\" height=\"800\"><p>"
                    + String(repeating: "New arrivals are in. ", count: 20) + "</p></body></html>"),
        ],
        nonTriggering: [
            Example("<html><body><img src=\"https://example.com/hero.jpg\" alt=\"Hero\" width=\"600\" height=\"200\"><p>"
                    + String(repeating: "New arrivals are in, in every size and colour. ", count: 12) + "</p></body></html>"),
            Example("<html><body><img src=\"https://example.com/hero.jpg\" alt=\"Hero\"><p>Short</p></body></html>"),
        ]
    )

    static let lowestBand = 0.002

    func finish(_ document: Document, _ context: RuleContext) {
        let body = context.bodyText
        // Below image-only's threshold the same email is already reported for having almost no text.
        guard body.imageArea > 0, body.length >= ImageOnlyRule.threshold, let first = body.images.first else { return }
        let ratio = Double(body.nonSpaceLength) / Double(body.imageArea)
        guard ratio <= Self.lowestBand else { return }
        context.report("\(body.nonSpaceLength) characters of text against \(body.imageArea) square pixels of images (ratio \(String(format: "%.4f", ratio))): filters score so little text for so much image (HTML_IMAGE_RATIO_02)",
                       at: first.startTagRange)
    }
}

extension RuleID {
    public static let imageTextRatio: RuleID = "image-text-ratio"
}
