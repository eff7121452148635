/// fix → inline → hand-off as one step, for every command and server that corrects a document: the fixer's
/// passes, then (when asked) the CSS moved into style attributes, parsed with the same template languages the
/// checks used, then (when asked) the customer's hand-off of what changed and what is left.
public struct FixPipeline {
    public var ruleFilter: Set<String>?
    /// Apply fixes next to markup with parse errors too.
    public var force: Bool
    /// Inline the CSS after fixing, with these options; nil leaves the `<style>` blocks alone.
    public var inline: InlineOptions?
    public var handoff: Bool

    public init(ruleFilter: Set<String>? = nil, force: Bool = false, inline: InlineOptions? = nil, handoff: Bool = false) {
        self.ruleFilter = ruleFilter
        self.force = force
        self.inline = inline
        self.handoff = handoff
    }

    public struct Outcome {
        /// The fixer's passes over the source (fixed and refused findings, whether it settled).
        public var fixer: Fixer.Result
        /// The corrected bytes (fixes, then inlining).
        public var bytes: [UInt8]
        public var changed: Bool
        /// Edits applied: the fixes' and the inliner's.
        public var edits: Int
        /// The Markdown hand-off, when asked for; it ends with the corrected code when anything changed.
        public var handoff: String?
    }

    public func run(_ source: SourceFile, linter: Linter) -> Outcome {
        let result = Fixer(linter: linter, ruleFilter: ruleFilter).fix(source, force: force)
        var bytes = result.bytes
        var edits = result.appliedEdits
        if let inline {
            let fixed = SourceFile(path: source.path, utf8: bytes, encoding: source.encoding)
            let inlined = CSSInliner(options: inline).inline(Document.parse(fixed, languages: linter.settings.templateLanguages))
            bytes = TextEdit.apply(inlined.edits, to: bytes).result
            edits += inlined.edits.count
        }
        let changed = result.changed || bytes != result.bytes
        var markdown: String?
        if handoff {
            let fixedSource = SourceFile(path: source.path, utf8: bytes, encoding: source.encoding)
            // The fixer's last check saw the fixed bytes unless CSS was inlined after it.
            let remaining = inline != nil ? linter.lint(fixedSource) : result.remaining
            var text = HandoffReport(path: source.path, original: source, fixed: result.fixed, remainingIn: fixedSource,
                                     remaining: remaining).markdown
            if changed { text += "\n## The corrected code\n\n" + HandoffReport.code(String(decoding: bytes, as: UTF8.self)) }
            markdown = text
        }
        return Outcome(fixer: result, bytes: bytes, changed: changed, edits: edits, handoff: markdown)
    }
}

/// `inline` as a step of its own: the CSS moved into style attributes of a document parsed with the template
/// languages its configuration names.
public enum InlinePipeline {
    public static func run(_ source: SourceFile, linter: Linter, options: InlineOptions) -> (bytes: [UInt8], result: CSSInliner.Result) {
        let result = CSSInliner(options: options).inline(Document.parse(source, languages: linter.settings.templateLanguages))
        return (TextEdit.apply(result.edits, to: source.bytes).result, result)
    }
}

/// The plain-text part of a template, parsed with the template languages its configuration names.
public enum PlainTextPipeline {
    public static func text(of source: SourceFile, linter: Linter, width: Int = 78) -> String {
        PlainTextRenderer(width: width).render(Document.parse(source, languages: linter.settings.templateLanguages))
    }
}
