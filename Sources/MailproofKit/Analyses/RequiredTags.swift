/// What the providers' required-tags rules share: finding merge tags by name, telling whether one is a link's
/// `href` or hidden from readers, and where a missing footer goes.
enum RequiredTags {
    /// The style of the footer lines the required-tags fixes write: small grey centred text, as ESP footers are.
    static let footerStyle = "font-family:Arial,sans-serif; font-size:12px; line-height:18px; color:#6b6b6b; text-align:center;"

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

    /// `[edit]` when the document with it applied has what the rule asks for (`satisfied`), else no fix. A footer
    /// inserted where it is not markup every client reads — the end of a file that ends inside an unterminated
    /// comment, `<style>` or conditional comment — would be hidden, and the rule would fire, and fix, again after
    /// every pass. Parsing once more (with the run's template languages, as the next pass will) costs only for
    /// files that lack the tag.
    static func fix(in context: RuleContext, _ edit: TextEdit, satisfied: (Document) -> Bool) -> [TextEdit] {
        guard insertsMarkup(at: edit.range.start, in: context.document) else { return [] }
        return context.settles(edit, satisfied) ? [edit] : []
    }

    /// Whether text inserted at `offset` is markup every client reads: not inside a tag, a comment, the text of a
    /// `<style>` or `<script>`, or an Outlook conditional comment (an unterminated one runs to the end of the file).
    static func insertsMarkup(at offset: Int, in document: Document) -> Bool {
        let bytes = document.source.bytes
        var conditionalDepth = 0
        for marker in document.conditionalMarkers where marker.range.end <= offset {
            conditionalDepth = max(0, conditionalDepth + (marker.kind == .open ? 1 : -1))
        }
        if conditionalDepth > 0 { return false }
        for node in document.nodes {
            switch node.kind {
            case .element where node.name == "style" || node.name == "script":
                if offset >= node.innerRange.end, offset <= (node.endTagRange?.start ?? bytes.count) { return false }
            case .comment:
                let terminated = node.range.length >= 7 && bytes[node.range.end - 3..<node.range.end].elementsEqual("-->".utf8)
                if offset > node.range.start, offset < node.range.end || (offset == node.range.end && !terminated) { return false }
            default:
                continue
            }
        }
        // Inside a tag, or at the end of one left unterminated (a quoted value that never closes runs to the end of
        // the file; libxml2 drops such a tag, so no node holds it): the footer would be an attribute's text, and its
        // own quotes would end that value and reshape the rest. Only the scanner's tokens know these tags.
        let tags = document.markupTokens.lazy.filter { $0.kind == .startTag || $0.kind == .endTag }
        return !tags.contains { tag in offset > tag.range.start && (offset < tag.range.end || (offset == tag.range.end && tag.unterminated)) }
    }

    /// Where findings about something missing from the whole file go: the `<body>` start tag, else the first
    /// document tag, else the start of the file.
    static func anchor(in document: Document) -> ByteRange {
        let shape = DocumentShape(document)
        return (shape.explicitBody ?? shape.firstDocumentTag)?.startTagRange ?? ByteRange(start: 0, end: 0)
    }
}
