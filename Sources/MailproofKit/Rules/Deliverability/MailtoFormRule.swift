/// A form whose action is a `mailto:` address: spam filters score it, and it subscribes nobody.
struct MailtoFormRule: OptionlessRule {
    static let description = RuleDescription(
        id: .mailtoForm,
        title: "Forms do not submit to a mailto: address",
        category: .deliverability,
        defaultSeverity: .warning,
        rationale: """
            A form whose `action` is a `mailto:` address does not send anything where it is filled in: a browser opens \
            the reader's mail program with a half-written message (or nothing at all, with webmail), and an email \
            client never submits it. Spam filters also count such a form against the message (SpamAssassin scores \
            it as HTML_FORMACTION_MAILTO). Point the form at the sign-up endpoint of your email provider, or, in an \
            email, replace it with a link to a sign-up page.
            """,
        source: "Apache SpamAssassin rule HTML_FORMACTION_MAILTO (default rule set); HTML Living Standard, form submission to mailto: URLs",
        tags: [.webForm, .deliverability],
        wording: CustomerWording(
            problem: "A form sends its answers to an email address",
            why: "Nothing is submitted: browsers open a blank email instead, email apps do nothing, and spam filters count such forms against your message.",
            action: "Point the form at your email provider's sign-up address (copy its embed code again), or link to a sign-up page instead.",
            affects: "spam filters and everyone who fills in the form"),
        triggering: [
            Example("<form ↓action=\"mailto:hello@example.com\" method=\"post\"><input type=\"email\" name=\"email\"></form>"),
            Example("<form ↓action=\" MAILTO:news@example.com?subject=Join\"><button>Join</button></form>"),
        ],
        nonTriggering: [
            Example("<form action=\"https://app.kit.com/forms/1/subscriptions\" method=\"post\"><input type=\"email\" name=\"email_address\"></form>"),
            Example("<a href=\"mailto:hello@example.com\">Write to us</a>"),
            Example("<form action=\"{{ signup_url }}\" method=\"post\"></form>"),
        ]
    )

    static let visitsElements = true
    /// `visit` reads these elements only.
    static let visitedElementNames: Set<String>? = ["form"]

    func visit(_ element: Element, _ context: RuleContext) {
        guard element.name == "form", let action = element.attribute("action"), let range = action.valueRange else { return }
        let document = element.document
        if document.containsTemplateTag(range) { return }
        let value = document.text(URLValue.trimmed(range, in: document))
        guard value.prefix(7).lowercased() == "mailto:" else { return }
        context.report("This form submits to a mailto: address: nothing is sent, and spam filters score it (HTML_FORMACTION_MAILTO); point it at your provider's sign-up endpoint",
                       at: action.range)
    }
}

extension RuleID {
    public static let mailtoForm: RuleID = "mailto-form"
}
