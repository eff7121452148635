/// Every field a person fills in has a programmatic label.
struct FormLabelRule: OptionlessRule {
    static let description = RuleDescription(
        id: .formLabel,
        title: "Signup form fields have a label",
        category: .forms,
        defaultSeverity: .error,
        rationale: """
            A screen reader announces a field by its label; without one it says "edit text" and the reader has to \
            guess what to type, and voice-control users cannot name the field to move to it. A field is labelled by \
            a `<label for="its id">` with text, a `<label>` around it, `aria-label`, `aria-labelledby` or `title`. \
            Fields labelled only by a placeholder are reported by `form-placeholder-label` instead (a warning with \
            a fix); this rule reports fields with no name at all. Hidden fields, buttons and the providers' bot \
            traps (Mailchimp's `b_…` field, Brevo's `email_address_check`) need no label. A provider's signup frame \
            (Substack, beehiiv, Brevo) is named by its `title`; without one screen readers announce only "frame".
            """,
        source: "WCAG 2.2 SC 1.3.1 Info and Relationships, SC 4.1.2 Name, Role, Value and techniques H44 and H64; WebAIM Million report (missing form labels among the commonest failures)",
        kinds: [.form],
        tags: [.webForm],
        wording: CustomerWording(
            problem: "Some form fields have no label",
            why: "Screen readers announce an unlabelled field as just \"edit text\", so blind visitors do not know what to type.",
            action: "Give each field a visible `<label>`, or at least an `aria-label`.",
            affects: "screen reader users"),
        triggering: [
            Example("<form action=\"/join\" method=\"post\">↓<input type=\"email\" name=\"email\"><button>Join</button></form>"),
            Example("<form action=\"/join\" method=\"post\"><label for=\"other\">Email</label>↓<input type=\"email\" name=\"email\" id=\"mail\"></form>"),
            Example("<form action=\"/join\" method=\"post\"><label for=\"topic\"></label>↓<select name=\"topic\" id=\"topic\"><option>A</option></select></form>"),
            Example("↓<iframe src=\"https://acme.substack.com/embed\" width=\"480\" height=\"320\"></iframe>"),
        ],
        nonTriggering: [
            Example("<form action=\"/join\" method=\"post\"><label for=\"mail\">Email</label><input type=\"email\" name=\"email\" id=\"mail\"></form>"),
            Example("<form action=\"/join\" method=\"post\"><label>Email <input type=\"email\" name=\"email\"></label></form>"),
            Example("<form action=\"/join\" method=\"post\"><input type=\"email\" name=\"email\" aria-label=\"Email address\"><input type=\"hidden\" name=\"src\" value=\"x\"></form>"),
            Example("<form action=\"/join\" method=\"post\"><span id=\"l\">Email</span><input type=\"email\" name=\"email\" aria-labelledby=\"l\"></form>"),
            Example("<form action=\"https://a.us1.list-manage.com/subscribe/post?u=a&amp;id=b\" method=\"post\"><input aria-label=\"Email\" name=\"EMAIL\"><div style=\"position: absolute; left: -5000px;\"><input type=\"text\" name=\"b_a_b\" tabindex=\"-1\" value=\"\"></div></form>"),
            Example("<form action=\"/join\" method=\"post\"><input type=\"email\" name=\"email\" placeholder=\"Email\"></form>"),
            Example("<iframe src=\"https://acme.substack.com/embed\" title=\"Subscribe to Acme on Substack\"></iframe>"),
        ]
    )

    func finish(_ document: Document, _ context: RuleContext) {
        let forms = context.forms
        for frame in forms.embeds where frame.shape == .frame && !VisibleText.hasText(frame.element, "title")
            && !VisibleText.hasText(frame.element, "aria-label") {
            context.report("\(frame.provider.displayName) signup frame has no title, so screen readers announce just \"frame\"; add title=\"Subscribe to …\"",
                           at: frame.element.startTagRange)
        }
        for form in forms.activeForms {
            for control in form.controls where FormLabelling.needsName(control) {
                guard case .none = FormLabelling.of(control, in: forms) else { continue }
                let what = control.value("name").map { "Field \"\($0)\"" } ?? "A field"
                context.report("\(what) has no label, so screen readers announce it as \"edit text\"; add a <label for> or aria-label",
                               at: control.startTagRange)
            }
        }
    }
}

extension RuleID {
    public static let formLabel: RuleID = "form-label"
}
