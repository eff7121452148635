/// A whole document declares its character encoding, so clients that show the HTML part on its own (the
/// browser view, a forwarded attachment, Outlook's "view in browser") do not guess it.
struct MetaCharsetRule: OptionlessRule {
    static let description = RuleDescription(
        id: .metaCharset,
        title: "Whole documents declare their character set",
        category: .structure,
        defaultSeverity: .warning,
        rationale: """
            The email's MIME header names the character set, but the HTML is also opened without it: "view in browser" \
            pages, saved or forwarded messages, some desktop clients. Without a declaration in the document, curly \
            quotes, accented letters and emoji turn into "â€™"-style garbage there. Declare it in the <head> with \
            `<meta http-equiv="Content-Type" content="text/html; charset=utf-8">` (or `<meta charset="utf-8">`). \
            Fragments are not checked. The fix adds the declaration right after <head> when the file is UTF-8.
            """,
        source: "HTML Living Standard §4.2.5.4 (specifying the document's character encoding); Email on Acid and Litmus boilerplates",
        wording: CustomerWording(
            problem: "The template does not say which character set it uses",
            why: "Some apps then guess wrong and show accented letters, curly quotes and emoji as garbled text.",
            action: "Add `<meta charset=\"utf-8\">` at the top of the `<head>`.",
            affects: "some webmail and desktop apps"),
        triggering: [
            Example("<html>↓<head><title>Hi</title></head><body>Café</body></html>"),
            Example("↓<html><body>Hi</body></html>"),
        ],
        nonTriggering: [
            Example("<html><head><meta charset=\"utf-8\"><title>Hi</title></head><body>Hi</body></html>"),
            Example("<html><head><META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=UTF-8\"></head><body>Hi</body></html>"),
            Example("<table><tr><td>A fragment</td></tr></table>"),
            Example("{{> head }}<body>The head comes from a partial</body>"),
            Example("<html><head>{% include 'meta.html' %}<title>Hi</title></head><body>Hi</body></html>"),
        ],
        corrections: [
            Correction("<html>↓<head><title>Hi</title></head><body>Hi</body></html>",
                       "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"><title>Hi</title></head><body>Hi</body></html>"),
        ]
    )

    func finish(_ document: Document, _ context: RuleContext) {
        let shape = context.shape
        guard let anchor = shape.headAnchor, !shape.headMayBeElsewhere(document) else { return }
        for meta in document.elements(named: "meta") {
            if meta.hasAttribute("charset") { return }
            if meta.value("http-equiv")?.lowercased().trimmingWhitespace() == "content-type",
               meta.value("content")?.lowercased().contains("charset") == true { return }
        }
        var fix: [TextEdit] = []
        // Declaring UTF-8 is only certain when the file is UTF-8 (mailproof transcodes anything else).
        if let head = shape.explicitHead, document.source.encoding == .utf8 || document.source.encoding == .utf8WithBOM {
            fix = [.insert("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">", at: head.startTagRange.end)]
        }
        context.report("No character set declared; add <meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"> to the <head>",
                       at: anchor, fix: fix)
    }
}

extension RuleID {
    public static let metaCharset: RuleID = "meta-charset"
}
