/// CSS that browsers and email clients have to recover from.
struct CSSSyntaxRule: OptionlessRule {
    static let description = RuleDescription(
        id: .cssSyntax,
        title: "CSS must parse cleanly",
        category: .syntax,
        defaultSeverity: .error,
        rationale: """
            Browsers skip CSS they cannot parse and carry on, but email clients that rewrite styles (Gmail, Outlook.com, \
            Yahoo) are stricter: one missing brace or semicolon can make Gmail drop the whole <style> block, and every \
            rule in it with it. mailproof recovers from broken CSS the way browsers do, so the rest of the checks still \
            run, and reports each place it had to.
            """,
        source: "CSS Syntax Module Level 3, §5 (error recovery); Gmail's CSS support notes on caniemail.com",
        tags: [.webForm],
        wording: CustomerWording(
            problem: "Some of the styling code has typing mistakes",
            why: "An email app that meets a mistake in the styles often skips the rest of that style block, so colours and spacing go missing.",
            action: "Correct the style rules we point to; a missing `;`, `}` or `:` is the usual cause.",
            affects: CustomerWording.everyone),
        triggering: [
            Example("<style>td { color: red }↓} p { margin: 0 }</style>"),
            Example("<p style=\"color: red; ↓font-weight\">x</p>"),
            Example("<style>p ↓{ color: ↓\"red }</style>"),
        ],
        nonTriggering: [
            Example("<style>td { color: red } @media (max-width: 600px) { .col { width: 100% !important; } }</style>"),
            Example("<p style=\"color: red; font-weight: bold;\">x</p>"),
            Example("<style><!-- p { margin: 0 } --></style>"),
            Example("<style>td { color: {{ brand_color }}; }</style>"),
        ]
    )

    func finish(_ document: Document, _ context: RuleContext) {
        for sheet in document.styleSheets {
            for error in sheet.stylesheet.errors { report(error, context) }
        }
        for style in document.inlineStyleBlocks {
            for error in style.block.errors { report(error, context) }
        }
    }

    /// An empty declaration loses nothing but itself: one step lower than the rule's severity.
    private func report(_ error: CSSSyntaxError, _ context: RuleContext) {
        context.report(error.message, at: error.range, severity: error.dropsOnlyItself ? context.severity.lower : nil)
    }
}

extension RuleID {
    public static let cssSyntax: RuleID = "css-syntax"
}
