/// A Mailchimp template must carry an unsubscribe link and the audience's postal address; Mailchimp adds its own
/// footer to a campaign whose template lacks them, which then clashes with the design.
struct MailchimpRequiredTagsRule: OptionlessRule {
    static let description = RuleDescription(
        id: .mailchimpRequiredTags,
        title: "Mailchimp templates carry *|UNSUB|* and the list address",
        category: .templates,
        defaultSeverity: .error,
        rationale: """
            Mailchimp requires every campaign to have an unsubscribe link and the audience's physical address \
            (CAN-SPAM, GDPR, CASL). Custom-coded templates provide them with the merge tags `*|UNSUB|*` (the URL, \
            used as a link's `href`) and `*|LIST:ADDRESS|*` or `*|HTML:LIST_ADDRESS_HTML|*`; without them \
            Mailchimp appends its own footer. A `*|UNSUB|*` printed as text is a bare URL nobody can click. The fixes \
            add a plain footer just before `</body>`; move it where your design's footer is. Checked in files that \
            are templates; turn it on with the `mailchimp-template` preset or `esp: mailchimp`.
            """,
        source: "Mailchimp help: 'Merge tags for custom templates' and 'About the Required Footer Content'",
        kinds: [.template],
        wording: CustomerWording(
            problem: "The template is missing Mailchimp's required footer tags",
            why: "Without an unsubscribe link and your address, Mailchimp adds its own footer, which may clash with your design.",
            action: "Add `*|UNSUB|*` as a link and `*|HTML:LIST_ADDRESS_HTML|*`.",
            affects: "every campaign sent with this template"),
        triggering: [
            Example("<html>↓<body><p>Hi *|FNAME|*</p><p>*|LIST:ADDRESS|*</p></body></html>"),
            Example("<html>↓<body><p><a href=\"*|UNSUB|*\">Unsubscribe</a></p></body></html>"),
            Example("<html>↓<body><p>*|HTML:LIST_ADDRESS_HTML|*</p><p>Leave: ↓*|UNSUB|*</p></body></html>"),
        ],
        nonTriggering: [
            Example("<html><body><p>*|HTML:LIST_ADDRESS_HTML|*</p><a href=\"*|UNSUB|*\">Unsubscribe</a></body></html>"),
            Example("<html><body><p>*|LIST:ADDRESS|*</p><a href=\"*|UNSUB|*\" style=\"color:#666\">Unsubscribe from *|LIST:NAME|*</a></body></html>"),
            Example("<table role=\"presentation\"><tr><td>Hi *|FNAME|*</td></tr></table>"),
        ],
        corrections: [
            Correction("<html>↓<body><p>*|LIST:ADDRESS|*</p>\n</body></html>",
                       "<html><body><p>*|LIST:ADDRESS|*</p>\n" + footerLink + "\n</body></html>"),
            Correction("<html>↓<body><a href=\"*|UNSUB|*\">Unsubscribe</a>\n</body></html>",
                       "<html><body><a href=\"*|UNSUB|*\">Unsubscribe</a>\n" + footerAddress + "\n</body></html>"),
        ],
        isOptIn: true
    )

    static let footerLink = "<p style=\"\(RequiredTags.footerStyle)\"><a href=\"*|UNSUB|*\" style=\"color:#6b6b6b; text-decoration:underline;\">Unsubscribe</a></p>"
    static let footerAddress = "<p style=\"\(RequiredTags.footerStyle)\">*|HTML:LIST_ADDRESS_HTML|*</p>"

    func finish(_ document: Document, _ context: RuleContext) {
        let anchor = RequiredTags.anchor(in: document)
        let footer = RequiredTags.Footer(in: document)

        let unsubscribes = RequiredTags.outputTags(["unsub"], in: document)
        for bare in unsubscribes where !RequiredTags.isLinkTarget(bare, in: document) {
            context.report("*|UNSUB|* printed as text is a bare URL; use it as a link's href: <a href=\"*|UNSUB|*\">Unsubscribe</a>",
                           at: bare.range)
        }
        if !unsubscribes.contains(where: { RequiredTags.isLinkTarget($0, in: document) }) {
            context.report("No unsubscribe link: Mailchimp will append its own footer; add <a href=\"*|UNSUB|*\">Unsubscribe</a>",
                           at: anchor, fix: RequiredTags.fix(in: context, footer.insertion(Self.footerLink)) { after in
                               RequiredTags.outputTags(["unsub"], in: after).contains { RequiredTags.isLinkTarget($0, in: after) }
                           })
        }
        if !Self.hasAddress(document) {
            context.report("No list address: Mailchimp will append its own footer; add *|HTML:LIST_ADDRESS_HTML|* or *|LIST:ADDRESS|*",
                           at: anchor, fix: RequiredTags.fix(in: context, footer.insertion(Self.footerAddress), satisfied: Self.hasAddress))
        }
    }

    /// `*|LIST:ADDRESS|*`, `*|LIST:ADDRESSLINE|*` or `*|HTML:LIST_ADDRESS_HTML|*`.
    private static func hasAddress(_ document: Document) -> Bool {
        document.templateTags.contains { tag in
            guard tag.language == .mailchimp else { return false }
            let text = document.text(tag.innerRange).uppercased()
            return text == "LIST:ADDRESS" || text == "LIST:ADDRESSLINE" || text == "HTML:LIST_ADDRESS_HTML"
        }
    }
}

extension RuleID {
    public static let mailchimpRequiredTags: RuleID = "mailchimp-required-tags"
}
