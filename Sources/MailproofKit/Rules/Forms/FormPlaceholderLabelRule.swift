/// A placeholder is not a label: it vanishes once someone types and is not reliably announced.
struct FormPlaceholderLabelRule: OptionlessRule {
    static let description = RuleDescription(
        id: .formPlaceholderLabel,
        title: "Signup form fields are not labelled by a placeholder alone",
        category: .forms,
        defaultSeverity: .warning,
        rationale: """
            Most embed generators (Kit's, Mailchimp's "slim" form, Brevo's) label the email field with a placeholder \
            only. Browsers expose a placeholder as the field's name when nothing else names it, but some screen \
            reader and browser pairs skip it, its grey text usually fails contrast, and it disappears as soon as \
            someone starts typing, so a reader who looks away forgets what the field was for. The fix copies the \
            placeholder into an `aria-label`, which every screen reader announces; a visible `<label>` is better \
            still when the design allows it.
            """,
        source: "WCAG 2.2 SC 3.3.2 Labels or Instructions and SC 4.1.2; W3C WAI Forms Tutorial, \"Labeling Controls\" (placeholder text is not a replacement for labels); HTML Living Standard: the placeholder attribute should not be used as an alternative to a label",
        kinds: [.form],
        tags: [.webForm],
        wording: CustomerWording(
            problem: "Some form fields are labelled only by their grey hint text",
            why: "The hint disappears as soon as someone starts typing, and many screen readers skip it.",
            action: "Add a visible label, or an `aria-label` with the same words as the hint.",
            affects: "screen reader users and anyone who forgets what the field was for"),
        triggering: [
            Example("<form action=\"https://app.kit.com/forms/1/subscriptions\" method=\"post\">↓<input class=\"formkit-input\" name=\"email_address\" placeholder=\"Your email address\" required type=\"email\"></form>"),
        ],
        nonTriggering: [
            Example("<form action=\"/join\" method=\"post\"><input type=\"email\" name=\"email\" aria-label=\"Email\" placeholder=\"you@example.com\"></form>"),
            Example("<form action=\"/join\" method=\"post\"><label for=\"e\">Email</label><input id=\"e\" type=\"email\" name=\"email\" placeholder=\"you@example.com\"></form>"),
            Example("<div><input type=\"email\" name=\"email\" placeholder=\"Email\"></div>"),
        ],
        corrections: [
            Correction("<form action=\"/join\" method=\"post\">↓<input type=\"email\" name=\"email\" placeholder=\"Your email\"></form>",
                       "<form action=\"/join\" method=\"post\"><input aria-label=\"Your email\" type=\"email\" name=\"email\" placeholder=\"Your email\"></form>"),
            Correction("<form action=\"/join\" method=\"post\">↓<input type='email' name='email' placeholder='Say \"hi\"'></form>",
                       "<form action=\"/join\" method=\"post\"><input aria-label=\"Say &quot;hi&quot;\" type='email' name='email' placeholder='Say \"hi\"'></form>"),
        ]
    )

    func finish(_ document: Document, _ context: RuleContext) {
        let forms = context.forms
        for form in forms.activeForms {
            for control in form.controls where FormLabelling.needsName(control) {
                guard case .placeholderOnly(let placeholder) = FormLabelling.of(control, in: forms), let range = placeholder.valueRange else { continue }
                let text = document.text(range)
                context.report("Field labelled only by its placeholder \"\(text)\", which disappears when typing; add a <label> or aria-label",
                               at: control.startTagRange, fix: [AttributeEdit.set("aria-label", to: text, on: control)])
            }
        }
    }
}

extension RuleID {
    public static let formPlaceholderLabel: RuleID = "form-placeholder-label"
}
