/// Gmail's webmail removes a whole `<style>` block holding an at-rule inside an at-rule.
struct GmailNestedAtRuleRule: OptionlessRule {
    static let description = RuleDescription(
        id: .gmailNestedAtRule,
        title: "No at-rule inside an at-rule in a <style> block (Gmail removes the block)",
        category: .compatibility,
        defaultSeverity: .warning,
        rationale: """
            Gmail's webmail removes the whole <style> element when it holds an at-rule inside another one — \
            `@font-face` or `@supports` inside `@media`, `@media` inside `@supports` — so every class-based style in \
            that block is lost there, not only the nested rule. Move the nested at-rule into a <style> block of its \
            own, or flatten it (`@media (min-width: 600px) and (prefers-color-scheme: dark)` instead of two levels). \
            Signup-form embeds for web pages are not checked.
            """,
        source: "hteumeuleu/email-bugs #21: \(GmailStyleRemoval.source)",
        kinds: DocumentKind.emailKinds,
        wording: CustomerWording(
            problem: "Gmail throws away a whole block of the email's styles",
            why: "One style rule is written inside another in a way Gmail rejects, so Gmail on the web removes every style in that block.",
            action: "Move that rule into a style block of its own (we can show where).",
            affects: "Gmail"),
        triggering: [
            Example("<style>.a{color:red} @media screen { ↓@font-face { font-family: B; src: url(https://e.com/b.woff2); } }</style>"),
            Example("<style>@supports (display:grid) { ↓@media (min-width: 600px) { .g { display: grid; } } }</style>"),
        ],
        nonTriggering: [
            Example("<style>@media (max-width: 600px) { .a { width: 100% !important; } }</style>"),
            Example("<style>@font-face { font-family: B; src: url(https://e.com/b.woff2); }</style><style>@media screen { .a { font-family: B; } }</style>"),
            Example("<style>@media (min-width: 600px) and (prefers-color-scheme: dark) { .a { color: #fff; } }</style>"),
        ]
    )

    static let visitsElements = true
    /// `visit` reads these elements only.
    static let visitedElementNames: Set<String>? = ["style"]

    mutating func visit(_ element: Element, _ context: RuleContext) {
        guard element.name == "style",
              let sheet = element.document.styleSheets.first(where: { $0.element == element.index }),
              let nested = GmailStyleRemoval.nestedAtRule(in: sheet.stylesheet) else { return }
        context.report("@\(nested.name) inside another at-rule: Gmail's webmail removes this whole <style> block; move it into a <style> block of its own",
                       at: nested.nameRange)
    }
}

extension RuleID {
    public static let gmailNestedAtRule: RuleID = "gmail-nested-at-rule"
}
