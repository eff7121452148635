/// The providers' bot protection is present and works: Mailchimp's hidden `b_<u>_<id>` field, Kit's
/// reCAPTCHA settings.
struct FormHoneypotRule: OptionlessRule {
    static let description = RuleDescription(
        id: .formHoneypot,
        title: "Signup forms keep the provider's bot protection",
        category: .forms,
        defaultSeverity: .warning,
        rationale: """
            Mailchimp's embed code carries a text field named `b_<u>_<id>` hidden off-screen: people never fill it, \
            bots fill every field, and Mailchimp drops signups where it is filled. Without it (people often delete \
            the "do not remove this" block), bots sign up fake and hostile addresses, which hurts deliverability; \
            with a name that does not match the action's u and id it protects nothing; left visible, people fill \
            it in and their signup is dropped; without `tabindex="-1"` and `aria-hidden="true"` keyboard and \
            screen-reader users land in it. Kit's `data-options` carries `settings.recaptcha.enabled`, which Kit's \
            script reads as a boolean. Fixes: the missing field (built from the action's u and id) and \
            `aria-hidden="true"` on its off-screen wrapper.
            """,
        source: "Mailchimp help: \"About the hidden field in embedded forms\" (the comment in the generated code: real people should not fill this in); Kit help: reCAPTCHA for forms; WCAG 2.2 SC 2.4.3 Focus Order",
        kinds: [.form],
        tags: [.webForm],
        wording: CustomerWording(
            problem: "The form's protection against spam sign-ups is missing or visible",
            why: "Your provider uses a hidden field to catch bots; without it your list fills with fake sign-ups, and if it shows, real visitors get confused.",
            action: "Copy the form's embed code again from your provider, keeping the hidden field as it is.",
            affects: "your subscriber list"),
        triggering: [
            Example("↓<form action=\"https://a.us1.list-manage.com/subscribe/post?u=abc&amp;id=def\" method=\"post\"><input type=\"email\" name=\"EMAIL\"></form>"),
            Example("<form action=\"https://a.us1.list-manage.com/subscribe/post?u=abc&amp;id=def\" method=\"post\"><input type=\"email\" name=\"EMAIL\"><div style=\"position: absolute; left: -5000px;\" aria-hidden=\"true\"><input type=\"text\" ↓name=\"b_abc_xyz\" tabindex=\"-1\" value=\"\"></div></form>"),
            Example("<form action=\"https://a.us1.list-manage.com/subscribe/post?u=abc&amp;id=def\" method=\"post\"><input type=\"email\" name=\"EMAIL\"><div>↓<input type=\"text\" name=\"b_abc_def\" tabindex=\"-1\" value=\"\"></div></form>"),
            Example("<form action=\"https://a.us1.list-manage.com/subscribe/post?u=abc&amp;id=def\" method=\"post\"><input type=\"email\" name=\"EMAIL\">↓<div style=\"position: absolute; left: -5000px;\"><input type=\"text\" name=\"b_abc_def\" tabindex=\"-1\" value=\"\"></div></form>"),
            Example("<form action=\"https://app.kit.com/forms/1/subscriptions\" method=\"post\" data-sv-form=\"1\" data-options=\"{&quot;settings&quot;:{&quot;recaptcha&quot;:{&quot;enabled&quot;:↓&quot;no&quot;}}}\"></form>"),
        ],
        nonTriggering: [
            Example("<form action=\"https://a.us1.list-manage.com/subscribe/post?u=abc&amp;id=def\" method=\"post\"><input type=\"email\" name=\"EMAIL\"><div style=\"position: absolute; left: -5000px;\" aria-hidden=\"true\"><input type=\"text\" name=\"b_abc_def\" tabindex=\"-1\" value=\"\"></div></form>"),
            Example("<form action=\"https://app.kit.com/forms/1/subscriptions\" method=\"post\" data-sv-form=\"1\" data-options=\"{&quot;settings&quot;:{&quot;recaptcha&quot;:{&quot;enabled&quot;:false}}}\"></form>"),
            Example("<form action=\"/join\" method=\"post\"><input type=\"email\" name=\"email\"></form>"),
        ],
        corrections: [
            Correction("↓<form action=\"https://a.us1.list-manage.com/subscribe/post?u=abc&amp;id=def\" method=\"post\"><input type=\"email\" name=\"EMAIL\"></form>",
                       "<form action=\"https://a.us1.list-manage.com/subscribe/post?u=abc&amp;id=def\" method=\"post\"><input type=\"email\" name=\"EMAIL\"><div style=\"position: absolute; left: -5000px;\" aria-hidden=\"true\"><input type=\"text\" name=\"b_abc_def\" tabindex=\"-1\" value=\"\"></div></form>"),
            Correction("<form action=\"https://a.us1.list-manage.com/subscribe/post?u=abc&amp;id=def\" method=\"post\"><input type=\"email\" name=\"EMAIL\">↓<div style=\"position: absolute; left: -5000px;\"><input type=\"text\" name=\"b_abc_def\" tabindex=\"-1\" value=\"\"></div></form>",
                       "<form action=\"https://a.us1.list-manage.com/subscribe/post?u=abc&amp;id=def\" method=\"post\"><input type=\"email\" name=\"EMAIL\"><div aria-hidden=\"true\" style=\"position: absolute; left: -5000px;\"><input type=\"text\" name=\"b_abc_def\" tabindex=\"-1\" value=\"\"></div></form>"),
        ]
    )

