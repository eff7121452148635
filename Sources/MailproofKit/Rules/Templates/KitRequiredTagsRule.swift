/// A Kit email template must place the message, an unsubscribe link and the sender's postal address; Kit refuses
/// to save a template without them, and an unsubscribe link that readers cannot see breaks the law it exists for.
struct KitRequiredTagsRule: OptionlessRule {
    static let description = RuleDescription(
        id: .kitRequiredTags,
        title: "Kit templates place the message, an unsubscribe link and the address",
        category: .templates,
        defaultSeverity: .error,
        rationale: """
            A Kit email template is the frame every broadcast and sequence email is poured into. Kit fills \
            `{{ message_content }}` with the email itself, so it must appear exactly once, where readers can see it \
            (not inside an element hidden with `display:none`, zero height or `mso-hide:all`). The law (CAN-SPAM, \
            GDPR, CASL) and Kit's terms need an unsubscribe link and the sender's postal address in every email: \
            `{{ unsubscribe_url }}` must be the `href` of a link (printed as text it is a bare URL nobody can click), \
            or `{{ unsubscribe_link }}` prints a whole link; `{{ address }}` prints the address from the account \
            settings. The fixes add a plain footer just before `</body>` (or at the end of a fragment); move it \
            where your design's footer is. Checked in files that are templates (`kind: template`, or a whole \
            document); turn it on with the `kit-template` preset or `esp: kit`.
            """,
        source: "Kit help center: 'Create a custom email template' (required tags message_content, unsubscribe_url, address); CAN-SPAM Act §7704(a)(5)",
        kinds: [.template],
        wording: CustomerWording(
            problem: "The template is missing a part Kit needs",
            why: "Kit places each email into the template at `{{ message_content }}`, and the law requires an unsubscribe link and your postal address in every email.",
            action: "Add the missing tags; our corrected version puts a simple footer at the end that you can move.",
            affects: "every email sent with this template"),
        triggering: [
            Example("<html>↓<body><p>Hello</p><p>{{ address }}</p><a href=\"{{ unsubscribe_url }}\">Unsubscribe</a></body></html>"),
            Example("<html><body>{{ message_content }} ↓{{ message_content }}<p>{{ address }} {{ unsubscribe_link }}</p></body></html>"),
            Example("<html><body><div style=\"display:none\">↓{{ message_content }}</div><p>{{ address }} {{ unsubscribe_link }}</p></body></html>"),
            Example("<html>↓<body>{{ message_content }}<p>{{ address }}</p><p>Unsubscribe: ↓{{ unsubscribe_url }}</p></body></html>"),
            Example("<html>↓<body>{{ message_content }}<p><a href=\"{{ unsubscribe_url }}\">Unsubscribe</a></p></body></html>"),
            Example("<html><body>{{ message_content }}<p style=\"mso-hide:all\">{{ address }} <a href=\"↓{{ unsubscribe_url }}\">Unsubscribe</a></p></body></html>"),
        ],
        nonTriggering: [
            Example("<html><body>{{ message_content }}<p>{{ address }}</p><a href=\"{{ unsubscribe_url }}\">Unsubscribe</a></body></html>"),
            Example("<!doctype html><html><body><table role=\"presentation\"><tr><td>{{message_content}}</td></tr><tr><td>{{ address }} · {{ unsubscribe_link }}</td></tr></table></body></html>"),
            Example("<html><body>{{ message_content }}<p>{{ address }}</p><a href=\"{{ unsubscribe_url | append: '?s=1' }}\" style=\"color:#666\">Unsubscribe</a></body></html>"),
            // A snippet or a message is not a template.
            Example("<table role=\"presentation\"><tr><td>Hello {{ subscriber.first_name }}</td></tr></table>"),
            Example("<!-- mailproof-kind: message --><html><body><p>Hello</p></body></html>"),
        ],
        corrections: [
            Correction("<html>↓<body>{{ message_content }}\n<p>{{ address }}</p>\n</body></html>",
                       "<html><body>{{ message_content }}\n<p>{{ address }}</p>\n" + footerLink + "\n</body></html>"),
            Correction("<html>↓<body>{{ message_content }}\n<a href=\"{{ unsubscribe_url }}\">Unsubscribe</a>\n</body></html>",
                       "<html><body>{{ message_content }}\n<a href=\"{{ unsubscribe_url }}\">Unsubscribe</a>\n" + footerAddress + "\n</body></html>"),
            Correction("<html>↓<body><p>{{ address }} {{ unsubscribe_link }}</p>\n</body></html>",
                       "<html><body>\n{{ message_content }}<p>{{ address }} {{ unsubscribe_link }}</p>\n</body></html>"),
        ],
        isOptIn: true
    )

