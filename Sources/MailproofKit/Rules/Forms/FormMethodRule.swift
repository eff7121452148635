/// Signup forms post: with GET (the default when `method` is missing) the address lands in the URL.
struct FormMethodRule: OptionlessRule {
    static let description = RuleDescription(
        id: .formMethod,
        title: "Signup forms use method=\"post\"",
        category: .forms,
        defaultSeverity: .error,
        rationale: """
            A form without `method` submits with GET: the subscriber's address is put in the URL, where it is kept \
            in browser history, server and proxy logs and analytics, and sent on as the referrer. Kit's and \
            Mailchimp's embed code posts (`method="post"`), and Kit's endpoint does not accept GET. The fix adds \
            `method="post"` where it is missing, and replaces another method on a known provider's form (their \
            endpoints all take POST).
            """,
        source: "HTML Living Standard, form submission (method defaults to GET); Kit and Mailchimp generated embed code; OWASP: information exposure through query strings in URLs",
        kinds: [.form],
        tags: [.webForm],
        wording: CustomerWording(
            problem: "The form sends its data the wrong way",
            why: "Email providers only accept sign-ups sent with `method=\"post\"`; otherwise the address ends up in the page's web address and nobody is subscribed.",
            action: "Add `method=\"post\"` to the form.",
            affects: CustomerWording.formVisitors),
        triggering: [
            Example("↓<form action=\"https://app.kit.com/forms/1/subscriptions\"><input type=\"email\" name=\"email_address\"></form>"),
            Example("<form action=\"https://acme.us1.list-manage.com/subscribe/post?u=a&amp;id=b\" method=\"↓get\"></form>"),
            Example("<form action=\"/join\" method=\"↓GET\"><input type=\"email\" name=\"email\"></form>"),
        ],
        nonTriggering: [
            Example("<form action=\"https://app.kit.com/forms/1/subscriptions\" method=\"post\"></form>"),
            Example("<form action=\"/join\" method=\"POST\"></form>"),
            Example("<form action=\"/join\" method=\"{{ method }}\"></form>"),
            Example("<div><form action=\"/join\" method=post></form></div>"),
        ],
        corrections: [
            Correction("↓<form action=\"https://app.kit.com/forms/1/subscriptions\"></form>",
                       "<form method=\"post\" action=\"https://app.kit.com/forms/1/subscriptions\"></form>"),
            Correction("<form action=\"https://acme.us1.list-manage.com/subscribe/post?u=a&amp;id=b\" method=\"↓get\"></form>",
                       "<form action=\"https://acme.us1.list-manage.com/subscribe/post?u=a&amp;id=b\" method=\"post\"></form>"),
            Correction("<form action=\"/join\" method=\"↓get\"></form>", "<form action=\"/join\" method=\"get\"></form>"),
        ]
    )

    func finish(_ document: Document, _ context: RuleContext) {
        for form in context.forms.activeForms {
            let element = form.element
            let name = form.provider == .plain ? "Form" : "\(form.provider.displayName) form"
            guard let attribute = element.attribute("method") else {
                context.report("\(name) has no method, so it sends the address in the URL (GET); add method=\"post\"",
                               at: element.startTagRange, fix: [AttributeEdit.set("method", to: "post", on: element)])
                continue
            }
            guard let range = attribute.valueRange.map({ URLValue.trimmed($0, in: document) }) else {
                context.report("\(name) has an empty method, so it sends the address in the URL (GET); use method=\"post\"",
                               at: attribute.range, fix: [AttributeEdit.set("method", to: "post", on: element)])
                continue
            }
            if document.containsTemplateTag(range) { continue }
            let method = document.text(range)
            if method.lowercased() == "post" { continue }
            let fix = form.provider == .plain ? [] : [TextEdit(range: range, replacement: "post")]
            context.report("\(name) uses method=\"\(method)\", which sends the address in the URL; use method=\"post\"",
                           at: range.isEmpty ? attribute.range : range, fix: fix)
        }
    }
}

extension RuleID {
    public static let formMethod: RuleID = "form-method"
}
