/// Mailchimp merge-tag conditionals that do not pair, and merge tags that never close.
struct MailchimpMergeTagsRule: OptionlessRule {
    static let description = RuleDescription(
        id: .mailchimpMergeTags,
        title: "Mailchimp conditional merge tags are balanced",
        category: .templates,
        defaultSeverity: .error,
        rationale: """
            Mailchimp's conditional merge tags must pair: every `*|IF:…|*`, `*|IFNOT:…|*`, `*|INTERESTED:…|*` and \
            feed block needs its `*|END:IF|*` (or `*|END:INTERESTED|*`, …), and `*|ELSE:|*` / `*|ELSEIF:…|*` only \
            work inside one. Mailchimp's campaign checker blocks the send or, for an unclosed block, hides everything \
            after it. A `*|` that never closes with `|*` is printed as text. Curly quotes and HTML entities \
            (`&quot;`) inside a merge tag, left by pasting through a rich-text editor, break comparisons such as \
            `*|IF:PLAN="pro"|*`.
            """,
        source: "Mailchimp, \"Use conditional merge tag blocks\" (https://mailchimp.com/help/use-conditional-merge-tag-blocks/) ; Mailchimp merge tag cheat sheet",
        wording: CustomerWording(
            problem: "Some merge tags are incomplete",
            why: "A broken merge tag prints raw code to your subscribers or hides part of the email.",
            action: "Check that every `*|IF:…|*` has its `*|END:IF|*`.",
            affects: "your subscribers"),
        triggering: [
            Example("<p>↓*|IF:FNAME|*Hi *|FNAME|*</p>"),
            Example("<p>*|IF:FNAME|*Hi*|END:IF|*↓*|END:IF|*</p>"),
            Example("<p>↓*|ELSE:|*</p>"),
            Example("<p>*|IF:PLAN=↓&quot;pro↓&quot;|*Pro*|END:IF|*</p>"),
        ],
        nonTriggering: [
            Example("<p>*|IF:FNAME|*Hi *|FNAME|*,*|ELSE:|*Hi there,*|END:IF|*</p>"),
            Example("<p>*|IFNOT:ARCHIVE_PAGE|*<a href=\"*|ARCHIVE|*\">View in browser</a>*|END:IF|*</p>"),
            Example("<p>*|IF:PLAN=pro|*Pro*|ELSEIF:PLAN=team|*Team*|END:IF|* {{ name }}</p>"),
            Example("<p>*|INTERESTED:Topics:Shoes|*Shoes*|END:INTERESTED|*</p>"),
        ]
    )

    func finish(_ document: Document, _ context: RuleContext) {
        TemplateSyntaxCheck.reportStructure(.mailchimp, document, context)
        TemplateSyntaxCheck.reportPasteArtefacts(.mailchimp, document, context)
    }
}

extension RuleID {
    public static let mailchimpMergeTags: RuleID = "mailchimp-merge-tags"
}
