/// The preview text inbox lists show next to the subject.
struct PreheaderRule: OptionlessRule {
    static let description = RuleDescription(
        id: .preheader,
        title: "Whole emails set hidden preview text",
        category: .structure,
        defaultSeverity: .info,
        rationale: """
            Inbox lists in Gmail, Apple Mail, Outlook and most apps show a line of preview text after the subject. \
            Without a preheader they take the first text of the email: often "View in browser", an image's alt text or \
            a navigation menu. Add a hidden preheader as the first thing in the <body>, for example \
            `<div style="display:none; max-height:0; overflow:hidden; mso-hide:all;">Your preview text</div>`, or use \
            your ESP's preview-text tag (Mailchimp `*|MC_PREVIEW_TEXT|*`). Fragments and layouts that include other \
            templates are not checked.
            """,
        source: "Litmus, \"The ultimate guide to preview text\" (https://www.litmus.com/blog/the-ultimate-guide-to-preview-text-support) ; Campaign Monitor, \"Email preheader text\"",
        wording: CustomerWording(
            problem: "There is no preview text",
            why: "Inboxes show a line of text after the subject; without preview text they show whatever comes first, like \"View in browser\".",
            action: "Add a hidden preview text at the start of the email.",
            affects: "the inbox list of every email app"),
        triggering: [
            Example("<html><head><title>Hi</title></head>↓<body><p>View in browser</p></body></html>"),
            Example("↓<html><table><tr><td>Hello {{ first_name }}</td></tr></table></html>"),
        ],
        nonTriggering: [
            Example("<html><body><div style=\"display:none; max-height:0; overflow:hidden; mso-hide:all;\">Our spring sale starts now</div><p>Hi</p></body></html>"),
            Example("<html><body><span class=\"preheader\">{{ preview_text }}</span><p>Hi</p></body></html>"),
            Example("<html><body><div style=\"font-size:1px;line-height:1px;color:#fff;opacity:0\">Preview</div></body></html>"),
            Example("<html><body>*|MC_PREVIEW_TEXT|*<p>Hi</p></body></html>"),
            Example("<html><body>{% include 'header.html' %}<p>Hi</p></body></html>"),
            Example("<html><body>{{{ body }}}</body></html>"),
            Example("{{ define \"header\" }}<html><body><div class=\"wrap\">{{ end }}"),
            Example("<table><tr><td>Hello</td></tr></table>"),
        ]
    )

    /// Output tags that insert the message body from another template into a layout.

    func finish(_ document: Document, _ context: RuleContext) {
        let shape = context.shape
        guard let anchor = shape.explicitBody ?? shape.firstDocumentTag else { return }
        for tag in document.templateTags {
            let name = tag.name.lowercased()
            if name.contains("preview") || name.contains("preheader") { return }
            if tag.kind == .output, DocumentShape.contentSlots.contains(name), name != "message_content" { return }
            // Go templates' `{{ define "header" }}` / `{{ block }}`: a layout whose content comes from elsewhere.
            if name == "define" || name == "block" { return }
        }
        if DocumentShape.includesTemplate(before: document.source.bytes.count, in: document) { return }
        for element in document.elements where Self.isPreheader(element) { _ = element; return }
        context.report("No hidden preview text: inboxes will show the first text of the email after the subject; add a hidden preheader at the start of the <body>",
                       at: anchor.startTagRange)
    }

    private static func isPreheader(_ element: Element) -> Bool {
        for name in ["class", "id"] {
            if let value = element.value(name)?.lowercased(), value.contains("preheader") || value.contains("preview") { return true }
        }
        return HiddenContent.hides(element)
    }
}

extension RuleID {
    public static let preheader: RuleID = "preheader"
}