    func finish(_ document: Document, _ context: RuleContext) {
        for form in context.forms.activeForms {
            switch form.provider {
            case .mailchimp: checkMailchimp(form, document, context)
            case .kit: checkKit(form, document, context)
            default: break
            }
        }
    }

    /// Whether the inserted field ends up a control of this form. In broken markup (a nested form, a tag left
    /// open) it can land outside, where the rule would fire, and fix, again after every pass.
    private static func landsInForm(_ edit: TextEdit, form: FormEmbed, context: RuleContext) -> Bool {
        let start = form.element.range.start
        return context.settles(edit) { after in
            FormScan(after).forms.first { $0.element.range.start == start }?.controls
                .contains { FormEmbed.isMailchimpBotField($0.value("name") ?? "") } ?? false
        }
    }

    private func checkMailchimp(_ form: FormEmbed, _ document: Document, _ context: RuleContext) {
        let endpoint = form.element.value("action").flatMap(ProviderEndpoint.init)
        let expected = endpoint.flatMap { endpoint in
            endpoint.query["u"].flatMap { u in endpoint.query["id"].map { "b_\(u)_\($0)" } }
        }
        guard let trap = form.controls.first(where: { FormEmbed.isMailchimpBotField($0.value("name") ?? "") }),
              let nameAttribute = trap.attribute("name") else {
            var fix: [TextEdit] = []
            if let expected, let end = FormElements.endTagStart(of: form.element) {
                let edit = TextEdit.insert("<div style=\"position: absolute; left: -5000px;\" aria-hidden=\"true\"><input type=\"text\" name=\"\(expected)\" tabindex=\"-1\" value=\"\"></div>", at: end)
                fix = Self.landsInForm(edit, form: form, context: context) ? [edit] : []
            }
            context.report("Mailchimp form lacks its hidden bot field\(expected.map { " \($0)" } ?? ""), so bots can sign up fake addresses; keep the block Mailchimp marks \"do not remove\"",
                           at: form.element.startTagRange, fix: fix)
            return
        }
        let name = trap.value("name") ?? ""
        if let expected, name != expected {
            context.report("Mailchimp bot field is named \(name) but the action's u and id make it \(expected); as it is, it protects nothing",
                           at: nameAttribute.range)
        }
        let wrappers = [trap] + trap.ancestors.prefix { $0 != form.element }
        guard let hider = wrappers.first(where: { $0.value("style").map(FormEmbed.hidesVisually) ?? false || $0.hasAttribute("hidden") }) else {
            context.report("Mailchimp bot field is visible: people fill it in and Mailchimp drops their signup; hide it off-screen as Mailchimp's code does",
                           at: trap.startTagRange)
            return
        }
        if !wrappers.contains(where: { $0.value("aria-hidden")?.lowercased() == "true" }) {
            context.report("Mailchimp bot field is hidden on screen but not from screen readers; add aria-hidden=\"true\" to its wrapper",
                           at: hider.startTagRange, fix: [AttributeEdit.set("aria-hidden", to: "true", on: hider)])
        }
        if trap.value("tabindex")?.trimmingWhitespace() != "-1" {
            context.report("Mailchimp bot field can be reached with Tab; add tabindex=\"-1\"",
                           at: trap.startTagRange, fix: [AttributeEdit.set("tabindex", to: "-1", on: trap)])
        }
    }

    /// Kit's script reads `settings.recaptcha.enabled` as true or false.
    private func checkKit(_ form: FormEmbed, _ document: Document, _ context: RuleContext) {
        guard let options = KitOptions(form.element), case .success(let value) = options.parsed,
              let recaptcha = value["settings"]?["recaptcha"] else { return }
        guard recaptcha.objectMembers != nil else {
            context.report("Kit data-options settings.recaptcha is not an object; Kit's script expects {\"enabled\": true|false}", at: options.range)
            return
        }
        if let enabled = recaptcha["enabled"], !Self.isBool(enabled) {
            let at = options.location(of: "enabled") ?? options.range
            context.report("Kit data-options settings.recaptcha.enabled must be true or false", at: at)
        }
    }

    private static func isBool(_ value: JSONValue) -> Bool {
        if case .bool = value { return true }
        return false
    }

}

extension RuleID {
    public static let formHoneypot: RuleID = "form-honeypot"
}
