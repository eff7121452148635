/// The new value of an element's `style` attribute: the stylesheet's winning declarations merged with what the
/// attribute already says, with the cascade's outcome (an existing declaration beats a stylesheet one unless only
/// the stylesheet's is `!important`).
///
/// Declarations come out in cascade order (specificity, then source order), the stylesheet's first and the
/// attribute's own after them, as css-inline writes them, so shorthands and longhands (`margin`, `margin-top`)
/// still resolve as they did. When the attribute holds a template tag, a comment or something the CSS parser
/// dropped, its text is kept verbatim after the stylesheet's declarations: a later normal declaration beats an
/// earlier one in the same attribute, and `!important` beats a normal one, so the cascade is still right.
enum StyleAttributeMerge {
    struct Output {
        /// The attribute value, already escaped for `quote`.
        var value: String
        /// Final `(property, value, important)` list, for the size attributes.
        var declarations: [(property: String, value: String, important: Bool)]
    }

    /// nil when the attribute would not change.
    static func merge(winners: [CascadeWinner], into element: Element, quote: Character) -> Output? {
        let document = element.document
        let before = { (l: CascadeWinner, r: CascadeWinner) -> Bool in
            l.specificity != r.specificity ? l.specificity < r.specificity : l.declaration.order < r.declaration.order
        }
        // Most elements get one or two winners, often already in order: a stable sort would copy them anyway.
        let inOrder = winners.indices.dropFirst().allSatisfy { !before(winners[$0], winners[$0 - 1]) }
        let sorted = inOrder ? winners : winners.sorted(by: before)
        guard let attribute = element.attribute("style"), let valueRange = attribute.valueRange,
              let block = element.inlineStyle else {
            return Output(value: render(sorted, quote: quote), declarations: list(sorted))
        }
        // Rewritten as text, bytes that are not UTF-8 would become U+FFFD: such an attribute is left as it is.
        guard document.source.isValidUTF8(valueRange) else { return nil }
        let existingText = document.text(valueRange)
        let verbatim = document.containsTemplateTag(valueRange) || !block.errors.isEmpty || !block.comments.isEmpty
        if verbatim {
            let list = list(sorted)
            let prefix = render(sorted, quote: quote)
            if existingText.hasPrefix(prefix) { return nil }
            // Inlined before (the attribute has gained an output tag since): when the attribute already sets
            // every winning property, `!important` ones included, writing them in front changes nothing it shows.
            // Not with template logic in it: `{% if %}color: white{% endif %}` sets the colour only sometimes.
            let onlyOutputTags = document.templateTags(overlapping: valueRange).allSatisfy { $0.kind == .output }
            let properties = Set(block.declarations.map { document.text($0.propertyRange).lowercased() })
            let important = Set(block.declarations.filter(\.important).map { document.text($0.propertyRange).lowercased() })
            if onlyOutputTags, list.allSatisfy({ properties.contains($0.0.lowercased()) && (!$0.2 || important.contains($0.0.lowercased())) }) {
                return nil
            }
            let rest = existingText.drop { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
            // An unquoted value holding both quotes cannot be quoted without escaping, which could break a
            // template tag in it: such an attribute is left as it is.
            if rest.contains(quote) { return nil }
            return Output(value: rest.isEmpty ? prefix : prefix + "; " + rest, declarations: list)
        }

        let original = block.declarations.map { (property: document.text($0.propertyRange), value: document.text($0.valueRange), important: $0.important) }
        var existing = original
        // An attribute holds a few declarations: looking through them beats building sets.
        let importantInline = original.filter(\.important).map(\.property)
        let presentInline = original.map(\.property)
        var added: [(property: String, value: String, important: Bool)] = []
        for winner in sorted {
            let d = winner.declaration
            let key = d.property
            if !presentInline.contains(key) {
                added.append((d.property, escape(d.value, quote: quote), d.important))
            } else if d.important && !importantInline.contains(key) {
                // The stylesheet's `!important` beats the attribute's normal declaration: it takes the first one's
                // place, and the others of that property go.
                var replaced = false
                existing = existing.compactMap { entry in
                    guard entry.property == key else { return entry }
                    if replaced { return nil }
                    replaced = true
                    return (entry.property, escape(d.value, quote: quote), true)
                }
            }
        }
        if added.isEmpty && existing.elementsEqual(original, by: { $0 == $1 }) { return nil }
        let list = added + existing
        return Output(value: join(list), declarations: list)
    }

    /// The winners as `(property, value, important)`, for the size attributes.
    private static func list(_ sorted: [CascadeWinner]) -> [(property: String, value: String, important: Bool)] {
        sorted.map { (property: $0.declaration.property, value: $0.declaration.value, important: $0.declaration.important) }
    }

    /// The stylesheet's winners joined as `a: b; c: d !important`, values escaped for `quote`: the text each
    /// declaration was given when the cascade was built, unless its value needs escaping.
    private static func render(_ sorted: [CascadeWinner], quote: Character) -> String {
        var list: [(property: String, value: String, important: Bool)] = []
        var length = 0
        for winner in sorted {
            let d = winner.declaration
            if let plain = d.plainText {
                length += plain.count + 2
            } else {
                list.append((d.property, escape(d.value, quote: quote), d.important))
                length += d.property.utf8.count + list[list.count - 1].value.utf8.count + Self.punctuation
            }
        }
        var escaped = list.makeIterator()
        return UTF8Writer.string(capacity: length) { out in
            for (k, winner) in sorted.enumerated() {
                if k > 0 { out.put("; ") }
                if let plain = winner.declaration.plainText {
                    out.put(plain)
                } else if let entry = escaped.next() {
                    out.put(entry)
                }
            }
        }
    }

    /// The most an entry adds besides its property and value: `; `, `: ` and ` !important`.
    private static let punctuation = 15

    /// `a: b; c: d !important`, built in one string from values already escaped.
    private static func join(_ list: [(property: String, value: String, important: Bool)]) -> String {
        UTF8Writer.string(capacity: list.reduce(0) { $0 + $1.property.utf8.count + $1.value.utf8.count + Self.punctuation }) { out in
            for (k, entry) in list.enumerated() {
                if k > 0 { out.put("; ") }
                out.put(entry)
            }
        }
    }

    /// Writes UTF-8 into a string's own storage with one copy per piece: joining strings is joining their bytes,
    /// and `[UInt8] += string.utf8` or `append(contentsOf:)` cost more per piece than the bytes they copy.
    private struct UTF8Writer {
        private let buffer: UnsafeMutableBufferPointer<UInt8>
        private(set) var count = 0

        /// `capacity` must hold everything `body` writes.
        static func string(capacity: Int, _ body: (inout UTF8Writer) -> Void) -> String {
            String(unsafeUninitializedCapacity: max(capacity, 1)) { buffer in
                var writer = UTF8Writer(buffer: buffer)
                body(&writer)
                return writer.count
            }
        }

        private init(buffer: UnsafeMutableBufferPointer<UInt8>) { self.buffer = buffer }

        mutating func put(_ bytes: UnsafeRawBufferPointer) {
            guard let source = bytes.baseAddress, bytes.count > 0 else { return }
            precondition(count + bytes.count <= buffer.count, "UTF8Writer: capacity exceeded")
            UnsafeMutableRawPointer(buffer.baseAddress! + count).copyMemory(from: source, byteCount: bytes.count)
            count += bytes.count
        }

        mutating func put(_ text: StaticString) { put(UnsafeRawBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)) }

        mutating func put(_ text: String) {
            var text = text
            text.withUTF8 { put(UnsafeRawBufferPointer($0)) }
        }

        mutating func put(_ bytes: [UInt8]) { bytes.withUnsafeBytes { put($0) } }

        /// `property: value`, then ` !important` when it is.
        mutating func put(_ entry: (property: String, value: String, important: Bool)) {
            put(entry.property)
            put(": ")
            put(entry.value)
            if entry.important { put(" !important") }
        }
    }

    /// Stylesheet text is raw; inside an attribute, `&` must be a reference and the quote must not close it.
    /// Template tags pass through as written.
    static func escape(_ value: String, quote: Character) -> String {
        // No '&' or quote byte means no such character either: skip the character-by-character walk.
        let quoteByte = quote.asciiValue
        guard value.containsByte(where: { $0 == 0x26 || $0 == 0x22 || $0 == quoteByte || (quoteByte == nil && $0 >= 0x80) }) else {
            return value
        }
        guard value.contains(where: { $0 == "&" || $0 == quote || $0 == "\"" }) else { return value }
        var result = ""
        var inTag = false
        var previous: Character = " "
        for character in value {
            if previous == "{" && (character == "{" || character == "%") { inTag = true }
            if inTag {
                result.append(character)
                if (previous == "}" || previous == "%") && character == "}" { inTag = false }
                previous = character
                continue
            }
            switch character {
            case "&": result += "&amp;"
            case "\"" where quote == "\"": result += value.contains("'") ? "&quot;" : "'"
            case "'" where quote == "'": result += "&#39;"
            default: result.append(character)
            }
            previous = character
        }
        return result
    }
}
