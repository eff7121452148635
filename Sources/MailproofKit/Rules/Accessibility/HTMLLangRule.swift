/// The document's language, for screen readers' pronunciation and for translation offers.
struct HTMLLangRule: OptionlessRule {
    static let description = RuleDescription(
        id: .htmlLang,
        title: "<html> declares the language",
        category: .accessibility,
        defaultSeverity: .warning,
        rationale: """
            Screen readers pick their voice and pronunciation from `lang`; without it an English email may be read \
            with a French voice, or the other way round, and browsers offer wrong translations in the "view online" \
            page. Put `lang="en"` (or a merge tag for the subscriber's language) on <html>. `xml:lang` alone is not \
            read by HTML screen readers. Since many webmail clients drop <html>, also see `content-lang-dir`. \
            Fragments are not checked.
            """,
        source: "WCAG 2.2 SC 3.1.1 Language of page (technique H57); Email Markup Consortium accessibility report (missing lang is among the most common failures)",
        tags: [.accessibility],
        wording: CustomerWording(
            problem: "The template does not say which language it is in",
            why: "Screen readers then read the email with the wrong pronunciation.",
            action: "Add the language to the `<html>` tag, like `<html lang=\"en\">`.",
            affects: "screen reader users"),
        triggering: [
            Example("↓<html><head><title>Hi</title></head><body>Hi</body></html>"),
            Example("<html ↓lang=\"\"><body>Hi</body></html>"),
            Example("↓<html xmlns=\"http://www.w3.org/1999/xhtml\" xml:lang=\"en\"><body>Hi</body></html>"),
            Example("↓<body><p>Hi</p></body>"),
        ],
        nonTriggering: [
            Example("<html lang=\"en\"><body>Hi</body></html>"),
            Example("<html lang=\"{{ subscriber.locale }}\"><body>Hi</body></html>"),
            Example("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"de\" xml:lang=\"de\"><body>Hallo</body></html>"),
            Example("<div lang=\"en\" dir=\"ltr\"><p>A fragment</p></div>"),
            Example("{{> header }}<body><p>Hi</p></body>"),
        ]
    )

    func finish(_ document: Document, _ context: RuleContext) {
        let shape = context.shape
        guard let first = shape.firstDocumentTag else { return }
        guard let html = shape.explicitHTML else {
            if !DocumentShape.includesTemplate(before: first.startTagRange.start, in: document) {
                context.report("No <html lang>; add <html lang=\"…\"> with the email's language", at: first.startTagRange)
            }
            return
        }
        if let lang = html.attribute("lang") {
            if !VisibleText.hasText(html, "lang") {
                context.report("Empty lang; set it to the email's language, e.g. lang=\"en\"", at: lang.range)
            }
        } else if html.hasAttribute("xml:lang") {
            context.report("xml:lang alone is ignored by screen readers; add lang with the same value", at: html.startTagRange)
        } else {
            context.report("<html> without lang; add lang=\"…\" with the email's language", at: html.startTagRange)
        }
    }
}

extension RuleID {
    public static let htmlLang: RuleID = "html-lang"
}
