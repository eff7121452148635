/// A signup form must post to its provider's endpoint, over https: a missing, relative or mistyped action is
/// the commonest reason "nobody gets subscribed".
struct FormActionRule: OptionlessRule {
    static let description = RuleDescription(
        id: .formAction,
        title: "Signup forms post to their provider's https endpoint",
        category: .forms,
        defaultSeverity: .error,
        rationale: """
            A provider's form without an `action` submits to the page it is on, so the address goes nowhere \
            (a plain form without one is a warning: the page may handle it; `action=""` on a plain form is taken \
            as deliberate); a relative action sends it to your own site instead of to Kit or Mailchimp; an `http://` or protocol-relative (`//…`) \
            action (a warning) sends it unencrypted from an http page, and browsers warn before submitting a form from an https \
            page to http. Providers only accept addresses at one endpoint shape: Kit at \
            `https://app.kit.com/forms/<id>/subscriptions` (or `app.convertkit.com`) with `<id>` equal to the \
            form's `data-sv-form`, Mailchimp at `https://<account>.<dc>.list-manage.com/subscribe/post?u=…&id=…`. \
            Forms for services that have shut down (Revue, TinyLetter) subscribe no one. Fixes: `https:` for a \
            known provider's `http://` or `//` action, and Kit's endpoint when the action is missing and \
            `data-sv-form` gives the id.
            """,
        source: "Kit help: embedding forms (the generated embed code); Mailchimp help: \"Add a signup form to your website\" (embedded form code); W3C Mixed Content; HTML Living Standard, form submission (an absent action is the document's URL)",
        kinds: [.form],
        tags: [.webForm],
        wording: CustomerWording(
            problem: "The form sends sign-ups to the wrong address",
            why: "If the form's destination is missing, insecure or not your email provider's, nobody gets subscribed and the sign-ups are lost.",
            action: "Copy the form's embed code again from your email provider, or fix the form's `action` address as shown.",
            affects: CustomerWording.formVisitors),
        triggering: [
            Example("↓<form method=\"post\" data-sv-form=\"123\"><input type=\"email\" name=\"email_address\"></form>"),
            Example("<form action=\"↓//acme.us1.list-manage.com/subscribe/post?u=abc&amp;id=def\" method=\"post\"></form>"),
            Example("<form action=\"↓http://app.kit.com/forms/123/subscriptions\" data-sv-form=\"123\" method=\"post\"></form>"),
            Example("<form action=\"↓https://app.kit.com/forms/124/subscriptions\" data-sv-form=\"123\" method=\"post\"></form>"),
            Example("<form action=\"↓https://acme.us1.list-manage.com/subscribe/post?u=abc\" method=\"post\" id=\"mc-embedded-subscribe-form\"></form>"),
            Example("<form action=\"↓/subscribe\" method=\"post\" class=\"formkit-form\" data-sv-form=\"123\"></form>"),
            Example("↓<form action=\"https://www.getrevue.co/profile/acme/add_subscriber\" method=\"post\"></form>"),
            Example("↓<form method=\"post\"><input type=\"email\" name=\"email\"></form>"),
        ],
        nonTriggering: [
            Example("<form action=\"https://app.kit.com/forms/123/subscriptions\" data-sv-form=\"123\" method=\"post\"></form>"),
            Example("<form action=\"https://app.convertkit.com/forms/123/subscriptions\" method=\"post\"></form>"),
            Example("<form action=\"https://acme.us1.list-manage.com/subscribe/post?u=abc&amp;id=def&amp;f_id=00\" method=\"post\"></form>"),
            Example("<form action=\"/newsletter/subscribe\" method=\"post\"><input type=\"email\" name=\"email\"></form>"),
            Example("<form action=\"\" method=\"post\"><input type=\"email\" name=\"email\"></form>"),
            Example("<form action=\"{{ subscribe_url }}\" method=\"post\"></form>"),
            Example("<!-- <form method=\"post\"></form> --><noscript><form method=\"post\"></form></noscript>"),
            Example("<html><body><form action=\"https://app.kit.com/forms/1/subscriptions\" method=\"post\"></form></body></html>"),
        ],
        corrections: [
            Correction("↓<form method=\"post\" data-sv-form=\"123\"></form>",
                       "<form action=\"https://app.kit.com/forms/123/subscriptions\" method=\"post\" data-sv-form=\"123\"></form>"),
            Correction("<form action=\"↓//acme.us1.list-manage.com/subscribe/post?u=abc&amp;id=def\" method=\"post\"></form>",
                       "<form action=\"https://acme.us1.list-manage.com/subscribe/post?u=abc&amp;id=def\" method=\"post\"></form>"),
            Correction("<form action=\"↓http://app.kit.com/forms/123/subscriptions\" method=\"post\"></form>",
                       "<form action=\"https://app.kit.com/forms/123/subscriptions\" method=\"post\"></form>"),
        ]
    )

