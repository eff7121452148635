/// Elements, attributes and the attribute values that select a feature (input types, `href`, image URLs).
extension FeatureScan {
    /// The element at node index `i`. Its fields and its attributes' are read in place: a copy of a node or an
    /// attribute retains and releases its strings.
    func scanElement(_ i: Int) {
        let nodes = document.nodes
        let name = nodes.name(at: i)
        let startTag = nodes[i].innerRange
        if !nodes[i].isImplied {
            if let slug = elementTable[name] {
                emit(slug, startTag)
            } else if (4...6).contains(name.utf8.count) {
                // The names below are four to six bytes long: the length rules most elements out without a
                // comparison.
                switch name {
                case "input": emitTyped(i, HTMLFeatures.inputTypeTable)
                case "button": emitTyped(i, HTMLFeatures.buttonTypeTable)
                case "meta":
                    if let value = attributeValue(i, "name"),
                       CSSBytes.equalsLowercase(html, trimmed(value), "color-scheme")
                        || CSSBytes.equalsLowercase(html, trimmed(value), "supported-color-schemes") {
                        emit(HTMLFeatures.metaColorSchemeFeature, startTag)
                    }
                case "link":
                    if let value = attributeValue(i, "rel"), containsWord(value, "stylesheet") {
                        emit(HTMLFeatures.linkFeature, startTag)
                    }
                default: break
                }
            }
        }
        // Image URLs in `src` only where an image is expected (not <script>, <iframe>, <video>).
        let srcIsImage = name.hasSameText(as: "img") || name.hasSameText(as: "input") || isVMLName(name)
        let attributes = document.attributes
        for a in nodes[i].attributes {
            let attributeName = attributes.name(at: Int(a))
            if let slug = attributeTable[attributeName] { emit(slug, attributes[Int(a)].range) }
            guard let value = attributes[Int(a)].valueRange, let read = valueReads[attributeName] else { continue }
            switch read {
            case .href: scanHref(trimmed(value))
            case .src: if srcIsImage { scanImageURL(trimmed(value), in: html) }
            case .imageURL: scanImageURL(trimmed(value), in: html)
            case .srcset: scanSrcset(value)
            }
        }
    }

    /// The attributes whose values select features, and how each is read: one look-up per attribute rather than
    /// a string comparison per case.
    enum ValueRead { case href, src, imageURL, srcset }
    static let attributeValueReads = NameTable<ValueRead>([
        "href": .href, "src": .src, "background": .imageURL, "poster": .imageURL, "srcset": .srcset,
    ])

    private func isVMLName(_ name: String) -> Bool {
        name.utf8.count > 2
            && ((name.startsWithBytes(of: "v:") && name.hasPrefix("v:")) || (name.startsWithBytes(of: "o:") && name.hasPrefix("o:")))
    }

    private func emitTyped(_ i: Int, _ table: NameTable<FeatureID>) {
        let type = attributeValue(i, "type").map(trimmed) ?? .empty(at: document.nodes[i].range.start)
        if let slug = table.value(html, type, folding: true) { emit(slug, document.nodes[i].innerRange) }
    }

    private func attributeValue(_ i: Int, _ name: String) -> ByteRange? {
        for a in document.nodes[i].attributes where document.attributes.name(at: Int(a)) == name {
            return document.attributes[Int(a)].valueRange ?? .empty(at: document.attributes[Int(a)].range.end)
        }
        return nil
    }

    func trimmed(_ range: ByteRange) -> ByteRange {
        var start = range.start
        var end = range.end
        while start < end, CSSBytes.isWhitespace(html[start]) { start += 1 }
        while end > start, CSSBytes.isWhitespace(html[end - 1]) { end -= 1 }
        return ByteRange(start: start, end: end)
    }

    /// Whether a whitespace-separated list (`rel="alternate stylesheet"`) holds `word`, ignoring case.
    private func containsWord(_ range: ByteRange, _ word: StaticString) -> Bool {
        var k = range.start
        while k < range.end {
            while k < range.end, CSSBytes.isWhitespace(html[k]) { k += 1 }
            let start = k
            while k < range.end, !CSSBytes.isWhitespace(html[k]) { k += 1 }
            if CSSBytes.equalsLowercase(html, ByteRange(start: start, end: k), word) { return true }
        }
        return false
    }

    /// `href="#section"` (a local anchor; a bare `#` is a placeholder link) and `mailto:`.
    private func scanHref(_ value: ByteRange) {
        guard !value.isEmpty else { return }
        if html[value.start] == 0x23 /* # */ {
            if value.length > 1, !isTemplated(value) { emit(HTMLFeatures.anchorLinksFeature, value) }
        } else if value.length > 7, CSSBytes.equalsLowercase(html, ByteRange(start: value.start, length: 7), "mailto:") {
            emit(HTMLFeatures.mailtoLinksFeature, value)
        }
    }

    /// `srcset="a.webp 1x, b.webp 2x"`: each candidate's URL.
    private func scanSrcset(_ value: ByteRange) {
        var k = value.start
        let end = value.end
        while k < end {
            while k < end, CSSBytes.isWhitespace(html[k]) || html[k] == 0x2C /* , */ { k += 1 }
            let start = k
            while k < end, !CSSBytes.isWhitespace(html[k]) { k += 1 }
            var urlEnd = k
            // A URL is ended by whitespace; a trailing comma belongs to the list, not the URL.
            while urlEnd > start, html[urlEnd - 1] == 0x2C { urlEnd -= 1 }
            if urlEnd > start { scanImageURL(ByteRange(start: start, end: urlEnd), in: html) }
            if urlEnd < k { continue } // the comma ended this candidate
            while k < end, html[k] != 0x2C { k += 1 } // descriptors
        }
    }
}
