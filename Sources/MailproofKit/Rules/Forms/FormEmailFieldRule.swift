/// The email field of a signup form: present, named as the provider reads it, `type="email"`, `required` and
/// `autocomplete="email"`.
struct FormEmailFieldRule: OptionlessRule {
    static let description = RuleDescription(
        id: .formEmailField,
        title: "Signup forms have a well-formed email field",
        category: .forms,
        defaultSeverity: .error,
        rationale: """
            The provider reads the address from one field name: Kit from `email_address`, Mailchimp and Brevo from \
            `EMAIL`, MailerLite from `fields[email]`, Buttondown from `email`. Under any other name the address is \
            dropped and the signup fails (error). `type="email"` makes browsers check the address and phones show \
            the @ keyboard; `required` stops empty submissions and tells screen readers the field must be filled; \
            `autocomplete="email"` lets browsers fill the address in and is what WCAG 1.3.5 (Identify Input Purpose, \
            level AA) asks of fields that collect the user's own details (warnings). Each of these has a fix; a \
            missing field has not.
            """,
        source: "Kit help: embedding forms (email_address); Mailchimp help: embedded form code and merge tags (EMAIL); WCAG 2.2 SC 1.3.5 Identify Input Purpose; HTML Living Standard: input type=email, autofill field name \"email\"",
        kinds: [.form],
        tags: [.webForm],
        wording: CustomerWording(
            problem: "The email field is not set up the way it should be",
            why: "The wrong field name means your provider never receives the address; without the email type and autofill, phones show the wrong keyboard and cannot fill in the address.",
            action: "Use an email field named as your provider expects, with `type=\"email\"`, `required` and `autocomplete=\"email\"`.",
            affects: CustomerWording.formVisitors),
        triggering: [
            Example("↓<form action=\"https://app.kit.com/forms/1/subscriptions\" method=\"post\"><input type=\"text\" name=\"first_name\"><button>Join</button></form>"),
            Example("<form action=\"https://app.kit.com/forms/1/subscriptions\" method=\"post\"><input type=\"email\" ↓name=\"email\" required autocomplete=\"email\"></form>"),
            Example("<form action=\"https://acme.us1.list-manage.com/subscribe/post?u=a&amp;id=b\" method=\"post\">↓<input name=\"EMAIL\" required autocomplete=\"email\"></form>"),
            Example("<form action=\"/join\" method=\"post\">↓<input type=\"email\" name=\"email\" autocomplete=\"email\"></form>"),
            Example("<form action=\"/join\" method=\"post\">↓<input type=\"email\" name=\"email\" required autocomplete=\"off\"></form>"),
            Example("<form action=\"/join\" method=\"post\">↓<input type=\"email\" placeholder=\"Your email\" required autocomplete=\"email\"></form>"),
        ],
        nonTriggering: [
            Example("<form action=\"https://app.kit.com/forms/1/subscriptions\" method=\"post\"><input type=\"email\" name=\"email_address\" required autocomplete=\"email\"></form>"),
            Example("<form action=\"https://acme.us1.list-manage.com/subscribe/post?u=a&amp;id=b\" method=\"post\"><input type=\"email\" name=\"EMAIL\" required=\"\" autocomplete=\"email\"></form>"),
            Example("<form action=\"/search\"><input type=\"search\" name=\"q\"></form>"),
            Example("<form action=\"/join\" method=\"post\"><input type=\"{{ type }}\" name=\"email\" required autocomplete=\"{{ ac }}\"></form>"),
        ],
        corrections: [
            Correction("<form action=\"https://app.kit.com/forms/1/subscriptions\" method=\"post\">↓<input ↓name=\"email\" placeholder=\"Email\"></form>",
                       "<form action=\"https://app.kit.com/forms/1/subscriptions\" method=\"post\"><input autocomplete=\"email\" type=\"email\" required name=\"email_address\" placeholder=\"Email\"></form>"),
            Correction("<form action=\"https://acme.us1.list-manage.com/subscribe/post?u=a&amp;id=b\" method=\"post\">↓<input type=\"text\" name=\"EMAIL\" autocomplete=\"off\" required></form>",
                       "<form action=\"https://acme.us1.list-manage.com/subscribe/post?u=a&amp;id=b\" method=\"post\"><input type=\"email\" name=\"EMAIL\" autocomplete=\"email\" required></form>"),
        ]
    )

    func finish(_ document: Document, _ context: RuleContext) {
        for form in context.forms.activeForms { check(form, document, context) }
    }

    private func check(_ form: FormEmbed, _ document: Document, _ context: RuleContext) {
        let provider = form.provider
        let controls = form.controls.filter { $0.name == "input" && FormEmbed.isFillable($0) }
        guard let field = FormElements.emailField(in: controls, provider: provider) else {
            // A plain form with nothing like an email field is some other form (search, contact…).
            if provider != .plain {
                let name = provider.emailFieldName.map { " name=\"\($0)\"" } ?? ""
                context.report("\(provider.displayName) form has no email field, so it cannot subscribe anyone; add <input type=\"email\"\(name) required autocomplete=\"email\">",
                               at: form.element.startTagRange)
            }
            return
        }
        let who = provider == .plain ? "the form's endpoint" : provider.displayName
        if let expected = provider.emailFieldName {
            if let attribute = field.attribute("name"), let range = attribute.valueRange {
                if !document.containsTemplateTag(range), document.text(range) != expected {
                    context.report("\(who) reads the address from name=\"\(expected)\"; under name=\"\(document.text(range))\" it is dropped",
                                   at: attribute.range, fix: [AttributeEdit.set("name", to: expected, on: field)])
                }
            } else {
                context.report("Email field has no name, so its value is never sent; \(who) reads it from name=\"\(expected)\"",
                               at: field.startTagRange, fix: [AttributeEdit.set("name", to: expected, on: field)])
            }
        } else if VisibleText.hasText(field, "name") == false {
            context.report("Email field has no name, so its value is never sent; give it the name \(who) reads the address from",
                           at: field.startTagRange)
        }
        if let type = field.attribute("type"), let range = type.valueRange, document.containsTemplateTag(range) {
            // A template decides the type.
        } else if FormEmbed.type(of: field) != "email" {
            context.report("Email field is not type=\"email\": browsers do not check the address and phones show the wrong keyboard",
                           at: field.startTagRange, severity: .warning, fix: [AttributeEdit.set("type", to: "email", on: field)])
        }
        if !field.hasAttribute("required") {
            let effect = form.element.hasAttribute("novalidate")
                ? "screen readers do not announce that it must be filled" : "the form can be sent empty"
            context.report("Email field is not required: \(effect); add required",
                           at: field.startTagRange, severity: .warning, fix: [AttributeEdit.add("required", to: field)])
        }
        if let autocomplete = field.attribute("autocomplete"), let range = autocomplete.valueRange, document.containsTemplateTag(range) {
            // A template decides it.
        } else if !(field.value("autocomplete")?.lowercased().split(separator: " ").contains("email") ?? false) {
            context.report("Email field lacks autocomplete=\"email\" (WCAG 1.3.5): browsers cannot fill the address in",
                           at: field.startTagRange, severity: .warning, fix: [AttributeEdit.set("autocomplete", to: "email", on: field)])
        }
    }

}

extension RuleID {
    public static let formEmailField: RuleID = "form-email-field"
}
