/// What `liquid-syntax`, `handlebars-syntax` and `mailchimp-merge-tags` share: the masker's problems (unterminated
/// tags) and the block pairing's problems for one language, and paste artefacts inside tags.
enum TemplateSyntaxCheck {
    /// Reports the masker's and the block structure's problems that belong to `language`.
    static func reportStructure(_ language: TemplateLanguage, _ document: Document, _ context: RuleContext) {
        let tags = document.templateTags
        guard tags.contains(where: { $0.language == language }) else { return }
        var languageOf: [ByteRange: TemplateLanguage] = [:]
        for tag in tags { languageOf[tag.range] = tag.language }
        let structure = TemplateBlockStructure(tags: tags)
        // Where each closing tag's block was opened, for messages about a close that does not match.
        var openerOfClose: [ByteRange: TemplateTag] = [:]
        for block in structure.blocks { if let close = block.close { openerOfClose[close.range] = block.open } }

        var seen = Set<ByteRange>()
        for problem in document.templateProblems + structure.problems {
            guard languageOf[problem.range] == language, seen.insert(problem.range).inserted else { continue }
            var message = problem.message
            if let opener = openerOfClose[problem.range], opener.range != problem.range {
                message += " (the block was opened at \(place(opener.range.start, document)))"
            }
            context.report(message, at: problem.range)
        }
    }

    /// `line 12, column 5`
    static func place(_ offset: Int, _ document: Document) -> String {
        let location = document.source.location(of: offset)
        return "line \(location.line), column \(location.column)"
    }

    /// Curly quotes and HTML character references inside the code of a tag (outside its string literals): what
    /// a rich-text editor or a copy from a web page leaves behind. The template engine reads them literally.
    static func reportPasteArtefacts(_ language: TemplateLanguage, _ document: Document, _ context: RuleContext) {
        let bytes = document.source.bytes
        for tag in document.templateTags where tag.language == language && tag.isTerminated && tag.kind != .comment {
            var quote: UInt8 = 0
            var i = tag.innerRange.start
            while i < tag.innerRange.end {
                let byte = bytes[i]
                if quote != 0 {
                    if byte == quote { quote = 0 }
                    i += 1
                    continue
                }
                if byte == 0x22 || byte == 0x27 {
                    quote = byte
                } else if byte == 0xE2, i + 2 < tag.innerRange.end, bytes[i + 1] == 0x80,
                          [0x98, 0x99, 0x9C, 0x9D].contains(bytes[i + 2]) {
                    let straight = bytes[i + 2] >= 0x9C ? "\"" : "'"
                    context.report("Curly quote \(String(decoding: bytes[i..<i + 3], as: UTF8.self)) inside a template tag (a paste artefact): the template engine does not read it as a quote; type \(straight)",
                                   at: ByteRange(start: i, end: i + 3))
                    i += 3
                    continue
                } else if byte == 0x26 /* & */, let end = entityEnd(bytes, from: i, limit: tag.innerRange.end) {
                    let entity = String(decoding: bytes[i..<end], as: UTF8.self)
                    context.report("HTML entity \(entity) inside a template tag (a paste artefact from a rich-text editor): the template engine reads it literally; type the character itself",
                                   at: ByteRange(start: i, end: end))
                    i = end
                    continue
                }
                i += 1
            }
        }
    }

    /// The end of `&name;` / `&#123;` / `&#x1F;` starting at `start`, or nil.
    private static func entityEnd(_ bytes: [UInt8], from start: Int, limit: Int) -> Int? {
        var i = start + 1
        let bodyStart = i
        while i < limit, i - bodyStart <= 10 {
            let b = bytes[i]
            if b == 0x3B /* ; */ { return i > bodyStart ? i + 1 : nil }
            let isAlnum = (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
            if !(isAlnum || (b == 0x23 /* # */ && i == bodyStart)) { return nil }
            i += 1
        }
        return nil
    }
}
