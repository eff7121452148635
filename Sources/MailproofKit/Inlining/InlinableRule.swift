/// A top-level style rule of an eligible `<style>` block, split into the selectors that can move into
/// `style=""` and those that must stay in the block.
struct InlinableRule {
    var rule: CSSStyleRule
    /// Selectors that depend only on markup (no `:hover`, no `::before`) and hold no template tag.
    var staticSelectors: [CSSComplexSelector]
    var otherSelectors: [CSSComplexSelector]
    var declarations: [InlinedDeclaration]

    /// nil when nothing of the rule can be inlined: nested rules, template tags other than output tags inside
    /// declaration values (`p { {% if x %}color: red{% endif %} }` must keep its condition), or bytes that are
    /// not UTF-8 (moved as text they would become U+FFFD, and a template tag holding them would be lost).
    /// `properties` (lower case, no custom properties): keep only the declarations of these properties (as the
    /// parser names them: lower case, escapes decoded), without their rendered text (a reader of the cascade, not
    /// the inliner).
    init?(_ rule: CSSStyleRule, document: Document, firstOrder: Int, properties: NameSet? = nil) {
        guard rule.nestedRules.isEmpty else { return nil }
        // A reader of some properties takes no rule that sets none of them: asked first, as most rules are dropped.
        if let properties, !rule.declarations.contains(where: { properties.contains($0.property) }) { return nil }
        guard document.source.isValidUTF8(rule.range) else { return nil }
        let tags = document.templateTags(overlapping: rule.blockRange)
        for tag in tags where tag.kind != .output || !rule.declarations.contains(where: { $0.valueRange.contains(tag.range) }) {
            return nil
        }
        self.rule = rule
        staticSelectors = []
        staticSelectors.reserveCapacity(rule.selectors.count)
        otherSelectors = []
        for selector in rule.selectors {
            if SelectorMatcher.isStatic(selector) && !document.containsTemplateTag(selector.range) {
                staticSelectors.append(selector)
            } else {
                otherSelectors.append(selector)
            }
        }
        if staticSelectors.isEmpty { return nil }
        guard let properties else {
            declarations = rule.declarations.enumerated().map { offset, declaration in
                InlinedDeclaration(declaration, document: document, order: firstOrder + offset, rendered: true)
            }
            return
        }
        declarations = []
        // By index: most declarations are of other properties, and need no copy.
        let all = rule.declarations
        for k in all.indices where properties.contains(all[k].property) {
            declarations.append(InlinedDeclaration(all[k], document: document, order: firstOrder + k, rendered: false))
        }
    }
}

/// A declaration on its way into a `style` attribute: its text as written in the file (template tags kept),
/// and its place in the cascade.
///
/// A class: the cascade hands a declaration to every element its rule matches, and a copy of a struct retained
/// its two strings and its text, where a reference is one retain.
final class InlinedDeclaration {
    let property: String
    /// Value as written in the source, without `!important`.
    let value: String
    let important: Bool
    /// Position in the stylesheets, for ties of specificity.
    let order: Int
    /// The property's number in its `StyleCascade` (equal properties as written, equal numbers), set by the
    /// cascade that holds the declaration.
    var propertyNumber = 0
    /// `property: value` (and ` !important`) as UTF-8, written once here rather than for every element it styles;
    /// nil when the value holds `&` or a quote, which `StyleAttributeMerge.escape` must see for each attribute.
    let plainText: [UInt8]?

    init(_ declaration: CSSDeclaration, document: Document, order: Int, rendered: Bool) {
        // As written: `Margin` next to `margin` is the Outlook.com hack, a property of its own to keep.
        property = document.text(declaration.propertyRange)
        value = document.text(declaration.valueRange)
        important = declaration.important
        self.order = order
        if rendered, !value.containsByte(where: { $0 == 0x26 || $0 == 0x22 || $0 == 0x27 }) {
            var text: [UInt8] = []
            text.reserveCapacity(property.utf8.count + value.utf8.count + 13)
            text += property.utf8
            text += ": ".utf8
            text += value.utf8
            if important { text += " !important".utf8 }
            plainText = text
        } else {
            plainText = nil
        }
    }
}

/// The declaration that wins the cascade for one property of one element, among the stylesheet's.
struct CascadeWinner {
    var declaration: InlinedDeclaration
    var specificity: CSSSpecificity

    /// Whether `self` beats `other`: importance, then specificity, then source order.
    func beats(_ other: CascadeWinner) -> Bool {
        if declaration.important != other.declaration.important { return declaration.important }
        if specificity != other.specificity { return specificity > other.specificity }
        return declaration.order > other.declaration.order
    }
}
