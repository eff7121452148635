/// Forms do not nest, and the ids that tie labels and buttons to fields are unique.
struct FormNestingRule: OptionlessRule {
    static let description = RuleDescription(
        id: .formNesting,
        title: "Signup forms are not nested and their ids are unique",
        category: .forms,
        defaultSeverity: .error,
        rationale: """
            HTML does not allow a form inside a form: browsers drop the inner `<form>` tag, so its fields are sent \
            to the outer form's action (often a search or comment form of the theme) and the signup never reaches \
            the provider. This happens when an embed is pasted into a page builder block that is itself a form. \
            Pasting the same embed twice on a page (header and footer) repeats its ids (`mc-embedded-subscribe-form`, \
            `mce-EMAIL`): every `<label for>` then names the first copy's field, the second copy's fields are \
            unlabelled, and the provider's script binds to the first form only. Give each copy its own ids.
            """,
        source: "HTML Living Standard: the form element (content model: flow content, but no form element descendants) and the \"in body\" insertion mode (a nested form start tag is ignored); WCAG 2.2 SC 4.1.2 (labels point at one control by id)",
        kinds: [.form],
        tags: [.webForm],
        wording: CustomerWording(
            problem: "Forms are placed inside each other or share an id",
            why: "Browsers do not allow a form inside a form, so one of them will not send; shared ids make labels point at the wrong field.",
            action: "Keep each form separate and give every form and field its own id.",
            affects: CustomerWording.formVisitors),
        triggering: [
            Example("<form action=\"/search\" method=\"get\"><div>↓<form action=\"https://app.kit.com/forms/1/subscriptions\" method=\"post\"></form></div></form>"),
            Example("<form id=\"signup\" action=\"/join\" method=\"post\"><input id=\"email\" name=\"email\"></form><form ↓id=\"signup\" action=\"/join\" method=\"post\"><input ↓id=\"email\" name=\"email\"></form>"),
        ],
        nonTriggering: [
            Example("<form id=\"a\" action=\"/join\" method=\"post\"><input id=\"a-email\" name=\"email\"></form><form id=\"b\" action=\"/join\" method=\"post\"><input id=\"b-email\" name=\"email\"></form>"),
            Example("<form action=\"/join\" method=\"post\"><template><form></form></template></form>"),
        ]
    )

    func finish(_ document: Document, _ context: RuleContext) {
        var seen: Set<String> = []
        for form in context.forms.forms {
            if form.element.ancestors.contains(where: { $0.name == "form" }) {
                context.report("Form inside another form: browsers ignore the inner <form> tag and send its fields to the outer form; move it out",
                               at: form.element.startTagRange)
            }
            for element in [form.element] + form.controls + form.element.descendants.filter({ $0.name == "label" }) {
                guard let attribute = element.attribute("id"), let range = attribute.valueRange, !range.isEmpty,
                      !document.containsTemplateTag(range) else { continue }
                let id = document.text(range)
                if !seen.insert(id).inserted {
                    context.report("Id \"\(id)\" is used twice: labels and scripts find only the first; give each form copy its own ids", at: attribute.range)
                }
            }
        }
    }

}

extension RuleID {
    public static let formNesting: RuleID = "form-nesting"
}
