/// Webmail drops `<html>` (and its `lang`) when it embeds a message, so the language and direction must also be
/// set on an element around the content.
struct ContentLangDirRule: OptionlessRule {
    static let description = RuleDescription(
        id: .contentLangDir,
        title: "Content is wrapped in an element with lang and dir",
        category: .accessibility,
        defaultSeverity: .warning,
        rationale: """
            Gmail, Outlook.com, Yahoo and most webmail put the message inside their own page and remove <html>, <head> \
            and often <body> with their attributes, so `<html lang>` is lost there. Wrap everything inside <body> in one \
            element that carries both `lang` and `dir` — `<div lang="en" dir="ltr">` (Cerberus uses \
            `<center role="article" lang="en">`). `lang` gives screen readers the right voice; `dir` keeps an English \
            email left-to-right in a client whose interface is Arabic or Hebrew, and a right-to-left email right-to-left \
            in an English one. Only whole documents are checked, and only what clients other than Outlook for Windows \
            see (Outlook keeps <html>).
            """,
        source: "Email Markup Consortium, Email Accessibility Report (lang and dir on a wrapper); WCAG 2.2 SC 3.1.1 and 1.3.2; HTML Living Standard §3.2.6.4 (dir)",
        tags: [.accessibility],
        wording: CustomerWording(
            problem: "The content is not marked with its language and reading direction",
            why: "Many email apps remove the `<html>` tag, so the language must also be set on an element around the content for screen readers.",
            action: "Wrap the content in a `<div lang=\"en\" dir=\"ltr\">` (with your language).",
            affects: "screen reader users in Gmail, Outlook.com and other webmail"),
        triggering: [
            Example("<html lang=\"en\">↓<body><table><tr><td>Hi</td></tr></table></body></html>"),
            Example("<html lang=\"en\"><body>↓<div lang=\"en\"><p>Hi</p></div></body></html>"),
            Example("<html lang=\"en\">↓<body><div lang=\"en\" dir=\"ltr\"><p>Hi</p></div><p>Footer outside the wrapper</p></body></html>"),
        ],
        nonTriggering: [
            Example("<html lang=\"en\"><body><div lang=\"en\" dir=\"ltr\"><p>Hi</p></div></body></html>"),
            Example("<html><body style=\"margin:0\"><center role=\"article\" lang=\"{{ locale }}\" dir=\"{{ direction }}\"><p>Hi</p></center></body></html>"),
            Example("<html><body><div dir=\"rtl\"><div lang=\"ar\"><p>مرحبا</p></div></div></body></html>"),
            Example("<table><tr><td>A fragment</td></tr></table>"),
            Example("<html><body><!--[if mso]><p>Outlook only</p><![endif]--><div lang=\"en\" dir=\"ltr\">Hi</div>&nbsp;</body></html>"),
        ]
    )

    func finish(_ document: Document, _ context: RuleContext) {
        let shape = context.shape
        guard shape.isWholeDocument, let body = shape.body else { return }
        let nodes = document.nodes
        let bodyEnd = Int(body.subtreeEnd)
        var wrappers: [Element] = []
        var uncovered = false
        var i = Int(body.index) + 1
        while i < bodyEnd {
            // Fields read in place: a copy of the node would copy its name.
            if nodes[i].kind == .element, nodes[i].scope.otherClients,
               let lang = Element(document: document, index: Node.Index(i)).attribute("lang"), lang.valueRange.map({ !$0.isEmpty }) == true {
                wrappers.append(Element(document: document, index: Node.Index(i)))
                i = Int(nodes[i].subtreeEnd)
                continue
            }
            if nodes[i].scope.otherClients, Self.isContent(i, document) { uncovered = true }
            i += 1
        }
        let anchor = shape.explicitBody ?? shape.firstDocumentTag
        guard let anchor else { return }
        if uncovered || wrappers.isEmpty {
            if wrappers.isEmpty, !Self.hasContent(in: body, document) { return }
            let message = wrappers.isEmpty
                ? "Wrap the content in an element with lang and dir (e.g. <div lang=\"en\" dir=\"ltr\">): webmail drops <html lang>"
                : "Some content is outside the element with lang; wrap all of the body in it"
            context.report(message, at: anchor.startTagRange)
            return
        }
        for wrapper in wrappers where !Self.hasDirection(wrapper, within: body) {
            context.report("Add dir=\"ltr\" (or \"rtl\") next to lang, so the text direction survives in webmail", at: wrapper.startTagRange)
            return
        }
    }

    /// Visible content: text other than whitespace and blank references, and images with alt text.
    private static func isContent(_ index: Int, _ document: Document) -> Bool {
        let nodes = document.nodes
        if nodes[index].kind == .text, !nodes[index].isRawText { return !VisibleText.isBlank(nodes[index].range, in: document) }
        if nodes[index].kind == .element, nodes.name(at: index) == "img" {
            return VisibleText.hasText(Element(document: document, index: Node.Index(index)), "alt")
        }
        return false
    }

    private static func hasContent(in body: Element, _ document: Document) -> Bool {
        body.descendantIndices.contains { document.nodes[$0].scope.otherClients && isContent($0, document) }
    }

    /// `dir` on the wrapper or on an element between it and <body>.
    private static func hasDirection(_ wrapper: Element, within body: Element) -> Bool {
        if wrapper.hasAttribute("dir") { return true }
        for ancestor in wrapper.ancestors {
            if ancestor.index == body.index { return false }
            if ancestor.hasAttribute("dir") { return true }
        }
        return false
    }
}

extension RuleID {
    public static let contentLangDir: RuleID = "content-lang-dir"
}
