extension RuleContext {
    /// Whether `edit` settles what it fixes: the document it makes, parsed as the next pass will parse it (with the
    /// run's template languages), satisfies `satisfied`. A fix that lands where it does not count (inside a comment,
    /// outside a form it was meant for) would fire, and fix, again after every pass; such a fix is not offered.
    func settles(_ edit: TextEdit, _ satisfied: (Document) -> Bool) -> Bool {
        let bytes = TextEdit.apply([edit], to: document.source.bytes).result
        let source = SourceFile(path: document.source.path, utf8: bytes, encoding: document.source.encoding)
        return satisfied(Document.parse(source, languages: settings.templateLanguages))
    }
}
