/// The result of masking one file: its template tags in file order and the problems met.
struct TemplateScan: Hashable, Sendable {
    public var tags: [TemplateTag]
    public var problems: [TemplateProblem]
    /// Bodies of `{% comment %}…{% endcomment %}` blocks (between the two tags); masked with spaces.
    public var commentBodies: [ByteRange]
    /// Bodies of `{% raw %}…{% endraw %}` blocks (between the two tags); literal text, left unmasked.
    public var rawBodies: [ByteRange]

    public init(tags: [TemplateTag] = [], problems: [TemplateProblem] = [],
                commentBodies: [ByteRange] = [], rawBodies: [ByteRange] = []) {
        self.tags = tags
        self.problems = problems
        self.commentBodies = commentBodies
        self.rawBodies = rawBodies
    }
}
