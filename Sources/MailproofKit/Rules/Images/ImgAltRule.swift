/// Every image needs an `alt`: most clients block images until the reader allows them, and screen readers
/// read the file name of an image without one.
struct ImgAltRule: OptionlessRule {
    static let description = RuleDescription(
        id: .imgAlt,
        title: "Images have alt text",
        category: .images,
        defaultSeverity: .error,
        rationale: """
            Outlook, many corporate gateways and readers who save data show emails with images off, and screen readers \
            read an image without `alt` by its file name ("hero underscore final two dot png"). Give every content image \
            an `alt` that says what it shows or what it is for, and decorative images (spacers, dividers, tracking \
            pixels) `alt=""` so they are skipped. A linked image is the link's text: with `alt=""` and no other text \
            in the link, the link has no name, so it needs a non-empty alt that says where it goes. The fix adds \
            `alt=""` only where an image is certainly decorative: 1×1 and other images 2px wide or tall or less, \
            `spacer`/`blank`/`pixel`-named files, and images marked `role="presentation"` or `aria-hidden="true"` — it \
            never invents alt text.
            """,
        source: "WCAG 2.2 SC 1.1.1 Non-text content and technique H67; Email Markup Consortium accessibility report (images without alt, the most common failure); Kit help: image alt text",
        tags: [.accessibility, .webForm],
        wording: CustomerWording(
            problem: "Some images have no description",
            why: "Many apps block images until the reader allows them, and screen readers read the file name instead; a description (alt text) keeps the message readable.",
            action: "Add a short description to each content image; decorative images get an empty one (`alt=\"\"`).",
            affects: "Outlook and apps with images turned off, and screen readers"),
        triggering: [
            Example("↓<img src=\"https://example.com/hero.jpg\" width=\"600\">"),
            Example("<a href=\"https://example.com\"><img src=\"https://example.com/logo.png\" width=\"120\" ↓alt=\"\"></a>"),
            Example("↓<img src=\"https://example.com/spacer.gif\" width=\"20\" height=\"20\">"),
            Example("<a href=\"https://example.com\">↓<img src=\"https://example.com/logo.png\" width=\"1\" height=\"1\"></a>"),
        ],
        nonTriggering: [
            Example("<img src=\"https://example.com/hero.jpg\" alt=\"Three pairs of boots on snow\" width=\"600\">"),
            Example("<img src=\"https://example.com/divider.png\" alt=\"\" width=\"600\" height=\"1\">"),
            Example("<a href=\"https://example.com\"><img src=\"https://example.com/icon.png\" alt=\"\"> Visit the shop</a>"),
            Example("<a href=\"https://example.com\" aria-label=\"Example home page\"><img src=\"https://example.com/logo.png\" alt=\"\"></a>"),
            Example("<img src=\"{{ image }}\" alt=\"{{ image_alt }}\">"),
            Example("<a href=\"{{ url }}\"><img src=\"{{ image }}\" alt=\"*|MC:SUBJECT|*\"></a>"),
        ],
        corrections: [
            Correction("↓<img src=\"https://example.com/open.gif\" width=\"1\" height=\"1\">",
                       "<img alt=\"\" src=\"https://example.com/open.gif\" width=\"1\" height=\"1\">"),
            Correction("↓<IMG src=\"https://example.com/images/spacer.gif\" width=\"20\">",
                       "<IMG alt=\"\" src=\"https://example.com/images/spacer.gif\" width=\"20\">"),
            Correction("↓<img src=\"https://example.com/flourish.png\" role=\"presentation\" width=\"80\">",
                       "<img alt=\"\" src=\"https://example.com/flourish.png\" role=\"presentation\" width=\"80\">"),
            Correction("↓<img src=\"https://example.com/hero.jpg\" width=\"600\">", "<img src=\"https://example.com/hero.jpg\" width=\"600\">"),
        ]
    )

    static let visitsElements = true
    /// `visit` reads these elements only.
    static let visitedElementNames: Set<String>? = ["img"]

    func visit(_ element: Element, _ context: RuleContext) {
        guard element.name == "img", !element.isImplied else { return }
        let document = element.document
        let link = element.ancestors.first { $0.name == "a" && $0.hasAttribute("href") }
        guard let alt = element.attribute("alt") else {
            // A template tag among the attributes may print the alt.
            if document.templateTags(overlapping: element.startTagRange).contains(where: { $0.context == .insideStartTag }) { return }
            if link == nil, Self.isDecorative(element) {
                context.report("Decorative image without alt; add alt=\"\" so screen readers skip it", at: element.startTagRange,
                               fix: [.insert(" alt=\"\"", at: DocumentShape.afterTagName(element))])
            } else {
                context.report("Image without alt; describe it in alt, or use alt=\"\" if it is decorative", at: element.startTagRange)
            }
            return
        }
        guard let link, alt.valueRange.map({ VisibleText.isBlank($0, in: document) }) ?? true else { return }
        if VisibleText.hasText(link, "aria-label") || link.hasAttribute("aria-labelledby") { return }
        let content = VisibleText.content(of: link)
        if content.text.isEmpty, !content.hasTemplateText {
            context.report("Linked image with empty alt leaves the link without a name; say where the link goes in alt", at: alt.range)
        }
    }

    /// Certainly decorative: tiny, named as a spacer, or marked as presentation by the author.
    static func isDecorative(_ image: Element) -> Bool {
        if let role = image.value("role")?.lowercased(), role == "presentation" || role == "none" { return true }
        if image.value("aria-hidden")?.lowercased() == "true" { return true }
        for name in ["width", "height"] {
            if let value = image.value(name), let size = leadingInteger(value), size <= 2 { return true }
        }
        guard let src = image.value("src")?.lowercased() else { return false }
        let file = String(lastPathSegment(src))
        return file.contains("spacer") || file.hasPrefix("blank.") || file.hasPrefix("pixel.") || file.hasPrefix("clear.")
            || file.hasPrefix("transparent.") || file.hasPrefix("trans.") || file.hasPrefix("1x1")
    }

    /// What `src.split(separator: "/").last ?? src` is, without an array of every segment (this runs for every
    /// image): the text after the last `/` that trailing slashes leave.
    private static func lastPathSegment(_ src: String) -> Substring {
        var end = src.endIndex
        while end > src.startIndex, src[src.index(before: end)] == "/" { end = src.index(before: end) }
        guard end > src.startIndex else { return src[...] }
        let start = src[..<end].lastIndex(of: "/").map { src.index(after: $0) } ?? src.startIndex
        return src[start..<end]
    }

    private static func leadingInteger(_ text: String) -> Int? {
        let digits = text.trimmingWhitespace().prefix { $0.isASCII && $0.isNumber }
        return digits.isEmpty ? nil : Int(digits)
    }
}

extension RuleID {
    public static let imgAlt: RuleID = "img-alt"
}