    static let footerLink = "<p style=\"\(RequiredTags.footerStyle)\"><a href=\"{{ unsubscribe_url }}\" style=\"color:#6b6b6b; text-decoration:underline;\">Unsubscribe</a></p>"
    static let footerAddress = "<p style=\"\(RequiredTags.footerStyle)\">{{ address }}</p>"

    func finish(_ document: Document, _ context: RuleContext) {
        let anchor = RequiredTags.anchor(in: document)
        let footer = RequiredTags.Footer(in: document)

        let contents = RequiredTags.outputTags(["message_content"], in: document)
        if contents.isEmpty {
            // At the top of the body, above the footer the other fixes add.
            let top = DocumentShape(document).explicitBody.map { $0.startTagRange.end }
            context.report("No {{ message_content }}: Kit has nowhere to put the email; place it once where the message belongs",
                           at: anchor, fix: RequiredTags.fix(in: context, top.map { .insert("\n{{ message_content }}", at: $0) } ?? footer.insertion("{{ message_content }}")) {
                               !RequiredTags.outputTags(["message_content"], in: $0).isEmpty
                           })
        }
        for extra in contents.dropFirst() {
            context.report("{{ message_content }} appears again: every email would be printed twice; keep one", at: extra.range)
        }
        for tag in contents where RequiredTags.hidingElement(tag, in: document) != nil {
            context.report("{{ message_content }} is inside a hidden element: readers would get an empty email", at: tag.range)
        }

        let unsubscribeLinks = RequiredTags.outputTags(["unsubscribe_link"], in: document)
        let unsubscribeURLs = RequiredTags.outputTags(["unsubscribe_url"], in: document)
        let linked = unsubscribeURLs.filter { RequiredTags.isLinkTarget($0, in: document) }
        for bare in unsubscribeURLs where !RequiredTags.isLinkTarget(bare, in: document) {
            context.report("{{ unsubscribe_url }} printed as text is a bare URL; use it as a link's href: <a href=\"{{ unsubscribe_url }}\">Unsubscribe</a>",
                           at: bare.range)
        }
        let usable = unsubscribeLinks + linked
        if usable.isEmpty {
            context.report("No unsubscribe link: every email must let readers leave; add <a href=\"{{ unsubscribe_url }}\">Unsubscribe</a> to the footer",
                           at: anchor, fix: RequiredTags.fix(in: context, footer.insertion(Self.footerLink)) { after in
                               RequiredTags.outputTags(["unsubscribe_url"], in: after).contains { RequiredTags.isLinkTarget($0, in: after) }
                           })
        } else if usable.allSatisfy({ RequiredTags.hidingElement($0, in: document) != nil }) {
            for tag in usable {
                context.report("The unsubscribe link is inside a hidden element: readers cannot find it", at: tag.range)
            }
        }

        if RequiredTags.outputTags(["address"], in: document).isEmpty {
            context.report("No {{ address }}: the law needs the sender's postal address in every email; add it to the footer",
                           at: anchor, fix: RequiredTags.fix(in: context, footer.insertion(Self.footerAddress)) {
                               !RequiredTags.outputTags(["address"], in: $0).isEmpty
                           })
        }
    }
}

extension RuleID {
    public static let kitRequiredTags: RuleID = "kit-required-tags"
}
