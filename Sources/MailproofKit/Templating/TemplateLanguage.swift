/// A template language whose tags can appear in an email template.
public enum TemplateLanguage: String, CaseIterable, Hashable, Sendable {
    /// Liquid as used by Kit (ConvertKit) and Shopify: `{{ output }}`, `{% tag %}`.
    case liquid
    /// Handlebars / Mustache: `{{ x }}`, `{{{ raw }}}`, `{{#block}}…{{/block}}`, `{{> partial }}`.
    case handlebars
    /// Mailchimp merge tags: `*|FNAME|*`, `*|IF:X|*…*|END:IF|*`.
    case mailchimp
}
