/// Layout tables are read out as tables ("table with 3 rows and 2 columns…") unless they say they are layout.
struct LayoutTableRoleRule: OptionlessRule {
    static let description = RuleDescription(
        id: .layoutTableRole,
        title: "Layout tables have role=\"presentation\"",
        category: .structure,
        defaultSeverity: .warning,
        rationale: """
            Emails are built from nested tables for layout. Screen readers announce each one — "table, 1 column, 3 rows" \
            — and its row and column position for every cell, so a simple message becomes a maze. `role="presentation"` \
            on the <table> tells them to read only the content. Data tables (with <th>, <caption>, <thead>, <tfoot>, \
            `scope`, `headers` or `summary`, e.g. an order summary) are left alone, and so are tables with a role. Tables \
            in Outlook-only code are checked too: Outlook for Windows is a common client among screen-reader users. The \
            fix adds `role="presentation"`.
            """,
        source: "Email Markup Consortium, Email Accessibility Report (layout tables); WAI-ARIA 1.2 presentation role; Kit help: accessible emails",
        tags: [.accessibility],
        wording: CustomerWording(
            problem: "Screen readers read the layout as data tables",
            why: "Tables used only for layout are announced as tables (\"table with 3 rows\"), which is confusing for blind readers.",
            action: "Add `role=\"presentation\"` to tables used for layout.",
            affects: "screen reader users in every email app"),
        triggering: [
            Example("↓<table cellpadding=\"0\"><tr><td>Hi</td></tr></table>"),
            Example("<table role=\"presentation\"><tr><td>↓<table><tr><td>Nested</td></tr></table></td></tr></table>"),
            Example("<!--[if mso]>↓<table width=\"600\"><tr><td><![endif]-->Body<!--[if mso]></td></tr></table><![endif]-->"),
            Example("↓<TABLE><tr><td><table><tr><th>Item</th></tr></table></td></tr></TABLE>"),
        ],
        nonTriggering: [
            Example("<table role=\"presentation\"><tr><td>Hi</td></tr></table>"),
            Example("<table role=\"none\"><tr><td>Hi</td></tr></table>"),
            Example("<table><tr><th scope=\"col\">Item</th><th>Price</th></tr><tr><td>Socks</td><td>$5</td></tr></table>"),
            Example("<table><caption>Your order</caption><tr><td>Socks</td></tr></table>"),
            Example("<table><thead><tr><td>Item</td></tr></thead></table>"),
            Example("<table><tr><td scope=\"row\">Total</td><td>$5</td></tr></table>"),
            Example("<table role=\"{{ table_role }}\"><tr><td>{{ content }}</td></tr></table>"),
        ],
        corrections: [
            Correction("↓<table width=\"100%\"><tr><td>Hi</td></tr></table>", "<table role=\"presentation\" width=\"100%\"><tr><td>Hi</td></tr></table>"),
            Correction("↓<table><tr><td>↓<table><tr><td>x</td></tr></table></td></tr></table>",
                       "<table role=\"presentation\"><tr><td><table role=\"presentation\"><tr><td>x</td></tr></table></td></tr></table>"),
        ]
    )

    static let visitsElements = true
    /// `visit` reads these elements only.
    static let visitedElementNames: Set<String>? = ["table"]

    func visit(_ element: Element, _ context: RuleContext) {
        guard element.name == "table", !element.hasAttribute("role"), LayoutTable.isLayoutTable(element) else { return }
        // A template tag among the attributes might print a role; do not add a second one.
        let fix: [TextEdit] = element.document.containsTemplateTag(element.startTagRange) ? []
            : [.insert(" role=\"presentation\"", at: DocumentShape.afterTagName(element))]
        context.report("Layout table without role=\"presentation\": screen readers announce it as a data table; add the role",
                       at: element.startTagRange, fix: fix)
    }
}

extension RuleID {
    public static let layoutTableRole: RuleID = "layout-table-role"
}
