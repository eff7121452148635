/// Text made invisible by its size or colour, beyond the hidden preview text every email may carry.
struct HiddenTextRule: OptionlessRule {
    static let description = RuleDescription(
        id: .hiddenText,
        title: "No text is hidden by a tiny size or a colour that matches its background",
        category: .deliverability,
        defaultSeverity: .warning,
        rationale: """
            Text readers cannot see (a 0 or 1 pixel font, or text the colour of its background) is an old trick \
            to feed filters words the reader never sees, and filters score it (SpamAssassin's HTML_FONT_LOW_CONTRAST \
            and tiny-font tests, Microsoft's hidden-text checks). The hidden preview text at the top of an email \
            is expected and not reported: the first such text, before any visible text, hidden with display:none \
            or drawn invisibly. Anything after it is reported. The colours and sizes are worked out from the \
            `<style>` rules and inline styles as color-contrast reads them.
            """,
        source: "Apache SpamAssassin rules HTML_FONT_LOW_CONTRAST and HTML_FONT_SIZE_TINY (default rule set); WCAG 1.4.3 for the contrast computation",
        kinds: DocumentKind.emailKinds,
        tags: [.deliverability],
        wording: CustomerWording(
            problem: "Some text is invisible to readers",
            why: "Text in a tiny size or in the same colour as its background looks like a trick to spam filters, which score it.",
            action: "Remove the invisible text, or make it readable; only the hidden preview text at the very top is expected.",
            affects: "spam filters"),
        triggering: [
            Example("<html><body><p>Hello reader, here is our news.</p>↓<p style=\"color:#ffffff; background-color:#ffffff\">cheap watches cheap pills</p></body></html>"),
            Example("<html><body><p>Hello reader.</p>↓<span style=\"font-size:1px\">free free free</span></body></html>"),
        ],
        nonTriggering: [
            Example("<html><body><div style=\"display:none; max-height:0; overflow:hidden\">Preview text</div><p>Hello reader.</p></body></html>"),
            Example("<html><body><span style=\"color:#ffffff; font-size:1px\">Old-style preview text</span><p>Hello reader.</p></body></html>"),
            Example("<html><body><p style=\"color:#333333\">Hello reader.</p><td style=\"font-size:1px; line-height:1px\">&nbsp;</td></body></html>"),
        ]
    )

    static let visitsElements = true
    /// Whether visible text has come yet: invisible text before it is the preview text.
    private var seenVisibleText = false

    mutating func visit(_ element: Element, _ context: RuleContext) {
        let appearance = context.textAppearances.appearance(of: element)
        guard !appearance.ignored, element.scope.otherClients, TextAppearanceWalk.firstVisibleText(in: element) != nil else { return }
        if appearance.hidden {
            return // display:none and the like: the preheader idiom, or content a media query shows
        }
        let tiny = appearance.fontSize.map { $0 <= 1.5 } ?? false
        let sameColour = appearance.color.flatMap { color in appearance.background.map { CSSColor.contrastRatio(color, $0) < 1.1 } } ?? false
        guard tiny || sameColour else {
            seenVisibleText = true
            return
        }
        if !seenVisibleText { return } // the preview text, drawn invisibly at the top
        let how = tiny ? "a \(appearance.fontSize.map { $0 < 1 ? "0" : "1" } ?? "1")px font" : "the colour of its background"
        context.report("Text hidden by \(how): filters score invisible text; remove it or make it readable", at: element.startTagRange)
    }
}

extension RuleID {
    public static let hiddenText: RuleID = "hidden-text"
}
