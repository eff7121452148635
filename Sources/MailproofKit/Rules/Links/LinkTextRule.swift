/// Links must say where they go, in words a screen reader can read out of context.
struct LinkTextRule: OptionlessRule {
    static let description = RuleDescription(
        id: .linkText,
        title: "Links have descriptive text",
        category: .links,
        defaultSeverity: .warning,
        rationale: """
            Screen-reader users often jump from link to link, hearing only the link text. A link with no text (an icon \
            font, an empty <a> styled as a button) is read as its URL or not at all, and "click here" or "read more" \
            said five times tells nothing. A link's text is its content, the alt of images inside it, or its \
            `aria-label` (a `title` is a weak last resort that many readers skip); a template tag counts as text. \
            The vague phrases flagged, in English, when they are the whole text: "click here", "click", "here", \
            "read more", "more", "learn more", "link", "this link", "go", "details", "more info". Describe the \
            destination instead ("Read the full interview"), or add an aria-label that does. Links whose only \
            content is an image without alt are left to `img-alt`.
            """,
        source: "WCAG 2.2 SC 2.4.4 Link purpose (in context) and technique F84; Email Markup Consortium accessibility report (link text); Kit help: accessible emails",
        tags: [.accessibility, .webForm],
        wording: CustomerWording(
            problem: "Some links do not say where they go",
            why: "Screen reader users often jump from link to link; \"click here\" or an empty link tells them nothing.",
            action: "Write link text that says where it leads, like \"Read the full recipe\".",
            affects: "screen reader users in every email app"),
        triggering: [
            Example("↓<a href=\"https://example.com/sale\">Click here</a>"),
            Example("<p>To read the article, ↓<a href=\"https://example.com/a\">read more&nbsp;&raquo;</a></p>"),
            Example("↓<a href=\"https://example.com\" style=\"display:block;width:40px;height:40px\"></a>"),
            Example("↓<a href=\"https://example.com\">&nbsp;</a>"),
            Example("↓<a href=\"https://example.com/more\"><span>More</span>…</a>"),
        ],
        nonTriggering: [
            Example("<a href=\"https://example.com/sale\">Shop the winter sale</a>"),
            Example("<a href=\"https://example.com/a\" aria-label=\"Read more about the new menu\">Read more</a>"),
            Example("<a href=\"https://example.com\"><img src=\"https://example.com/logo.png\" alt=\"Example home page\"></a>"),
            Example("<a href=\"{{ cta_url }}\">{{ cta_text }}</a>"),
            Example("<a href=\"*|UNSUB|*\">*|UNSUB_TEXT|*</a>"),
            Example("<a href=\"https://twitter.com/example\" title=\"Example on Twitter\"><span class=\"icon\"></span></a>"),
            Example("<a href=\"https://example.com\"><img src=\"https://example.com/logo.png\"></a>"),
            Example("<a name=\"top\"></a>"),
            Example("<a href=\"https://example.com\">Read more about winter boots</a>"),
        ]
    )

    /// Whole link texts that say nothing out of context (lower case, without trailing punctuation and arrows).
    private static let vaguePhrases: Set<String> = [
        "click here", "click", "here", "read more", "more", "learn more", "link", "this link", "go", "details", "more info",
    ]

    static let visitsElements = true
    /// `visit` reads these elements only.
    static let visitedElementNames: Set<String>? = ["a"]

    func visit(_ element: Element, _ context: RuleContext) {
        guard element.name == "a", element.hasAttribute("href"), element.value("aria-hidden") != "true" else { return }
        if element.hasAttribute("aria-labelledby") { return }
        if VisibleText.hasText(element, "aria-label") { return }
        let content = VisibleText.content(of: element)
        if content.hasTemplateText { return }
        let text = Self.meaningful(content.text)
        if text.isEmpty {
            if content.imageCount > 0 || VisibleText.hasText(element, "title") { return }
            context.report("Link without text: screen readers read out its URL; add text or an aria-label", at: element.startTagRange)
        } else if Self.vaguePhrases.contains(text) {
            context.report("Link text '\(content.text)' says nothing out of context; describe where it goes", at: element.startTagRange)
        }
    }

    /// Lower case, with references (`&raquo;`), punctuation and arrows around the words removed.
    private static func meaningful(_ text: String) -> String {
        var text = text
        if let ascii = text.withUTF8(meaningfulASCII) { return ascii }
        let characters = Array(text.lowercased())
        var cleaned = ""
        var i = 0
        while i < characters.count {
            if characters[i] == "&" {
                var j = i + 1
                while j < characters.count, j - i <= 10, characters[j].isLetter || characters[j].isNumber || characters[j] == "#" { j += 1 }
                if j < characters.count, characters[j] == ";", j > i + 1 {
                    cleaned.append(" ")
                    i = j + 1
                    continue
                }
            }
            cleaned.append(characters[i].isLetter || characters[i].isNumber ? characters[i] : " ")
            i += 1
        }
        return cleaned.collapsingWhitespace()
    }

    /// The same for ASCII text, on its bytes (for ASCII, letters and digits are what `isLetter` and `isNumber`
    /// accept); nil for other text.
    private static func meaningfulASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
        func isAlphanumeric(_ byte: UInt8) -> Bool {
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        }
        var cleaned: [UInt8] = []
        cleaned.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "&") {
                var j = i + 1
                while j < bytes.count, j - i <= 10, isAlphanumeric(bytes[j]) || bytes[j] == UInt8(ascii: "#") { j += 1 }
                if j < bytes.count, bytes[j] == UInt8(ascii: ";"), j > i + 1 {
                    cleaned.append(0x20)
                    i = j + 1
                    continue
                }
            }
            let byte = bytes[i]
            cleaned.append(isAlphanumeric(byte) ? ((UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte) : 0x20)
            i += 1
        }
        return cleaned.withUnsafeBufferPointer(String.collapsingASCIIWhitespace)
    }
}

extension RuleID {
    public static let linkText: RuleID = "link-text"
}
