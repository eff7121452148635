/// A whole email document needs a doctype, and one that clients know: without it (or with an odd one) they
/// render in quirks mode, where table cells, images and line heights get extra gaps.
struct DoctypeRule: OptionlessRule {
    static let description = RuleDescription(
        id: .doctype,
        title: "Whole documents start with a standard doctype",
        category: .structure,
        defaultSeverity: .warning,
        rationale: """
            Without a doctype, webmail and app clients that show the message in their own page or an iframe render it \
            in quirks mode: images get a gap below them, table cells ignore font sizes, box sizes differ. Use the HTML5 \
            doctype `<!DOCTYPE html>` (or XHTML 1.0 Transitional / Strict, or HTML 4.01 with its system identifier, which \
            older templates use and which render in standards or almost-standards mode). Many clients strip the doctype \
            when they embed the message, so this mostly matters for Apple Mail, Outlook for Mac and the browser view — \
            but there it decides the layout. Fragments (partials, snippets, form embeds) are not checked. The fix \
            inserts `<!DOCTYPE html>` at the top of the file.
            """,
        source: "HTML Living Standard §13.2.6.4.1 (quirks mode doctypes); caniemail, https://www.caniemail.com/features/html-doctype/",
        wording: CustomerWording(
            problem: "The first line of the template is missing",
            why: "Without the `<!DOCTYPE html>` line some email apps fall back to an old display mode and spacing changes.",
            action: "Add `<!DOCTYPE html>` as the very first line.",
            affects: "Outlook, Yahoo Mail and some webmail apps"),
        triggering: [
            Example("↓<html lang=\"en\"><head><title>Hi</title></head><body><p>Hi</p></body></html>"),
            Example("↓<body><p>Hi</p></body>"),
            Example("↓<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.1//EN\" \"http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd\">\n<html><body>Hi</body></html>"),
            Example("↓<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\">\n<html><body>Hi</body></html>"),
            Example("↓<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 3.2 Final//EN\"><html><body>Hi</body></html>"),
        ],
        nonTriggering: [
            Example("<!DOCTYPE html>\n<html lang=\"en\"><body>Hi</body></html>"),
            Example("<!doctype html><html><body>Hi</body></html>"),
            Example("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>Hi</body></html>"),
            Example("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\" \"http://www.w3.org/TR/html4/loose.dtd\"><html><body>Hi</body></html>"),
            Example("<!DOCTYPE html SYSTEM \"about:legacy-compat\"><html><body>Hi</body></html>"),
            // Fragments: a partial or a signup-form embed goes inside someone else's document.
            Example("<table role=\"presentation\"><tr><td>Hi</td></tr></table>"),
            Example("<form action=\"https://app.kit.com/forms/1/subscriptions\" method=\"post\"><input name=\"email_address\"></form>"),
            // The head, doctype included, comes from another template.
            Example("{{> header }}\n<body><p>Hi {{ name }}</p></body>"),
            Example("{% include 'head.html' %}\n<body><p>Hi</p></body>"),
            Example("<!--[if mso]><p>Outlook</p><![endif]-->"),
        ],
        corrections: [
            Correction("↓<html><body>Hi</body></html>", "<!DOCTYPE html>\n<html><body>Hi</body></html>"),
            Correction("<!-- Welcome email -->\n↓<html><body>Hi</body></html>", "<!DOCTYPE html>\n<!-- Welcome email -->\n<html><body>Hi</body></html>"),
        ]
    )

    /// Public identifiers that render in standards or almost-standards mode, and whether they need their system
    /// identifier to do so (HTML 4.01 Transitional without one means quirks mode).
    private static let knownPublicIDs: [String: Bool] = [
        "-//w3c//dtd xhtml 1.0 transitional//en": false,
        "-//w3c//dtd xhtml 1.0 strict//en": false,
        "-//w3c//dtd html 4.01//en": false,
        "-//w3c//dtd html 4.01 transitional//en": true,
    ]

    func finish(_ document: Document, _ context: RuleContext) {
        var child = document.nodes[0].firstChild
        while child != Node.none {
            let node = document.nodes[Int(child)]
            if node.kind == .doctype {
                check(node, document, context)
                return
            }
            child = node.nextSibling
        }
        let shape = context.shape
        guard let first = shape.firstDocumentTag,
              !DocumentShape.includesTemplate(before: first.startTagRange.start, in: document) else { return }
        let bytes = document.source.bytes
        let hasBOM = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        context.report("No doctype: clients render in quirks mode; add <!DOCTYPE html> at the top",
                       at: first.startTagRange, fix: [.insert("<!DOCTYPE html>\n", at: hasBOM ? 3 : 0)])
    }

    private func check(_ node: Node, _ document: Document, _ context: RuleContext) {
        let text = document.text(node.innerRange).lowercased().collapsingWhitespace()
        // "doctype html", then an optional PUBLIC or SYSTEM part.
        guard text.hasPrefix("doctype html") else {
            context.report("Unusual doctype; use <!DOCTYPE html>", at: node.range)
            return
        }
        // Whitespace is collapsed: at most one space to drop. (`trimmingPrefix` went through the generic
        // string-processing machinery, 0.4% of a batch's time for one character.)
        var rest = text.dropFirst("doctype html".count)
        if rest.first == " " { rest = rest.dropFirst() }
        if rest.isEmpty { return }
        let quoted = Self.quotedStrings(String(rest))
        if rest.hasPrefix("system") {
            if quoted.first == "about:legacy-compat" { return }
        } else if rest.hasPrefix("public"), let publicID = quoted.first, let needsSystemID = Self.knownPublicIDs[publicID] {
            if !needsSystemID || quoted.count > 1 { return }
            context.report("This doctype without its URL puts clients in quirks mode; use <!DOCTYPE html>", at: node.range)
            return
        }
        context.report("Unusual doctype (clients may render in quirks mode); use <!DOCTYPE html>", at: node.range)
    }

    private static func quotedStrings(_ text: String) -> [String] {
        // A doctype is ASCII: its bytes are its characters, read without grapheme breaking.
        text.utf8.allSatisfy { $0 < 0x80 }
            ? quotedStrings(in: text.utf8, of: text, quotes: UInt8(ascii: "\""), UInt8(ascii: "'"))
            : quotedStrings(in: text, of: text, quotes: "\"", "'")
    }

    /// The quoted strings of `text`, read as `view`'s elements (its bytes or its characters).
    private static func quotedStrings<View: Collection>(in view: View, of text: String, quotes double: View.Element,
                                                         _ single: View.Element) -> [String]
    where View.Index == String.Index, View.Element: Equatable {
        var result: [String] = []
        // Where the open quote's text starts; nil outside quotes. Sliced once per string: appending characters
        // to a copy of the text so far copied it for every character.
        var start: String.Index?
        var quote = double
        var index = view.startIndex
        while index < view.endIndex {
            let element = view[index]
            let next = view.index(after: index)
            if let opened = start {
                if element == quote {
                    result.append(String(text[opened..<index]))
                    start = nil
                }
            } else if element == double || element == single {
                quote = element
                start = next
            }
            index = next
        }
        return result
    }
}

extension RuleID {
    public static let doctype: RuleID = "doctype"
}
