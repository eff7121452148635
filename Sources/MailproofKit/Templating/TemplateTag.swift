/// One template-language tag found in a file, located by byte ranges into the original bytes.
public struct TemplateTag: Hashable, Sendable {
    public var language: TemplateLanguage
    public var kind: TemplateTagKind
    /// The tag word: `if`, `endif`, `unsubscribe_url`, `each` (for both `{{#each}}` and `{{/each}}`), `FNAME`, `IF`,
    /// `END`. Empty when the tag has no word (`{{ "text" }}`, `{{^}}`).
    public var name: String
    /// The whole tag, delimiters included. For an unterminated tag: just its opening delimiter.
    public var range: ByteRange
    /// Between the delimiters; whitespace-control marks (`-`, `~`) count as delimiters, sigils (`#`, `/`, `!`) do not.
    public var innerRange: ByteRange
    public var context: TemplateContext
    /// False when no closing delimiter was found; such a tag is not masked.
    public var isTerminated: Bool

    public init(language: TemplateLanguage, kind: TemplateTagKind, name: String, range: ByteRange,
                innerRange: ByteRange, context: TemplateContext, isTerminated: Bool = true) {
        self.language = language
        self.kind = kind
        self.name = name
        self.range = range
        self.innerRange = innerRange
        self.context = context
        self.isTerminated = isTerminated
    }
}
