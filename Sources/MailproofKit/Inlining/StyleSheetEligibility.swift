/// Whether a `<style>` block's rules may move into `style=""` attributes, and if not, why.
///
/// Opt-outs users know from juice and css-inline leave a block alone (neither inlined nor edited):
/// `data-embed` (juice), `data-mailproof-ignore`, `data-css-inline="ignore"` (css-inline).
/// `data-css-inline="keep"` inlines the block's rules but leaves the block itself untouched.
enum StyleSheetEligibility: Equatable {
    case inline
    case leave(reason: String)

    static func of(_ sheet: StyleSheet, in document: Document, blocks: [TemplateBlock]) -> StyleSheetEligibility {
        let element = document.element(sheet.element)
        if element.hasAttribute("data-embed") { return .leave(reason: "marked data-embed") }
        if element.hasAttribute("data-mailproof-ignore") { return .leave(reason: "marked data-mailproof-ignore") }
        if element.value("data-css-inline")?.lowercased() == "ignore" {
            return .leave(reason: "marked data-css-inline=\"ignore\"")
        }
        if let media = element.value("media")?.trimmingWhitespace().lowercased(), !["", "all", "screen"].contains(media) {
            return .leave(reason: "for media \"\(media)\" only")
        }
        if let type = element.value("type")?.trimmingWhitespace().lowercased(), !type.isEmpty, type != "text/css" {
            return .leave(reason: "of type \"\(type)\"")
        }
        if element.scope != .everyone {
            // Styles meant for one side of a conditional comment must not reach the other side's clients.
            return .leave(reason: "inside a conditional comment (seen by \(element.scope))")
        }
        let range = element.range
        if blocks.contains(where: { $0.open.range.end <= range.start && ($0.close?.range.start ?? Int.max) >= range.end }) {
            return .leave(reason: "inside a template block ({% if %}, {{#if}}…)")
        }
        if document.templateTags(overlapping: range).contains(where: { $0.kind != .output }) {
            return .leave(reason: "its CSS holds template logic")
        }
        return .inline
    }

    /// Whether the block itself stays as written even though its rules are inlined.
    static func keepsBlock(_ sheet: StyleSheet, in document: Document) -> Bool {
        document.element(sheet.element).value("data-css-inline")?.lowercased() == "keep"
    }
}
