/// Kit's `data-options` is JSON that Kit's script parses; broken JSON leaves the form without its settings.
struct FormOptionsJSONRule: OptionlessRule {
    static let description = RuleDescription(
        id: .formOptionsJSON,
        title: "Kit data-options is valid JSON",
        category: .forms,
        defaultSeverity: .error,
        rationale: """
            Kit's embed writes the form's settings (what happens after subscribing, the success message, \
            reCAPTCHA, modal and slide-in triggers) as JSON in `data-options`, with its quotes written as \
            `&quot;`, and Kit's script parses it when the page loads. Edited by hand it breaks easily (a stray \
            quote, a trailing comma, a smart quote pasted from a document): the script's parse fails and the form \
            falls back to defaults or stops working. The value is read as the browser reads it, with `&quot;` \
            and other character references decoded, and must be a JSON object. The finding points at the first \
            byte the JSON parser could not read.
            """,
        source: "Kit generated embed code (data-options on formkit forms); RFC 8259 JSON; HTML Living Standard: character references in attribute values",
        kinds: [.form],
        tags: [.webForm],
        wording: CustomerWording(
            problem: "The form's settings are damaged",
            why: "Kit reads the form's settings (success message, redirect) from this code; damaged settings make the form fall back to defaults or stop working.",
            action: "Copy the form's embed code again from Kit instead of editing the settings by hand.",
            affects: CustomerWording.formVisitors),
        triggering: [
            Example("<form action=\"https://app.kit.com/forms/1/subscriptions\" method=\"post\" data-sv-form=\"1\" data-options=\"{&quot;settings&quot;:{&quot;after_subscribe&quot;:{&quot;action&quot;:&quot;message&quot;}}↓\"></form>"),
            Example("<form action=\"https://app.kit.com/forms/1/subscriptions\" method=\"post\" data-sv-form=\"1\" data-options='{\"settings\":{\"modal\":{\"timer\":5,↓}}}'></form>"),
            Example("<form action=\"https://app.kit.com/forms/1/subscriptions\" method=\"post\" data-sv-form=\"1\" data-options=\"↓[1, 2]\"></form>"),
        ],
        nonTriggering: [
            Example("<form action=\"https://app.kit.com/forms/1/subscriptions\" method=\"post\" data-sv-form=\"1\" data-options=\"{&quot;settings&quot;:{&quot;powered_by&quot;:{&quot;url&quot;:&quot;https://kit.com?a=1&amp;b=2&quot;}},&quot;version&quot;:&quot;5&quot;}\"></form>"),
            Example("<form action=\"https://app.kit.com/forms/1/subscriptions\" method=\"post\" data-sv-form=\"1\" data-options='{\"settings\":{\"recaptcha\":{\"enabled\":false}}}'></form>"),
            Example("<form action=\"https://app.kit.com/forms/1/subscriptions\" method=\"post\" data-sv-form=\"1\" data-options=\"{{ form_options }}\"></form>"),
            Example("<form action=\"/join\" method=\"post\" data-options=\"not json\"></form>"),
        ]
    )

    func finish(_ document: Document, _ context: RuleContext) {
        for form in context.forms.activeForms where form.provider == .kit {
            guard let options = KitOptions(form.element), !options.isTemplated(in: document) else { continue }
            switch options.parsed {
            case .failure(let error):
                let offset = options.fileOffset(error.offset)
                let end = min(offset + 1, max(options.range.end, offset))
                context.report("Kit data-options is not valid JSON (\(error.message)); Kit's script cannot read the form's settings",
                               at: ByteRange(start: offset, end: end))
            case .success(let value):
                if value.objectMembers == nil {
                    context.report("Kit data-options must be a JSON object ({\"settings\": …})", at: options.range)
                }
            }
        }
    }
}

extension RuleID {
    public static let formOptionsJSON: RuleID = "form-options-json"
}
