/// Inline event handlers and `javascript:` actions in signup forms: no provider's embed needs them.
struct FormInlineJSRule: OptionlessRule {
    static let description = RuleDescription(
        id: .formInlineJS,
        title: "Signup forms have no inline JavaScript",
        category: .forms,
        defaultSeverity: .warning,
        rationale: """
            Kit, Mailchimp, MailerLite, Brevo and Buttondown embeds submit with a plain `action` and do their \
            scripting from their own script files; none needs `onsubmit`, `onclick` or a `javascript:` action. \
            Inline handlers are blocked by a Content-Security-Policy without `'unsafe-inline'` (common on hosted \
            site builders), so a form that relies on them silently stops working there; a `return false` left in \
            `onsubmit` keeps the form from ever reaching the provider; and a `javascript:` action sends nothing \
            anywhere (error). Move the behaviour into a script file, or drop it.
            """,
        source: "W3C Content Security Policy Level 3 (inline event handlers need 'unsafe-inline'); Kit and Mailchimp generated embed code (no inline handlers); HTML Living Standard: form submission to javascript: URLs",
        kinds: [.form],
        tags: [.webForm],
        wording: CustomerWording(
            problem: "The form runs custom scripts",
            why: "Scripts attached to the form can stop it from sending, and many website builders strip them.",
            action: "Remove the `onsubmit`/`onclick` code unless your provider's instructions include it.",
            affects: CustomerWording.formVisitors),
        triggering: [
            Example("<form action=\"https://app.kit.com/forms/1/subscriptions\" method=\"post\" ↓onsubmit=\"return validate()\"></form>"),
            Example("<form action=\"/join\" method=\"post\"><button ↓onclick=\"track()\">Join</button></form>"),
            Example("<form action=\"↓javascript:void(0)\" method=\"post\"></form>"),
        ],
        nonTriggering: [
            Example("<form action=\"https://app.kit.com/forms/1/subscriptions\" method=\"post\"><button>Join</button></form>"),
            Example("<div onclick=\"x()\"><form action=\"/join\" method=\"post\"></form></div>"),
        ]
    )

    func finish(_ document: Document, _ context: RuleContext) {
        for form in context.forms.activeForms {
            let name = form.provider == .plain ? "form" : "\(form.provider.displayName) form"
            if let attribute = form.element.attribute("action"), let raw = attribute.valueRange {
                let range = URLValue.trimmed(raw, in: document)
                if document.text(range).lowercased().hasPrefix("javascript:") {
                    context.report("A javascript: action sends the \(name) nowhere; use the provider's https endpoint", at: range, severity: .error)
                }
            }
            for element in [form.element] + form.element.descendants {
                for attribute in element.attributes where attribute.name.hasPrefix("on") && attribute.name.count > 2 {
                    context.report("Inline \(attribute.name) handler in a \(name): blocked by strict Content-Security-Policies and not needed by the embed; move it to a script file",
                                   at: attribute.range)
                }
            }
        }
    }
}

extension RuleID {
    public static let formInlineJS: RuleID = "form-inline-js"
}
