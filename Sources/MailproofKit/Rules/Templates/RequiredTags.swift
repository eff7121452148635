/// What the providers' required-tags rules share: finding merge tags by name, telling whether one is a link's
/// `href` or hidden from readers, and where a missing footer goes.
enum RequiredTags {
    /// Output tags (`{{ name }}`, `*|NAME|*`) with one of `names` (compared case-insensitively), in order.
    static func outputTags(_ names: Set<String>, in document: Document) -> [TemplateTag] {
        document.templateTags.filter { tag in
            (tag.kind == .output || tag.kind == .tag) && names.contains(tag.name.lowercased())
        }
    }

    /// Whether the tag is the whole or part of an `href` value (`href="{{ unsubscribe_url }}"`).
    static func isLinkTarget(_ tag: TemplateTag, in document: Document) -> Bool {
        guard tag.context == .attributeValue, let attribute = document.attribute(holding: tag.range) else { return false }
        return attribute.name == "href"
    }

    /// The element around the tag that hides it, if any.
    static func hidingElement(_ tag: TemplateTag, in document: Document) -> Element? {
        let element = document.innermostElement(containing: tag.range.start)
        return ([element] + element.ancestors).first(where: HiddenContent.hides)
    }

    /// Where a missing footer goes: just before `</body>` when it is written, else at the end of the file; on a
    /// line of its own when `</body>` starts its line.
    struct Footer {
        let offset: Int
        let startsLine: Bool

        init(in document: Document) {
            let bytes = document.source.bytes
            var end = bytes.count
            if let body = DocumentShape(document).explicitBody, let tag = document.nodes[Int(body.index)].endTagRange { end = tag.start }
            var start = end
            while start > 0, bytes[start - 1] == UInt8(ascii: " ") || bytes[start - 1] == UInt8(ascii: "\t") { start -= 1 }
            startsLine = start == 0 || bytes[start - 1] == UInt8(ascii: "\n")
            offset = startsLine ? start : end
        }

        /// The edit that inserts `html` there.
        func insertion(_ html: String) -> TextEdit {
            .insert(startsLine ? html + "\n" : html, at: offset)
        }
    }

    /// Where findings about something missing from the whole file go: the `<body>` start tag, else the first
    /// document tag, else the start of the file.
    static func anchor(in document: Document) -> ByteRange {
        let shape = DocumentShape(document)
        return (shape.explicitBody ?? shape.firstDocumentTag)?.startTagRange ?? ByteRange(start: 0, end: 0)
    }
}
