/// Headings are how screen-reader users skim: they list them and jump. An email needs a top-level heading and
/// levels that do not skip.
struct HeadingStructureRule: OptionlessRule {
    static let description = RuleDescription(
        id: .headingStructure,
        title: "Headings start at <h1> and do not skip levels",
        category: .accessibility,
        defaultSeverity: .warning,
        rationale: """
            Most screen-reader users navigate by headings. Styled <td>s or <p>s in big bold text are not headings, and \
            a jump from <h1> to <h3> makes readers wonder what they missed. Mark the email's main message as <h1> and \
            each section below it as <h2>, <h3>… in order; style them inline (`margin:0; font-size:…`) to keep the \
            design. Whole documents need an <h1>; fragments (partials, snippets) may start at any level but must not \
            skip one. Outlook-only and non-Outlook markup are judged separately, as each reader sees one of them.
            """,
        source: "WCAG 2.2 SC 1.3.1 Info and relationships and SC 2.4.6 (technique G141); Email Markup Consortium accessibility report (headings); Kit help: accessible emails",
        tags: [.accessibility],
        wording: CustomerWording(
            problem: "The headings are not in order",
            why: "Screen reader users navigate by headings; a missing main heading or a skipped level makes the email hard to follow.",
            action: "Start with one main heading (`<h1>`) and do not skip levels.",
            affects: "screen reader users"),
        triggering: [
            Example("<html><body><h1>Sale</h1>↓<h3>Boots</h3></body></html>"),
            Example("<html><body>↓<h2>Sale</h2><h3>Boots</h3></body></html>"),
            Example("<html>↓<body><p style=\"font-size:32px\">Sale</p></body></html>"),
            Example("<h2>Boots</h2><p>x</p>↓<h4>Sizes</h4>"),
        ],
        nonTriggering: [
            Example("<html><body><h1>Sale</h1><h2>Boots</h2><h3>Sizes</h3><h2>Coats</h2></body></html>"),
            Example("<h2>A section of a partial</h2><h3>Sub-section</h3>"),
            Example("<p>A fragment without headings</p>"),
            Example("<html><body><table role=\"presentation\"><tr><td>{{ message_content }}</td></tr></table><h3>Follow us</h3></body></html>"),
            Example("<html><body><!--[if mso]><h1>Sale</h1><![endif]--><!--[if !mso]><!--><h1>Sale!</h1><!--<![endif]--><h2>Boots</h2></body></html>"),
            Example("<html><body><h1>{{ headline }}</h1><h2>x</h2><h1>Second top-level</h1></body></html>"),
        ]
    )

    func finish(_ document: Document, _ context: RuleContext) {
        let shape = context.shape
        var headings: [(element: Element, level: Int)] = []
        for index in document.nodes.indices where document.nodes[index].kind == .element {
            let name = document.nodes.name(at: index)
            guard name.utf8.count == 2, name.hasPrefix("h"), let level = Int(name.dropFirst()), (1...6).contains(level) else { continue }
            headings.append((Element(document: document, index: Node.Index(index)), level))
        }
        // The email's own headings come in through the slot; only the order of the ones written here is judged.
        let hasSlot = DocumentShape.hasContentSlot(document)
        if shape.isWholeDocument, headings.isEmpty, !hasSlot {
            // Only when the body is written here: a layout whose content comes from another template has headings there.
            guard let anchor = shape.explicitBody ?? shape.firstDocumentTag,
                  !DocumentShape.includesTemplate(before: document.source.bytes.count, in: document) else { return }
            context.report("No headings; mark the email's main message as <h1>", at: anchor.startTagRange)
            return
        }
        var reported = Set<Node.Index>()
        // Outlook's Word engine and the other clients each see their own sequence of headings.
        for sees in [{ (s: ClientScope) in s.otherClients }, { (s: ClientScope) in s.wordEngine }] {
            var previous: Int? = shape.isWholeDocument && !hasSlot ? 0 : nil
            for (element, level) in headings where sees(element.scope) {
                defer { previous = level }
                guard let before = previous, level > before + 1, reported.insert(element.index).inserted else { continue }
                let message = before == 0
                    ? "The first heading is <h\(level)>; start with <h1>"
                    : "<h\(level)> after <h\(before)> skips a level; use <h\(before + 1)>"
                context.report(message, at: element.startTagRange)
            }
        }
    }
}

extension RuleID {
    public static let headingStructure: RuleID = "heading-structure"
}
