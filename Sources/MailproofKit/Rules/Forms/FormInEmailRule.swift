/// A signup form inside an email: it does not work in many email clients, so link to a hosted form instead.
struct FormInEmailRule: OptionlessRule {
    static let description = RuleDescription(
        id: .formInEmail,
        title: "Emails link to a signup page instead of holding a form",
        category: .forms,
        defaultSeverity: .error,
        rationale: """
            Forms are a web feature that email clients treat unevenly: caniemail's `html-form` data has Outlook \
            for Windows and Windows Mail not supporting `<form>`, Yahoo Mail on iOS not supporting it, and Gmail \
            on iOS, Outlook for Mac and Outlook.com supporting it only in part (submission disabled or sent \
            through a warning page); the `html-input-*` and `html-button-*` features vary as much. A reader who \
            presses the button and nothing happens is a lost subscriber. In a template, message or snippet, link \
            to a hosted signup page with a button instead. The fix replaces the form with a table-based button \
            that works in every client. Its link is Mailchimp's hosted form when the action names the audience \
            (`…list-manage.com/subscribe?u=…&id=…`); for Kit the form's `data-uid` gives the page under your Kit \
            subdomain, which you must fill in; otherwise it is a placeholder, `https://REPLACE-WITH-YOUR-SIGNUP-PAGE`, \
            that you must replace (the message says so). `client-support` leaves the form's own elements (`html-form`, \
            `html-input-*`, `html-button-*`…) to this rule, so a form is reported once. Signup-form embeds for web pages (kind `form`) are not \
            checked by this rule.
            """,
        source: "caniemail.com html-form, html-input-* and html-button-* support data (MIT); Mailchimp help: hosted signup form URL; Kit help: sharing a form's hosted landing page",
        kinds: DocumentKind.emailKinds,
        wording: CustomerWording(
            problem: "The email contains a form",
            why: "Forms do not work in most email apps: they are removed, or submitting them does nothing.",
            action: "Replace the form with a button that links to your sign-up page (our corrected version does this; put in your page's address).",
            affects: "Gmail, Outlook and most email apps"),
        triggering: [
            Example("<html><body><p>Join us</p>↓<form action=\"https://app.kit.com/forms/1/subscriptions\" method=\"post\"><input type=\"email\" name=\"email_address\"><button>Join</button></form></body></html>"),
            Example("<!-- mailproof-kind: snippet -->\n↓<form action=\"/join\" method=\"post\"><input name=\"email\"></form>"),
        ],
        nonTriggering: [
            Example("<form action=\"https://app.kit.com/forms/1/subscriptions\" method=\"post\"><input type=\"email\" name=\"email_address\"><button>Join</button></form>"),
            Example("<html><body><!-- <form action=\"/join\"></form> --><noscript><form action=\"/join\"></form></noscript><a href=\"https://example.com/join\">Join</a></body></html>"),
        ],
        corrections: [
            Correction("<html><body>↓<form action=\"https://acme.us1.list-manage.com/subscribe/post?u=abc&amp;id=def\" method=\"post\"><input type=\"email\" name=\"EMAIL\"><input type=\"submit\" value=\"Sign me up\"></form></body></html>",
                       "<html><body>" + FormInEmailRule.button(href: "https://acme.us1.list-manage.com/subscribe?u=abc&amp;id=def", text: "Sign me up") + "</body></html>"),
            Correction("<html><body>↓<form action=\"/join\" method=\"post\"><input type=\"email\" name=\"email\"></form></body></html>",
                       "<html><body>" + FormInEmailRule.button(href: FormInEmailRule.placeholderURL, text: "Subscribe") + "</body></html>"),
        ]
    )

    static let placeholderURL = "https://REPLACE-WITH-YOUR-SIGNUP-PAGE"

    func finish(_ document: Document, _ context: RuleContext) {
        let target = context.settings.compatibility
        for form in context.forms.forms {
            let element = form.element
            let support = target.database.assess("html-form", for: target.clients(seeing: element.scope))
            let facts = support.map { $0.summary(in: target.database) } ?? "Forms in email are unreliable"
            let (href, mustReplace) = Self.landingPage(for: form)
            var fix: [TextEdit] = []
            if let end = FormElements.endTagStart(of: element), !document.containsTemplateTag(element.range) {
                fix = [TextEdit(range: ByteRange(start: element.startTagRange.start, end: end + 7),
                                replacement: Self.button(href: href, text: Self.buttonText(of: form)))]
            }
            let advice = mustReplace
                ? "the fix puts in a button linking to \(href), which you must replace with your signup page's address"
                : "the fix puts in a button linking to \(href)"
            context.report("\(facts): link to a hosted signup page instead of a form; \(advice)",
                           at: element.startTagRange, fix: fix, clients: support?.affectedClients ?? [],
                           feature: "html-form", url: CompatDatabase.url(forSlug: "html-form"))
        }
    }

    /// The hosted page the button links to, and whether the user must still edit it.
    static func landingPage(for form: FormEmbed) -> (String, mustReplace: Bool) {
        let action = form.element.value("action") ?? ""
        if form.provider == .mailchimp, let endpoint = ProviderEndpoint(action), endpoint.isMailchimpHost,
           let u = endpoint.query["u"], let id = endpoint.query["id"], !u.isEmpty, !id.isEmpty {
            return ("https://\(endpoint.host)/subscribe?u=\(u)&amp;id=\(id)", false)
        }
        if form.provider == .kit, let uid = form.element.value("data-uid")?.trimmingWhitespace(), !uid.isEmpty {
            return ("https://REPLACE-WITH-YOUR-KIT-SUBDOMAIN.kit.com/\(uid)", true)
        }
        return (placeholderURL, true)
    }

    /// The submit button's words, else "Subscribe".
    static func buttonText(of form: FormEmbed) -> String {
        for control in form.controls where FormEmbed.isSubmit(control) {
            let text = control.name == "button" ? VisibleText.content(of: control).text : control.value("value") ?? ""
            if !text.isEmpty { return text }
        }
        return "Subscribe"
    }

    /// A link styled as a button in a one-cell table: the cell carries the colour for Outlook, the link the
    /// padding for everyone else, so the whole area is clickable where clients allow it.
    static func button(href: String, text: String) -> String {
        "<table role=\"presentation\" border=\"0\" cellpadding=\"0\" cellspacing=\"0\"><tr><td align=\"center\" bgcolor=\"#1a73e8\" style=\"border-radius:4px;\">"
            + "<a href=\"\(href)\" target=\"_blank\" style=\"display:inline-block;padding:12px 24px;font-family:Arial,sans-serif;font-size:16px;font-weight:bold;line-height:20px;color:#ffffff;text-decoration:none;border-radius:4px;\">"
            + text + "</a></td></tr></table>"
    }
}

extension RuleID {
    public static let formInEmail: RuleID = "form-in-email"
}
