/// Outlook conditional comments only work when they are written exactly: one slip shows Outlook-only code
/// (ghost tables, VML, mso styles) to every other client, or hides the email from them.
struct ConditionalCommentRule: OptionlessRule {
    static let description = RuleDescription(
        id: .conditionalComment,
        title: "Outlook conditional comments are well-formed and balanced",
        category: .structure,
        defaultSeverity: .error,
        rationale: """
            `<!--[if mso]>…<![endif]-->` is an ordinary HTML comment for every client except Outlook for Windows, so \
            it hides its content only as long as no `-->` appears before `<![endif]-->`. A comment or another \
            conditional nested inside ends it early and everything after shows up in Gmail, Apple Mail and the rest — \
            the usual source of stray "</td></tr></table>" text and doubled buttons. A closer written `<![endif]>` \
            instead of `<![endif]-->` makes the comment run on and hide real content. Openers must be `<!--[if …]>` \
            (no space after `<!--`), closers `<![endif]-->` (or `<!--<![endif]-->` after `<!--[if !mso]><!-->`), and \
            every opener needs its closer.
            """,
        source: "Microsoft, About conditional comments (MSDN); Litmus, \"A Guide to Outlook Conditional Comments\"; HTML Living Standard §13.2.5.43 (comment end)",
        wording: CustomerWording(
            problem: "Some Outlook-only code is not fenced off properly",
            why: "Code meant only for Outlook shows up for everyone (or vice versa), often as stray text or doubled buttons.",
            action: "Make every `<!--[if mso]>` have a matching `<![endif]-->`.",
            affects: CustomerWording.everyone),
        triggering: [
            Example("<!--[if mso]><table><tr><td>↓<!-- Outlook wrapper -->x</td></tr></table><![endif]-->"),
            Example("<!--[if mso]><table><![endif]-->x↓<![endif]-->"),
            Example("↓<!--[if mso]><table><tr><td>"),
            Example("<!--[if mso]><p>x</p>↓<![endif]>"),
            Example("↓<!-- [if mso]><p>x</p><![endif]-->"),
            Example("↓<!--[if mso]><p>Outlook</p>↓<!--[endif]-->"),
            Example("<!--[if gte mso 9]><xml>x</xml><!--[if mso]><p>y</p>↓<![endif]-->z<![endif]-->"),
        ],
        nonTriggering: [
            Example("<!--[if mso]><table role=\"presentation\"><tr><td><![endif]--><p>Hi</p><!--[if mso]></td></tr></table><![endif]-->"),
            Example("<!--[if !mso]><!--><p>Not Outlook <!-- note --></p><!--<![endif]-->"),
            Example("<!--[if !mso]><!-- --><a href=\"https://example.com\">Button</a><!--<![endif]-->"),
            Example("<![if !mso]><p>Not Outlook</p><![endif]>"),
            Example("<!--[if (gte mso 9)|(IE)]><table><tr><td><![endif]-->x<!--[if (gte mso 9)|(IE)]></td></tr></table><![endif]-->"),
            Example("<!--[if gte mso 9]><xml><o:OfficeDocumentSettings><o:PixelsPerInch>96</o:PixelsPerInch></o:OfficeDocumentSettings></xml><![endif]-->"),
            Example("<!-- a plain comment about [if] statements -->"),
            Example("<!--[if mso]><v:roundrect href=\"{{ url }}\"><![endif]-->"),
        ]
    )

