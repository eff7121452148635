/// Outlook's Word engine gives tables the old HTML defaults — 2px between cells, 1px inside them — unless the
/// attributes say otherwise; CSS cannot take them away there.
struct TableResetRule: OptionlessRule {
    static let description = RuleDescription(
        id: .tableReset,
        title: "Layout tables reset cellpadding and cellspacing",
        category: .structure,
        defaultSeverity: .warning,
        rationale: """
            A <table> without `cellspacing="0"` puts 2px between its cells and without `cellpadding="0"` 1px inside \
            each one, and Outlook for Windows ignores the CSS (`border-spacing`, `padding: 0` on cells) that removes \
            them elsewhere, so white lines appear between images and coloured blocks. Write both on every layout table; \
            a value other than 0 is taken as intended. The customary `border="0"` is good practice but not required \
            here: a table has no border by default in every client, and requiring it flagged most tables of well-made \
            template sets for no visible difference. Data tables are not checked, nor tables only clients other than \
            Outlook's Word engine see (inside `<!--[if !mso]>`), nor signup-form embeds for web pages.
            """,
        source: "HTML 4.01 §11.3.3 (cellspacing/cellpadding defaults); Litmus and Email on Acid Outlook guides; Cerberus and MJML output",
        kinds: DocumentKind.emailKinds,
        wording: CustomerWording(
            problem: "Outlook may add gaps between table cells",
            why: "Outlook adds its own spacing and borders to tables that do not switch them off, which opens gaps in the design.",
            action: "Add `cellpadding=\"0\" cellspacing=\"0\" border=\"0\"` to layout tables.",
            affects: "Outlook on Windows"),
        triggering: [
            Example("↓<table role=\"presentation\"><tr><td>Hi</td></tr></table>"),
            Example("↓<table role=\"presentation\" cellpadding=\"0\" border=\"0\"><tr><td>Hi</td></tr></table>"),
            Example("<!--[if mso]>↓<table role=\"presentation\" width=\"600\"><tr><td><![endif]-->Body<!--[if mso]></td></tr></table><![endif]-->"),
        ],
        nonTriggering: [
            Example("<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\"><tr><td>Hi</td></tr></table>"),
            Example("<table role=\"presentation\" border=\"0\" cellpadding=\"10\" cellspacing=\"0\"><tr><td>Padded on purpose</td></tr></table>"),
            Example("<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\"><tr><td>No border attribute: none by default</td></tr></table>"),
            Example("<table><tr><th>Item</th><th>Price</th></tr></table>"),
            Example("<!--[if !mso]><!--><table role=\"presentation\"><tr><td>Not for Outlook</td></tr></table><!--<![endif]-->"),
            Example("<table {{ table_attributes }}><tr><td>Hi</td></tr></table>"),
            Example("<form action=\"https://example.com/subscribe\"><table><tr><td><input name=\"email\"></td></tr></table></form>"),
        ]
    )

    static let visitsElements = true
    /// `visit` reads these elements only.
    static let visitedElementNames: Set<String>? = ["table"]

    mutating func visit(_ element: Element, _ context: RuleContext) {
        guard element.name == "table", element.scope.wordEngine else { return }
        let document = element.document
        guard LayoutTable.isLayoutTable(element), !document.containsTemplateTag(element.startTagRange) else { return }
        let missing = ["cellpadding", "cellspacing"].filter { !element.hasAttribute($0) }
        guard !missing.isEmpty else { return }
        let list = missing.map { "\($0)=\"0\"" }.joined(separator: " ")
        context.report("Layout table without \(list): Outlook adds gaps between cells; add \(missing.count == 1 ? "it" : "them")",
                       at: element.startTagRange)
    }
}

extension RuleID {
    public static let tableReset: RuleID = "table-reset"
}
