/// A signup form has a submit button with a name people and screen readers can read.
struct FormSubmitRule: OptionlessRule {
    static let description = RuleDescription(
        id: .formSubmit,
        title: "Signup forms have a submit button with text",
        category: .forms,
        defaultSeverity: .error,
        rationale: """
            Without a submit button the only way to send the form is pressing Enter in a field, which many people \
            do not know and some keyboards (and switch access) do not offer; a `<button type="button">` submits \
            nothing. A button with no text (an icon, an empty `value=""`) is announced as just "button". A submit \
            control is a `<button>` without a type or with `type="submit"`, `<input type="submit">` or \
            `<input type="image">` (with alt), inside the form or tied to it with `form="id"`. Its name is its \
            text, `value`, `alt`, `aria-label`, `aria-labelledby` or `title`.
            """,
        source: "WCAG 2.2 SC 3.2.2 On Input (G80: a submit button to start a change of context) and SC 4.1.2 Name, Role, Value; HTML Living Standard: implicit submission",
        kinds: [.form],
        tags: [.webForm],
        wording: CustomerWording(
            problem: "The form has no clear sign-up button",
            why: "Without a button with text, visitors (and screen readers) cannot tell how to send the form.",
            action: "Add a `<button type=\"submit\">` with words like \"Subscribe\".",
            affects: CustomerWording.formVisitors),
        triggering: [
            Example("↓<form action=\"/join\" method=\"post\"><input type=\"email\" name=\"email\" aria-label=\"Email\"></form>"),
            Example("↓<form action=\"/join\" method=\"post\"><input type=\"email\" name=\"email\" aria-label=\"Email\"><button type=\"button\">Join</button></form>"),
            Example("<form action=\"/join\" method=\"post\"><input type=\"email\" name=\"email\" aria-label=\"Email\">↓<button><svg viewBox=\"0 0 1 1\"></svg></button></form>"),
            Example("<form action=\"/join\" method=\"post\"><input type=\"email\" name=\"email\" aria-label=\"Email\">↓<input type=\"submit\" value=\"\"></form>"),
        ],
        nonTriggering: [
            Example("<form action=\"/join\" method=\"post\"><input type=\"email\" name=\"email\" aria-label=\"Email\"><button>Join</button></form>"),
            Example("<form action=\"/join\" method=\"post\"><input type=\"submit\"></form>"),
            Example("<form action=\"/join\" method=\"post\"><input type=\"submit\" value=\"Subscribe\"></form>"),
            Example("<form action=\"/join\" method=\"post\"><input type=\"image\" src=\"https://example.com/go.png\" alt=\"Subscribe\"></form>"),
            Example("<form id=\"f\" action=\"/join\" method=\"post\"></form><button form=\"f\" aria-label=\"Subscribe\"><svg></svg></button>"),
            Example("<form action=\"/join\" method=\"post\"><button data-element=\"submit\"><div class=\"spinner\"></div><span>{{ button_text }}</span></button></form>"),
        ]
    )

    func finish(_ document: Document, _ context: RuleContext) {
        for form in context.forms.activeForms {
            var submits = form.controls.filter(FormEmbed.isSubmit)
            if let id = form.element.value("id"), !id.isEmpty {
                submits += document.elements(named: "button").filter { $0.value("form") == id && FormEmbed.isSubmit($0) && !submits.contains($0) }
                submits += document.elements(named: "input").filter { $0.value("form") == id && FormEmbed.isSubmit($0) && !submits.contains($0) }
            }
            let name = form.provider == .plain ? "Form" : "\(form.provider.displayName) form"
            guard !submits.isEmpty else {
                context.report("\(name) has no submit button: people who do not press Enter cannot send it; add <button type=\"submit\">Subscribe</button>",
                               at: form.element.startTagRange)
                continue
            }
            for submit in submits where !Self.hasName(submit) {
                context.report("Submit button without text: screen readers announce just \"button\"; give it words such as \"Subscribe\"",
                               at: submit.startTagRange)
            }
        }
    }

    static func hasName(_ control: Element) -> Bool {
        for attribute in ["aria-label", "aria-labelledby", "title"] where VisibleText.hasText(control, attribute) { return true }
        if control.name == "button" {
            let content = VisibleText.content(of: control)
            return !content.text.isEmpty || content.hasTemplateText
        }
        if FormEmbed.type(of: control) == "image" { return VisibleText.hasText(control, "alt") }
        // `<input type="submit">` without value shows the browser's own "Submit".
        guard control.hasAttribute("value") else { return true }
        return VisibleText.hasText(control, "value")
    }
}

extension RuleID {
    public static let formSubmit: RuleID = "form-submit"
}
