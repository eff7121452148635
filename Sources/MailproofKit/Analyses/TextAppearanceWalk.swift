/// How each element's text looks (`TextAppearance`), worked out in document order: the `<style>` rules every
/// client but Outlook's Word engine reads, then the element's own style, on top of its parent's look. Shared by
/// the rules that judge text by its look (color-contrast, hidden-text), through `RuleContext.textAppearances`.
/// Call `appearance(of:)` for every element, parents first; asking again for an element reads what was worked out.
struct TextAppearanceWalk {
    /// Appearance of every element seen so far, by node index (sized on the first element).
    private var appearances: [TextAppearance?] = []
    /// Built on the first element.
    private var cascade: StyleCascade?

    mutating func appearance(of element: Element) -> TextAppearance {
        if !appearances.isEmpty, let known = appearances[Int(element.index)] { return known }
        if cascade == nil {
            let document = element.document
            appearances = Array(repeating: nil, count: document.nodes.count)
            cascade = StyleCascade(document: document, sheets: document.styleSheets.filter { document.element($0.element).scope.otherClients },
                                   properties: TextAppearance.properties)
        }
        let parentIndex = element.parentIndex
        let parent = parentIndex >= 0 ? appearances[Int(parentIndex)] ?? .initial : .initial
        let declarations = Self.declarations(of: element, stylesheet: cascade?.winningDeclarations(for: element.index) ?? [])
        let appearance = TextAppearance.of(element, parent: parent, declarations: declarations)
        appearances[Int(element.index)] = appearance
        return appearance
    }

    /// The declarations that apply to the element: the `<style>` rules' winners, then its inline style (later
    /// ones win; an `!important` rule beats a plain inline declaration, an `!important` inline one beats all).
    static func declarations(of element: Element, stylesheet: [CascadeWinner]) -> TextDeclarations {
        var values = TextDeclarations()
        // Which properties an `!important` declaration set, as bits of `TextProperty`.
        var important: UInt16 = 0
        for winner in stylesheet {
            // Spelled as written: `Color` is a property of its own, which the appearance does not read.
            guard let property = TextProperty(winner.declaration.property) else { continue }
            values[property] = winner.declaration.value
            if winner.declaration.important { important |= property.bit }
        }
        guard let declarations = element.inlineDeclarations else { return values }
        var inlineImportant: UInt16 = 0
        // By index: most declarations are of properties the appearance does not read, and need no copy.
        for k in declarations.indices {
            // Lower-cased by the parser. The others change nothing the appearance reads.
            guard let property = TextProperty(declarations[k].property) else { continue }
            let declaration = declarations[k]
            if important & property.bit != 0, !declaration.important { continue }
            if inlineImportant & property.bit != 0, !declaration.important { continue }
            if element.document.containsTemplateTag(declaration.valueRange) { values[property] = "{{}}"; continue }
            values[property] = declaration.value
            if declaration.important { inlineImportant |= property.bit }
        }
        return values
    }

    /// The range of the first text directly inside the element that a reader sees (not only spaces and
    /// character references like `&nbsp;`).
    static func firstVisibleText(in element: Element) -> ByteRange? {
        let document = element.document
        // Fields read in place: this runs for every element, and most children are elements.
        let nodes = document.nodes
        var child = nodes[Int(element.index)].firstChild
        while child != Node.none {
            let c = Int(child)
            if nodes[c].kind == .text, !nodes[c].isRawText {
                let range = nodes[c].range
                if hasVisibleCharacters(document.source.bytes[range.start..<range.end]) { return range }
            }
            child = nodes[c].nextSibling
        }
        return nil
    }

    private static func hasVisibleCharacters(_ bytes: ArraySlice<UInt8>) -> Bool {
        var inReference = false
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "&"): inReference = true
            case UInt8(ascii: ";") where inReference: inReference = false
            case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"): inReference = false
            case 0xC2, 0xA0: continue // U+00A0 no-break space
            default: if !inReference { return true }
            }
        }
        return false
    }
}