    func finish(_ document: Document, _ context: RuleContext) {
        for form in context.forms.forms { check(form, document, context) }
    }

    private func check(_ form: FormEmbed, _ document: Document, _ context: RuleContext) {
        let element = form.element
        let provider = form.provider
        let name = provider == .plain ? "Form" : "\(provider.displayName) form"
        if let shutDown = provider.shutDown {
            context.report("\(shutDown): this form subscribes no one; replace it with your current provider's embed", at: element.startTagRange)
            return
        }
        guard let attribute = element.attribute("action"), let rawRange = attribute.valueRange,
              !URLValue.trimmed(rawRange, in: document).isEmpty else {
            // A site's own form with action="" posts to its page on purpose (a server-rendered signup page).
            if provider == .plain, element.hasAttribute("action") { return }
            if provider == .plain {
                context.report("Form has no action: it submits to the page it is on, so unless that page adds subscribers no one is subscribed; set the action to your signup endpoint",
                               at: element.startTagRange, severity: .warning)
                return
            }
            let missing = element.hasAttribute("action") ? "has an empty action" : "has no action"
            var fix: [TextEdit] = []
            var advice = "paste the action from \(provider.displayName)'s embed code"
            if provider == .kit, let id = form.kitFormID {
                let endpoint = "https://app.kit.com/forms/\(id)/subscriptions"
                fix = [AttributeEdit.set("action", to: endpoint, on: element)]
                advice = "set action=\"\(endpoint)\""
            }
            context.report("\(name) \(missing): it submits to the page it is on and subscribes no one; \(advice)",
                           at: element.startTagRange, fix: fix)
            return
        }
        let range = URLValue.trimmed(rawRange, in: document)
        if document.containsTemplateTag(range) { return }
        let value = document.text(range)
        if value.lowercased().hasPrefix("javascript:") { return }  // form-inline-js
        guard let endpoint = ProviderEndpoint(value) else {
            if provider != .plain {
                context.report("\(name) posts to a relative address on your own site, not to \(provider.displayName); use the action from \(provider.displayName)'s embed code",
                               at: range)
            }
            return
        }
        let known = provider != .plain
        switch endpoint.scheme {
        case "https":
            break
        case "":
            context.report("\(name) action is protocol-relative: from an http page the address is sent unencrypted; start it with https:",
                           at: range, severity: .warning, fix: known ? [.insert("https:", at: range.start)] : [])
            return
        case "http":
            context.report("\(name) posts over http://: the address is sent unencrypted and browsers warn; use https://",
                           at: range, fix: known ? [TextEdit(range: ByteRange(start: range.start, end: range.start + 4), replacement: "https")] : [])
            return
        default:
            return
        }
        checkShape(endpoint, form, range, context)
    }

    /// Kit and Mailchimp accept addresses at one endpoint shape each.
    private func checkShape(_ endpoint: ProviderEndpoint, _ form: FormEmbed, _ range: ByteRange, _ context: RuleContext) {
        switch form.provider {
        case .kit:
            if endpoint.isKitLegacyEndpoint { return }
            guard let id = endpoint.kitFormID else {
                context.report("Kit form action is not Kit's endpoint https://app.kit.com/forms/<id>/subscriptions; paste the action from Kit's embed code", at: range)
                return
            }
            if let declared = form.element.value("data-sv-form")?.trimmingWhitespace(), !declared.isEmpty, declared != id {
                context.report("Kit form action posts to form \(id) but data-sv-form says \(declared); both must name the same form", at: range)
            }
        case .mailchimp:
            guard endpoint.isMailchimpHost else { return }
            if endpoint.path != "/subscribe/post" {
                let detail = endpoint.path == "/subscribe/post-json" ? "/subscribe/post-json answers with JSON for scripts, not a page" : "it is not /subscribe/post"
                context.report("Mailchimp form action path \(endpoint.path): \(detail); use /subscribe/post", at: range)
            } else if endpoint.query["u"].map({ $0.isEmpty }) ?? true || endpoint.query["id"].map({ $0.isEmpty }) ?? true {
                context.report("Mailchimp form action lacks its u= (account) or id= (audience) parameter, so Mailchimp cannot tell which list to add to; paste the action from Mailchimp's embed code",
                               at: range)
            }
        default:
            return
        }
    }
}

extension RuleID {
    public static let formAction: RuleID = "form-action"
}
