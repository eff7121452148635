/// The `<title>` is what the browser tab, the "view online" page and some notifications show, and what a screen
/// reader announces first.
struct TitleRule: OptionlessRule {
    static let description = RuleDescription(
        id: .title,
        title: "Whole documents have a non-empty <title>",
        category: .accessibility,
        defaultSeverity: .warning,
        rationale: """
            A screen reader announces the title when the message opens in a browser or a client that shows the HTML as \
            a page, and the "view online" tab and some mobile notifications display it. An empty or missing title \
            leaves "Untitled" or the file name. Use the subject line (a merge tag such as `*|MC:SUBJECT|*` or \
            `{{ subject }}` is fine). Fragments are not checked.
            """,
        source: "WCAG 2.2 SC 2.4.2 Page titled (technique H25); Email Markup Consortium accessibility report",
        tags: [.accessibility],
        wording: CustomerWording(
            problem: "The email has no title",
            why: "Screen readers and \"view in browser\" pages show the title; without one they show nothing useful.",
            action: "Add a `<title>` with the email's subject.",
            affects: "screen reader users and browser views"),
        triggering: [
            Example("<html>↓<head><meta charset=\"utf-8\"></head><body>Hi</body></html>"),
            Example("<html><head>↓<title> </title></head><body>Hi</body></html>"),
            Example("↓<html><body>Hi</body></html>"),
        ],
        nonTriggering: [
            Example("<html><head><title>Your March statement</title></head><body>Hi</body></html>"),
            Example("<html><head><title>*|MC:SUBJECT|*</title></head><body>Hi</body></html>"),
            Example("<html><head><title>{{ subject }}</title></head><body>Hi</body></html>"),
            Example("<p>A fragment</p>"),
            Example("<html><head>{% include 'meta.html' %}</head><body>Hi</body></html>"),
        ]
    )

    func finish(_ document: Document, _ context: RuleContext) {
        let shape = context.shape
        guard let anchor = shape.headAnchor, !shape.headMayBeElsewhere(document) else { return }
        guard let title = document.elements(named: "title").first(where: { !$0.isImplied }) else {
            context.report("No <title>; add one with the subject line", at: anchor)
            return
        }
        if VisibleText.content(of: title).text.isEmpty {
            context.report("Empty <title>; put the subject line in it", at: title.startTagRange)
        }
    }
}

extension RuleID {
    public static let title: RuleID = "title"
}
