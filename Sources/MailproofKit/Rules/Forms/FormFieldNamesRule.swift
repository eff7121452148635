/// The other fields of a signup form carry the names the provider stores them under.
struct FormFieldNamesRule: OptionlessRule {
    static let description = RuleDescription(
        id: .formFieldNames,
        title: "Signup form fields are named as the provider expects",
        category: .forms,
        defaultSeverity: .error,
        rationale: """
            A provider stores only the fields it knows, by name, and drops the rest without a word. Kit reads \
            custom fields as `fields[key]` (`fields[first_name]`), so a bare `first_name` is lost. Mailchimp's merge \
            fields are upper case (`FNAME`, `ADDRESS[addr1]`); `fname` is lost. A field without a name is never \
            sent at all, and two fields with one name send two values where the provider keeps one (checkboxes and \
            radio buttons share names on purpose and are not reported). Fixes: Kit's `fields[…]` wrapper and \
            Mailchimp's upper case. The email field is checked by `form-email-field`.
            """,
        source: "Kit help: custom fields in embedded forms (fields[key]); Mailchimp help: \"Getting started with merge tags\" (merge tags are upper case); HTML Living Standard: constructing the form data set (controls without a name are skipped)",
        kinds: [.form],
        tags: [.webForm],
        wording: CustomerWording(
            problem: "Some form fields have names your email provider does not recognise",
            why: "Fields with unexpected names are dropped, so first names, tags or other details never reach your subscriber list.",
            action: "Rename the fields as shown, or copy the form's embed code again from your provider.",
            affects: CustomerWording.formVisitors),
        triggering: [
            Example("<form action=\"https://app.kit.com/forms/1/subscriptions\" method=\"post\"><input type=\"email\" name=\"email_address\"><input type=\"text\" ↓name=\"first_name\" aria-label=\"First name\"></form>"),
            Example("<form action=\"https://acme.us1.list-manage.com/subscribe/post?u=a&amp;id=b\" method=\"post\"><input type=\"email\" name=\"EMAIL\"><input ↓name=\"fname\"></form>"),
            Example("<form action=\"/join\" method=\"post\"><input type=\"email\" name=\"email\">↓<input type=\"text\" placeholder=\"Name\"></form>"),
            Example("<form action=\"/join\" method=\"post\"><input type=\"email\" name=\"email\"><input name=\"tag\"><input ↓name=\"tag\"></form>"),
        ],
        nonTriggering: [
            Example("<form action=\"https://app.kit.com/forms/1/subscriptions\" method=\"post\"><input type=\"email\" name=\"email_address\"><input name=\"fields[first_name]\"><input type=\"checkbox\" name=\"tags[]\" value=\"1\"><input type=\"checkbox\" name=\"tags[]\" value=\"2\"></form>"),
            Example("<form action=\"https://acme.us1.list-manage.com/subscribe/post?u=a&amp;id=b\" method=\"post\"><input type=\"email\" name=\"EMAIL\"><input name=\"FNAME\"><input name=\"ADDRESS[addr1]\"><input type=\"checkbox\" name=\"group[123][1]\"><input name=\"b_a_b\" tabindex=\"-1\"><input type=\"submit\" name=\"subscribe\" value=\"Go\"></form>"),
            Example("<form action=\"/join\" method=\"post\"><input type=\"radio\" name=\"freq\" value=\"d\"><input type=\"radio\" name=\"freq\" value=\"w\"><button>Join</button></form>"),
        ],
        corrections: [
            Correction("<form action=\"https://app.kit.com/forms/1/subscriptions\" method=\"post\"><input type=\"email\" name=\"email_address\"><input ↓name=\"first_name\"></form>",
                       "<form action=\"https://app.kit.com/forms/1/subscriptions\" method=\"post\"><input type=\"email\" name=\"email_address\"><input name=\"fields[first_name]\"></form>"),
            Correction("<form action=\"https://acme.us1.list-manage.com/subscribe/post?u=a&amp;id=b\" method=\"post\"><input name=\"EMAIL\"><input ↓name=\"lname\"></form>",
                       "<form action=\"https://acme.us1.list-manage.com/subscribe/post?u=a&amp;id=b\" method=\"post\"><input name=\"EMAIL\"><input name=\"LNAME\"></form>"),
        ]
    )

    /// Names Kit's own embed code uses besides custom fields.
    private static let kitNames: Set<String> = ["email_address", "first_name_honeypot", "referrer", "tags[]", "tags", "g-recaptcha-response"]

    func finish(_ document: Document, _ context: RuleContext) {
        for form in context.forms.activeForms { check(form, document, context) }
    }

    private func check(_ form: FormEmbed, _ document: Document, _ context: RuleContext) {
        let provider = form.provider
        let fillable = form.controls.filter { $0.name != "button" && FormEmbed.isFillable($0) }
        let emailField = FormElements.emailField(in: fillable.filter { $0.name == "input" }, provider: provider)
        var seen: Set<String> = []
        for control in form.controls {
            let type = FormEmbed.type(of: control)
            guard let attribute = control.attribute("name"), let range = attribute.valueRange, !URLValue.trimmed(range, in: document).isEmpty else {
                if control != emailField, FormEmbed.isFillable(control) {
                    context.report("Field without a name: its value is never sent; give it the name \(provider == .plain ? "the form's endpoint" : provider.displayName) stores it under",
                                   at: control.startTagRange)
                }
                continue
            }
            if document.containsTemplateTag(range) { continue }
            let name = document.text(range)
            if type != "checkbox", type != "radio", type != "submit", type != "button", control.name != "button", !name.hasSuffix("[]") {
                if seen.contains(name) {
                    context.report("Two fields are named \"\(name)\": the provider keeps one value; rename or remove one", at: attribute.range)
                }
                seen.insert(name)
            }
            guard control != emailField, FormEmbed.isFillable(control) || type == "hidden" else { continue }
            switch provider {
            case .kit where !name.hasPrefix("fields[") && !Self.kitNames.contains(name) && type != "hidden":
                context.report("Kit stores custom fields as fields[key]; under name=\"\(name)\" the value is dropped",
                               at: attribute.range, fix: [AttributeEdit.set("name", to: "fields[\(name)]", on: control)])
            case .mailchimp:
                let merge = name.prefix { $0 != "[" }
                guard !Self.isMailchimpReserved(name), merge.contains(where: \.isLowercase) else { continue }
                let fixed = merge.uppercased() + name.dropFirst(merge.count)
                context.report("Mailchimp merge fields are upper case; under name=\"\(name)\" the value is dropped, use \"\(fixed)\"",
                               at: attribute.range, fix: [AttributeEdit.set("name", to: fixed, on: control)])
            default:
                break
            }
        }
    }

    /// Names of Mailchimp's embed code that are not merge fields: interest groups, GDPR consent, the bot field,
    /// the submit button, tags and the signup source.
    static func isMailchimpReserved(_ name: String) -> Bool {
        name.hasPrefix("group[") || name.hasPrefix("gdpr[") || name == "subscribe" || name == "tags" || name == "mc_signupsource"
            || FormEmbed.isMailchimpBotField(name)
    }
}

extension RuleID {
    public static let formFieldNames: RuleID = "form-field-names"
}
