/// How each element's text looks (`TextAppearance`), worked out in document order: the `<style>` rules every
/// client but Outlook's Word engine reads, then the element's own style, on top of its parent's look. Shared by
/// the rules that judge text by its look (color-contrast, hidden-text), through `RuleContext.textAppearances`.
/// Call `appearance(of:)` for every element, parents first; asking again for an element reads what was worked out.
struct TextAppearanceWalk {
    /// Appearance of every element seen so far, by node index.
    private var appearances: [Node.Index: TextAppearance] = [:]
    /// Built on the first element.
    private var cascade: StyleCascade?

    mutating func appearance(of element: Element) -> TextAppearance {
        if let known = appearances[element.index] { return known }
        if cascade == nil {
            let document = element.document
            cascade = StyleCascade(document: document, sheets: document.styleSheets.filter { document.element($0.element).scope.otherClients },
                                   properties: TextAppearance.properties)
        }
        let parent = appearances[element.node.parent] ?? .initial
        let declarations = Self.declarations(of: element, stylesheet: cascade?.winningDeclarations(for: element.index) ?? [])
        let appearance = TextAppearance.of(element, parent: parent, declarations: declarations)
        appearances[element.index] = appearance
        return appearance
    }

    /// The declarations that apply to the element: the `<style>` rules' winners, then its inline style (later
    /// ones win; an `!important` rule beats a plain inline declaration, an `!important` inline one beats all).
    static func declarations(of element: Element, stylesheet: [CascadeWinner]) -> [String: String] {
        var values: [String: String] = [:]
        var important: Set<String> = []
        for winner in stylesheet {
            let name = winner.declaration.property.lowercased()
            values[name] = winner.declaration.value
            if winner.declaration.important { important.insert(name) }
        }
        guard let style = element.inlineStyle else { return values }
        var inlineImportant: Set<String> = []
        for declaration in style.declarations {
            let property = declaration.property.lowercased()
            if important.contains(property), !declaration.important { continue }
            if inlineImportant.contains(property), !declaration.important { continue }
            if element.document.containsTemplateTag(declaration.valueRange) { values[property] = "{{}}"; continue }
            values[property] = declaration.value
            if declaration.important { inlineImportant.insert(property) }
        }
        return values
    }

    /// The range of the first text directly inside the element that a reader sees (not only spaces and
    /// character references like `&nbsp;`).
    static func firstVisibleText(in element: Element) -> ByteRange? {
        let document = element.document
        var child = element.node.firstChild
        while child != Node.none {
            let node = document.nodes[Int(child)]
            if node.kind == .text, !node.isRawText, hasVisibleCharacters(document.source.bytes[node.range.start..<node.range.end]) {
                return node.range
            }
            child = node.nextSibling
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
