/// The text a reader (or a screen reader) gets from markup, from the source bytes: character references for
/// spaces and invisible joiners are dropped, whitespace runs collapse.
enum VisibleText {
    /// References that render as nothing or as a space (the preheader and spacer-cell fillers).
    private static let blankReferences: NameSet = [
        "nbsp", "#160", "#xa0", "zwnj", "#8204", "#x200c", "zwj", "#8205", "#x200d", "#8203", "#x200b",
        "shy", "#173", "#xad", "ensp", "emsp", "thinsp", "#847", "#x34f", "#65279", "#xfeff",
    ]

    /// Whether `text(range, in:)` would be empty, without building it: ASCII text is read until its first
    /// visible byte; text with other bytes before one is built and looked at.
    static func isBlank(_ range: ByteRange, in document: Document) -> Bool {
        let bytes = document.source.bytes
        var i = range.start
        while i < range.end {
            let c = bytes[i]
            if c >= 0x80 { return text(range, in: document).isEmpty }
            if c == 0x26 /* & */, let end = blankReferenceEnd(at: i, before: range.end, in: bytes) {
                i = end
                continue
            }
            // What `text` would keep after collapsing: anything but the whitespace it collapses.
            if !String.isCollapsibleASCIISpace(c) { return false }
            i += 1
        }
        return true
    }

    /// Where the blank reference starting at the `&` at `start` ends (after its `;`); nil when none starts there.
    private static func blankReferenceEnd(at start: Int, before end: Int, in bytes: [UInt8]) -> Int? {
        var j = start + 1
        while j < end, j - start <= 10, bytes[j] != 0x3B, bytes[j] != 0x26, !URLValue.isSpace(bytes[j]) { j += 1 }
        // The names are ASCII, so folding ASCII case is what lower-casing the name would do.
        guard j < end, bytes[j] == 0x3B,
              bytes.withUnsafeBufferPointer({ blankReferences.contains($0, ByteRange(start: start + 1, end: j), folding: true) })
        else { return nil }
        return j + 1
    }

    /// The text of `range` with blank references removed and other references kept as written.
    static func text(_ range: ByteRange, in document: Document) -> String {
        let bytes = document.source.bytes
        var out: [UInt8] = []
        out.reserveCapacity(range.length)
        var i = range.start
        while i < range.end {
            let c = bytes[i]
            if c == 0x26 /* & */, let end = blankReferenceEnd(at: i, before: range.end, in: bytes) {
                out.append(0x20)
                i = end
                continue
            }
            out.append(c)
            i += 1
        }
        if let ascii = out.withUnsafeBufferPointer(String.collapsingASCIIWhitespace) { return ascii }
        let string = String(decoding: out, as: UTF8.self)
        // U+00A0, U+200B-U+200D, U+FEFF and the combining grapheme joiner are blank too when written literally.
        var blanked = String.UnicodeScalarView()
        for scalar in string.unicodeScalars {
            switch scalar.value {
            case 0xA0, 0x200B, 0x200C, 0x200D, 0xFEFF, 0x34F, 0xAD: blanked.append(" ")
            default: blanked.append(scalar)
            }
        }
        return String(blanked).collapsingWhitespace()
    }

    /// The text of an element's content as a reader gets it: its text, the `alt` of its images, template tags
    /// as written. `hasTemplateText` tells whether a template tag is part of that text.
    static func content(of element: Element) -> (text: String, hasTemplateText: Bool, imageCount: Int) {
        let document = element.document
        let nodes = document.nodes
        var parts: [String] = []
        var hasTemplate = false
        var images = 0
        var i = Int(element.index) + 1
        let end = Int(element.subtreeEnd)
        while i < end {
            let node = nodes[i]
            if node.kind == .text, !node.isRawText {
                let piece = text(node.range, in: document)
                if !piece.isEmpty {
                    parts.append(piece)
                    if document.containsTemplateTag(node.range) { hasTemplate = true }
                }
            } else if node.kind == .element, node.name == "img" {
                images += 1
                let img = Element(document: document, index: Node.Index(i))
                if let alt = img.attribute("alt"), let valueRange = alt.valueRange {
                    let piece = text(valueRange, in: document)
                    if !piece.isEmpty {
                        parts.append(piece)
                        if document.containsTemplateTag(valueRange) { hasTemplate = true }
                    }
                }
            }
            i += 1
        }
        return (parts.joined(separator: " "), hasTemplate, images)
    }

    /// Whether an attribute is present with a non-blank value (a template tag counts).
    static func hasText(_ element: Element, _ name: String) -> Bool {
        guard let attribute = element.attribute(name), let range = attribute.valueRange else { return false }
        return !text(range, in: element.document).isEmpty
    }
}
