/// Scripts, event handlers and `javascript:` URLs: no email client runs them.
struct NoJavaScriptRule: OptionlessRule {
    static let description = RuleDescription(
        id: .noJavaScript,
        title: "No JavaScript in email",
        category: .compatibility,
        defaultSeverity: .error,
        rationale: """
            Every email client removes <script> elements, on… event handlers and javascript: links before showing a \
            message, and spam filters score them as a sign of phishing. Anything the script did (tracking, toggles, \
            form checks) silently does not happen. Use a link to a web page for anything interactive. Structured data \
            for Gmail (`<script type="application/ld+json">`) is the one script type that is read, so it is allowed.
            """,
        source: "https://www.caniemail.com/features/html-script/ ; Gmail and Outlook.com sanitiser documentation",
        kinds: DocumentKind.emailKinds,
        tags: [.deliverability],
        wording: CustomerWording(
            problem: "The email contains scripts",
            why: "Email apps never run scripts, and spam filters treat emails that contain them as suspicious, so they can land in spam.",
            action: "Remove the scripts; for interactive parts, link to a web page instead.",
            affects: CustomerWording.everyone),
        triggering: [
            Example("<p>Hi</p>↓<script>track()</script>"),
            Example("<a href=\"https://example.com\" ↓onclick=\"track()\">Shop</a>"),
            Example("<a href=\"↓javascript:void(0)\">Open</a>"),
            Example("<img src=\"https://example.com/a.png\" alt=\"\" ↓ONLOAD=\"x()\">"),
        ],
        nonTriggering: [
            Example("<a href=\"https://example.com/?ref=onclick\">Shop</a>"),
            Example("<script type=\"application/ld+json\">{\"@context\": \"http://schema.org\"}</script>"),
            Example("<p>Type javascript: in the box</p>"),
            Example("<a href=\"{{ unsubscribe_url }}\">Unsubscribe</a>"),
            Example("<!-- <script>old()</script> -->"),
            Example("<form action=\"https://app.kit.com/forms/1/subscriptions\" method=\"post\"><button onclick=\"track()\">Join</button></form>"),
        ],
        corrections: [
            Correction("<a href=\"https://example.com\" ↓onclick=\"track()\">Shop</a>", "<a href=\"https://example.com\">Shop</a>"),
            Correction("<p>Hi</p>↓<script>track()</script><p>Bye</p>", "<p>Hi</p><p>Bye</p>"),
            Correction("<head>\n  <title>x</title>\n  ↓<script>track()</script>\n</head>", "<head>\n  <title>x</title>\n</head>"),
            // The script opened the head `</head>` closes: a `<head>` takes its place, or `</head>` would be stray.
            Correction("<html>↓<script>track()</script></head><body><p>Hi</p></body></html>", "<html><head></head><body><p>Hi</p></body></html>"),
        ]
    )

    /// Attributes that hold URLs a click or a load would follow.
    private static let urlAttributes: NameSet = ["href", "src", "action", "formaction", "background", "data", "poster"]

    func finish(_ document: Document, _ context: RuleContext) {
        let nodes = document.nodes
        for index in nodes.indices where nodes[index].kind == .element && nodes.name(at: index) == "script" {
            let element = document.element(Node.Index(index))
            if Self.isRemovedScript(element) {
                context.report("<script> is removed by every email client; move what it does to a web page",
                               at: element.startTagRange, fix: [document.removal(of: element, alsoGoes: Self.isRemovedScript)])
            }
        }
        // Every element's attributes, in one array in document order: read there by index rather than by visiting
        // every element and copying each attribute to test its name.
        let attributes = document.attributes
        for k in attributes.indices {
            let name = attributes.name(at: k)
            // The bytes rule out most names before the character comparison.
            if name.startsWithBytes(of: "on"), name.hasPrefix("on"), name.count > 2 {
                context.report("Event handler '\(name)' is removed by every email client",
                               at: attributes[k].range, fix: [.delete(Self.rangeWithLeadingSpace(attributes[k].range, in: document))])
            } else if Self.urlAttributes.contains(name), let valueRange = attributes[k].valueRange {
                // Leading whitespace counted in bytes: the decoded text is no measure of the file once a byte
                // that is not UTF-8 became U+FFFD (a fuzz find: a negative offset).
                let bytes = document.source.bytes
                var start = valueRange.start
                while start < valueRange.end, bytes[start] == 0x20 || bytes[start] == 0x09 || bytes[start] == 0x0A { start += 1 }
                let trimmed = ByteRange(start: start, end: valueRange.end)
                // Only `j` or `J` lower-cases to `j`: other values need no decoded copy.
                if start < valueRange.end, bytes[start] | 0x20 == UInt8(ascii: "j"),
                   document.text(trimmed).lowercased().hasPrefix("javascript:") {
                    context.report("A javascript: link does nothing in email clients; link to a web page", at: trimmed)
                }
            }
        }
    }

    /// A script the rule reports and removes: every one written in the source but Gmail's structured data.
    private static func isRemovedScript(_ element: Element) -> Bool {
        element.name == "script" && !element.isImplied
            && element.value("type")?.lowercased().trimmingWhitespace() != "application/ld+json"
    }

    /// The attribute with the whitespace before it, so deleting it leaves `<a href="x">`, not `<a href="x" >`.
    private static func rangeWithLeadingSpace(_ range: ByteRange, in document: Document) -> ByteRange {
        var start = range.start
        let bytes = document.source.bytes
        while start > 0, bytes[start - 1] == 0x20 || bytes[start - 1] == 0x09 || bytes[start - 1] == 0x0A || bytes[start - 1] == 0x0D {
            start -= 1
        }
        return ByteRange(start: start, end: range.end)
    }
}

extension RuleID {
    public static let noJavaScript: RuleID = "no-javascript"
}
