/// Outlook for Windows sizes images by their `width` attribute and ignores CSS widths on them.
struct ImgDimensionsRule: OptionlessRule {
    static let description = RuleDescription(
        id: .imgDimensions,
        title: "Images have a width attribute",
        category: .images,
        defaultSeverity: .warning,
        rationale: """
            Outlook for Windows (the Word engine) ignores `max-width` and most CSS sizing on <img> and shows an image \
            without a `width` attribute at its natural size — a 1200px retina hero breaks a 600px layout. Set \
            `width="600"` (pixels, no unit) and keep `style="width:100%; max-width:600px; height:auto"` for other \
            clients. A `height` helps too (it reserves space while images load or are blocked), but `width` is the one \
            that matters. Images inside `<!--[if !mso]>` are not seen by Outlook and are not checked, nor signup-form \
            embeds for web pages.
            """,
        source: "Microsoft Word HTML rendering (Outlook 2007–2021) as documented by caniemail, https://www.caniemail.com/features/css-max-width/ ; Litmus, \"Outlook image sizing\"",
        kinds: DocumentKind.emailKinds,
        wording: CustomerWording(
            problem: "Some images have no width set",
            why: "Outlook shows images at their full original size, which can break the layout.",
            action: "Add a `width` to each image (the width it should appear at, in pixels).",
            affects: "Outlook on Windows"),
        triggering: [
            Example("↓<img src=\"https://example.com/hero.jpg\" alt=\"Boots\" style=\"width:100%;max-width:600px\">"),
            Example("↓<img src=\"https://example.com/logo.png\" alt=\"Logo\" width=\"\" height=\"40\">"),
        ],
        nonTriggering: [
            Example("<img src=\"https://example.com/hero.jpg\" alt=\"Boots\" width=\"600\" style=\"width:100%;max-width:600px;height:auto\">"),
            Example("<img src=\"{{ image }}\" alt=\"\" width=\"{{ image_width }}\">"),
            Example("<!--[if !mso]><!--><img src=\"https://example.com/anim.gif\" alt=\"Animation\"><!--<![endif]-->"),
            Example("<form action=\"https://example.com/subscribe\"><img src=\"https://example.com/badge.png\" alt=\"\"></form>"),
        ]
    )

    static let visitsElements = true
    /// `visit` reads these elements only.
    static let visitedElementNames: Set<String>? = ["img"]

    mutating func visit(_ element: Element, _ context: RuleContext) {
        guard element.name == "img", !element.isImplied, element.scope.wordEngine else { return }
        let document = element.document
        if let width = element.attribute("width"), let range = width.valueRange, !URLValue.trimmed(range, in: document).isEmpty {
            return
        }
        if document.templateTags(overlapping: element.startTagRange).contains(where: { $0.context == .insideStartTag }) { return }
        context.report("Image without a width attribute: Outlook shows it at its natural size; add width=\"…\" in pixels",
                       at: element.startTagRange)
    }
}

extension RuleID {
    public static let imgDimensions: RuleID = "img-dimensions"
}
