/// A `mailproof-disable…` comment that silences nothing, or names a rule that does not exist.
///
/// The work happens in `Linter`, which is where directives are applied; this type carries the description
/// and lets the rule be configured like any other.
struct UnusedDirectiveRule: OptionlessRule {
    static let description = RuleDescription(
        id: .unusedDirective,
        title: "Directives must silence something",
        category: .directives,
        defaultSeverity: .info,
        rationale: """
            A disable comment that no longer silences anything hides the next real problem at that spot, and one that \
            names a misspelled rule never worked. Remove it, or fix the rule id (`mailproof rules` lists them).
            """,
        source: "mailproof; the same check as ESLint's --report-unused-disable-directives",
        tags: [.webForm],
        triggering: [
            Example("↓<!-- mailproof-disable no-javascript -->\n<p>fine</p>"),
            Example("↓<!-- mailproof-disable-next-line no-such-rule -->\n<p>fine</p>"),
            Example("↓<!-- mailproof-disable-file -->\n<p>fine</p>"),
        ],
        nonTriggering: [
            Example("<!-- mailproof-disable-next-line no-javascript -->\n<a href=\"#\" onclick=\"go()\">Go</a>"),
            Example("<!-- mailproof-disable no-javascript -->\n<script>track()</script>\n<!-- mailproof-enable -->"),
            Example("<!-- an ordinary comment -->"),
        ]
    )
}

extension RuleID {
    public static let unusedDirective: RuleID = "unused-directive"
}
