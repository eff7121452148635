/// Replaces template-language tags in a file's bytes by same-length ASCII placeholders before libxml2 parses it,
/// and returns the tags as values so lint rules can reason about them.
enum TemplateMasker {
    /// Masks every tag of `languages` in `bytes`, in place. The byte count never changes and line breaks inside
    /// tags are kept, so every offset and line number of the masked copy is true for the original.
    public static func mask(_ bytes: inout [UInt8], languages: Set<TemplateLanguage>) -> TemplateScan {
        guard !languages.isEmpty && !bytes.isEmpty else { return TemplateScan() }
        return bytes.withUnsafeMutableBufferPointer { buffer in
            var pass = TemplateMaskingPass(buffer, languages: languages)
            pass.run()
            return pass.scan
        }
    }

    /// Detects the languages, then masks their tags.
    public static func mask(_ bytes: inout [UInt8]) -> (languages: Set<TemplateLanguage>, scan: TemplateScan) {
        let languages = detectLanguages(in: bytes)
        return (languages, mask(&bytes, languages: languages))
    }
}
