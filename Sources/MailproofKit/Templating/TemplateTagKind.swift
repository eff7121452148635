/// What a template tag does, as far as the masker can tell from its form and first word.
public enum TemplateTagKind: String, Hashable, Sendable {
    /// Prints a value: `{{ x }}`, `{{{ x }}}`, `*|FNAME|*`.
    case output
    /// A statement that is not part of a known block: `{% assign %}`, `{% render %}`.
    case tag
    /// Opens a block: `{% if %}`, `{{#each}}`, `{{^empty}}`, `*|IF:X|*`.
    case blockOpen
    /// Closes a block: `{% endif %}`, `{{/each}}`, `*|END:IF|*`.
    case blockClose
    /// Splits a block: `{% else %}`, `{% elsif %}`, `{% when %}`, `{{else}}`, `*|ELSE:|*`, `*|ELSEIF:X|*`.
    case blockElse
    /// A template comment: `{{! x }}`, `{{!-- x --}}`, `{% # x %}`.
    case comment
    /// Includes another template: `{{> partial }}`.
    case partial
}
