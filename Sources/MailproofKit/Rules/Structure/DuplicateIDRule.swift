/// Two elements with one id: anchors jump to the wrong place, `aria-labelledby` reads the wrong text, and
/// `#id` styles hit both.
struct DuplicateIDRule: OptionlessRule {
    static let description = RuleDescription(
        id: .duplicateID,
        title: "Ids are unique",
        category: .structure,
        defaultSeverity: .warning,
        rationale: """
            An id must name one element. With duplicates, `href="#section"` jumps to the first one only, \
            `aria-labelledby` and `<label for>` point screen readers at the wrong text, and `#id` CSS rules apply to \
            both — which matters more in email, where clients such as Gmail rewrite ids and class names and can merge \
            what should be separate. Copy-pasted blocks are the usual cause. An element inside `<!--[if mso]>` and one \
            inside `<!--[if !mso]>` never exist together, so they may share an id; ids printed by template tags are not \
            checked.
            """,
        source: "HTML Living Standard §3.2.6.2 (the id attribute); WCAG 2.0 SC 4.1.1 Parsing; axe rule duplicate-id-aria",
        tags: [.webForm],
        wording: CustomerWording(
            problem: "Two elements share the same id",
            why: "Styles and links that point at that id only reach one of them, so one part looks or behaves differently.",
            action: "Give each element its own id, or remove the ids you do not need.",
            affects: CustomerWording.everyone),
        triggering: [
            Example("<div id=\"intro\">A</div><div id=\"↓intro\">B</div>"),
            Example("<!--[if mso]><td id=\"cell\">A</td><![endif]--><td id=\"↓cell\">B</td>"),
            Example("<a id=\"x\">1</a><a id=\"↓x\">2</a><a id=\"↓x\">3</a>"),
        ],
        nonTriggering: [
            Example("<div id=\"a\">A</div><div id=\"b\">B</div>"),
            Example("<div id=\"Intro\">A</div><div id=\"intro\">B</div>"),
            Example("<!--[if mso]><table id=\"wrap\"><![endif]--><!--[if !mso]><!--><div id=\"wrap\"><!--<![endif]-->x"),
            Example("{% for item in items %}<div id=\"{{ item.id }}\">x</div>{% endfor %}<div id=\"{{ other }}\">y</div>"),
            Example("<div id=\"\">A</div><div id=\"\">B</div>"),
        ]
    )

    func finish(_ document: Document, _ context: RuleContext) {
        var seen: [String: [ClientScope]] = [:]
        // Every element's attributes, in one array in document order: the ids read there by index rather than by
        // visiting every element to ask for its id. An element's first `id` counts, as `Element.attribute` reads it.
        let attributes = document.attributes
        var owner = Node.none
        for k in attributes.indices where attributes.name(at: k) == "id" {
            guard attributes[k].element != owner else { continue }
            owner = attributes[k].element
            guard let valueRange = attributes[k].valueRange, !valueRange.isEmpty else { continue }
            if document.containsTemplateTag(valueRange) { continue }
            let id = document.text(valueRange)
            let element = document.element(owner)
            // In a signup form, form-nesting reports the ids of forms, fields and labels with what breaks.
            if context.isWebEmbed, FormElements.coversID(of: element) { continue }
            let scope = element.scope
            if let earlier = seen[id], earlier.contains(where: { ($0.wordEngine && scope.wordEngine) || ($0.otherClients && scope.otherClients) }) {
                context.report("Duplicate id '\(id)'; give each element its own", at: valueRange)
            }
            seen[id, default: []].append(scope)
        }
    }
}

extension RuleID {
    public static let duplicateID: RuleID = "duplicate-id"
}
