/// The fill policy: which ASCII byte replaces a tag so libxml2 parses the template as its author meant.
enum TemplatePlaceholder {
    /// Between attributes, spaces keep neighbouring attributes apart and swallow nothing. Elsewhere, output tags
    /// become `x` so values and text stay non-empty, and statements, comments and partials (which render markup,
    /// not text) become spaces so they add nothing to the tree. In an attribute name, an output tag becomes `x`
    /// so `data-{{ x }}="1"` stays one attribute.
    static func fillByte(kind: TemplateTagKind, context: TemplateContext, inAttributeName: Bool) -> UInt8 {
        guard kind == .output else { return TemplateBytes.space }
        if context == .insideStartTag && !inAttributeName { return TemplateBytes.space }
        return TemplateBytes.x
    }
}