    func finish(_ document: Document, _ context: RuleContext) {
        let bytes = document.maskedBytes
        var open: [ConditionalMarker] = []
        for marker in document.conditionalMarkers {
            switch marker.kind {
            case .open:
                if !Self.isValidCondition(marker.condition) {
                    context.report("Malformed conditional comment; write <!--[if mso]> (a condition, then ]>)", at: marker.range)
                }
                open.append(marker)
            case .close:
                if bytes[marker.range.end - 1] != 0x3E /* > */ {
                    context.report("Unterminated <![endif]; write <![endif]-->", at: marker.range)
                }
                guard let opener = open.popLast() else {
                    context.report("<![endif]--> without an opening <!--[if …]>; remove it or add the opener", at: marker.range)
                    continue
                }
                checkHiddenPair(opener, marker, document, context)
            }
        }
        for opener in open {
            context.report("Conditional comment never closed; add <![endif]-->", at: opener.range)
        }
        // Comments that look like conditional markers but are not: Outlook ignores them, so their content is
        // plain comment (hidden from Outlook) or, for a stray closer, nothing closes the real opener.
        let source = document.source.bytes
        for node in document.nodes where node.kind == .comment {
            // From the bytes first: the text of most comments (whole Outlook-only tables among them) is not needed.
            var k = node.innerRange.start
            while k < node.innerRange.end, Self.isSkippedBeforeMarker(source[k]) { k += 1 }
            guard k < node.innerRange.end, source[k] == UInt8(ascii: "[") || source[k] == UInt8(ascii: "<") else { continue }
            var text = Substring(document.text(node.innerRange))
            while let first = text.first, first == " " || first == "\t" || first == "\n" || first == "\r" || first == "-" { text = text.dropFirst() }
            if text.hasPrefix("[if") || text.hasPrefix("[endif") || text.hasPrefix("<![endif") || text.hasPrefix("<![if") {
                context.report("Malformed conditional comment, ignored by Outlook; write <!--[if mso]> and <![endif]-->", at: node.range)
            }
        }
    }

    /// For a hidden opener (`<!--[if mso]>`), everything up to its closer must stay one HTML comment for the
    /// other clients.
    private func checkHiddenPair(_ opener: ConditionalMarker, _ closer: ConditionalMarker, _ document: Document,
                                 _ context: RuleContext) {
        let bytes = document.maskedBytes
        guard !opener.revealed, bytes[opener.range.start + 2] == 0x2D /* <!-- */ else { return }
        var k = opener.range.end
        if Self.startsRevealingComment(at: k, bytes) { return }
        while k + 3 <= closer.range.start {
            if bytes[k] == 0x2D, bytes[k + 1] == 0x2D, bytes[k + 2] == 0x3E {
                // Point at the nested comment or conditional whose `-->` it is, when there is one.
                if let marker = document.conditionalMarkers.first(where: { $0.range.contains(k) }) {
                    context.report("Nested conditional comment: its --> ends the outer <!--[if …]> early and other clients show what follows; close the outer one first",
                                   at: marker.range)
                } else if let comment = document.nodes.first(where: { $0.kind == .comment && $0.range.contains(k) }) {
                    context.report("Comment inside Outlook-only code: its --> ends the conditional comment early and other clients show what follows; remove it",
                                   at: comment.range)
                } else {
                    context.report("--> inside Outlook-only code ends the conditional comment early; other clients show what follows",
                                   at: ByteRange(start: k, length: 3))
                }
                return
            }
            k += 1
        }
        if !closer.revealed || bytes[closer.range.start + 2] == 0x2D { return }
        // `<![endif]>` after `<!--[if …]>`: the comment goes on to the next `-->` in the file.
        context.report("<![endif]> cannot close <!--[if …]>; write <![endif]--> or other clients hide what follows",
                       at: closer.range)
    }

    /// `<!--[if !mso]><!-- -->` (buttons.cm's form): an empty comment right after the opener ends it for other
    /// clients, so the content is revealed to them on purpose.
    private static func startsRevealingComment(at offset: Int, _ bytes: [UInt8]) -> Bool {
        var i = offset
        while i < bytes.count, URLValue.isSpace(bytes[i]) { i += 1 }
        guard i + 4 <= bytes.count, bytes[i] == 0x3C, bytes[i + 1] == 0x21, bytes[i + 2] == 0x2D, bytes[i + 3] == 0x2D else { return false }
        i += 4
        while i < bytes.count, URLValue.isSpace(bytes[i]) || bytes[i] == 0x2D { i += 1 }
        return i < bytes.count && bytes[i] == 0x3E && bytes[i - 1] == 0x2D
    }

    /// Space, tab, line breaks and `-`: what the check of malformed markers skips before `[` or `<`.
    private static func isSkippedBeforeMarker(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x2D
    }

    /// Conditions are words, version numbers, spaces and `! & | ( )`.
    private static func isValidCondition(_ condition: String) -> Bool {
        !condition.trimmingWhitespace().isEmpty && condition.utf8.allSatisfy { c in
            URLValue.isLetter(c) || (c >= 0x30 && c <= 0x39) || URLValue.isSpace(c) || c == 0x2E || c == 0x21 || c == 0x26 || c == 0x7C || c == 0x28 || c == 0x29
        }
    }
}

extension RuleID {
    public static let conditionalComment: RuleID = "conditional-comment"
}
