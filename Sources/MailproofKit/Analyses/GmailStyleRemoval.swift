/// Gmail's webmail removes a whole `<style>` block that holds an at-rule inside an at-rule (`@media { @font-face
/// {…} }`, `@supports` in `@media`): every rule in the block is lost, not only the nested one. Read by the rule that
/// reports it and by the preview that shows it.
public enum GmailStyleRemoval {
    public static let source = "https://github.com/hteumeuleu/email-bugs/issues/21"

    /// The first at-rule nested in another at-rule, directly or through a style rule, or nil.
    public static func nestedAtRule(in sheet: CSSStylesheet) -> CSSAtRule? {
        for rule in sheet.rules {
            guard case .atRule = rule else { continue }
            if let nested = firstAtRule(in: rule.childRules) { return nested }
        }
        return nil
    }

    private static func firstAtRule(in rules: [CSSRule]) -> CSSAtRule? {
        for rule in rules {
            if case .atRule(let at) = rule { return at }
            if let nested = firstAtRule(in: rule.childRules) { return nested }
        }
        return nil
    }
}
