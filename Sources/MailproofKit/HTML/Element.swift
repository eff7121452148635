/// A view of one element of a `Document`, with the accessors rules need. Cheap to create: a reference and an index.
public struct Element: @unchecked Sendable, Hashable {
    public let document: Document
    public let index: Node.Index

    public static func == (lhs: Element, rhs: Element) -> Bool { lhs.index == rhs.index && lhs.document === rhs.document }
    public func hash(into hasher: inout Hasher) { hasher.combine(index) }

    // The accessors read one field of the node in place: `node` copies the whole struct (and retains its name).
    public var node: Node { document.nodes[Int(index)] }
    public var name: String { document.nodes.name(at: Int(index)) }
    public var range: ByteRange { document.nodes[Int(index)].range }
    /// The start tag in the source (empty for an implied element).
    public var startTagRange: ByteRange { document.nodes[Int(index)].innerRange }
    public var scope: ClientScope { document.nodes[Int(index)].scope }
    public var isImplied: Bool { document.nodes[Int(index)].isImplied }
    /// One past the element's last descendant, in document order.
    public var subtreeEnd: Node.Index { document.nodes[Int(index)].subtreeEnd }
    /// The parent's node index (`Node.none` for the root).
    public var parentIndex: Node.Index { document.nodes[Int(index)].parent }
    public var endTagRange: ByteRange? { document.nodes[Int(index)].endTagRange }

    /// Where the element's attributes are in `document.attributes`.
    var attributeIndices: Range<Int> {
        let range = document.nodes[Int(index)].attributes
        return Int(range.lowerBound)..<Int(range.upperBound)
    }

    public var attributes: ArraySlice<Attribute> { document.attributes[attributeIndices] }

    /// The first attribute with this lower-case name.
    public func attribute(_ name: String) -> Attribute? {
        attributeIndex(name).map { document.attributes[$0] }
    }

    /// Where in `document.attributes` the first attribute with this lower-case name is: the callers that only
    /// test for it or read its value need no copy of it.
    func attributeIndex(_ name: String) -> Int? {
        // Lengths first: they are stored in the strings, and most names differ in length.
        let length = name.utf8.count
        for k in attributeIndices {
            let own = document.attributes.name(at: k)
            if own.utf8.count == length, own == name { return k }
        }
        return nil
    }

    public func hasAttribute(_ name: String) -> Bool { attributeIndex(name) != nil }

    /// The attribute's value as written in the source (template tags included, entities not decoded);
    /// "" for a valueless attribute; nil when absent.
    public func value(_ name: String) -> String? {
        guard let k = attributeIndex(name) else { return nil }
        return document.attributes[k].valueRange.map(document.text) ?? ""
    }

    public var parent: Element? {
        let parent = document.nodes[Int(index)].parent
        guard parent > 0 else { return nil }
        return Element(document: document, index: parent)
    }

    /// Ancestors from the parent up to (not including) the document.
    public var ancestors: [Element] {
        var result: [Element] = []
        result.reserveCapacity(Int(document.nodes[Int(index)].depth))
        var current = document.nodes[Int(index)].parent
        while current > 0 {
            result.append(Element(document: document, index: current))
            current = document.nodes[Int(current)].parent
        }
        return result
    }

    public var children: [Element] {
        var result: [Element] = []
        var child = document.nodes[Int(index)].firstChild
        while child != Node.none {
            if document.nodes[Int(child)].kind == .element { result.append(Element(document: document, index: child)) }
            child = document.nodes[Int(child)].nextSibling
        }
        return result
    }

    /// Indices of every node inside this element, in document order.
    public var descendantIndices: Range<Int> { Int(index) + 1..<Int(document.nodes[Int(index)].subtreeEnd) }

    public var descendants: [Element] {
        descendantIndices.lazy.filter { document.nodes[$0].kind == .element }.map { Element(document: document, index: Node.Index($0)) }
    }

    /// The one descendant element named `name` (lower case), or nil when there is none or more than one: a walk of
    /// the subtree that stops at the second, with no array of descendants built.
    func onlyDescendant(named name: String) -> Element? {
        let nodes = document.nodes
        var found = -1
        for i in descendantIndices where nodes[i].kind == .element && nodes.name(at: i) == name {
            if found >= 0 { return nil }
            found = i
        }
        return found < 0 ? nil : Element(document: document, index: Node.Index(found))
    }

    /// The text inside the element, as written (template tags included), with whitespace runs collapsed.
    public var textContent: String {
        var result = ""
        for i in descendantIndices where document.nodes[i].kind == .text && !document.nodes[i].isRawText {
            if !result.isEmpty { result += " " }
            result += document.text(document.nodes[i].range)
        }
        return result.collapsingWhitespace()
    }

    /// The parsed `style=""` attribute.
    public var inlineStyle: CSSDeclarationBlock? { document.inlineStyle(of: index) }
    /// The declarations of the element's `style=""`, without the rest of the block.
    public var inlineDeclarations: [CSSDeclaration]? { document.inlineDeclarations(of: index) }
    /// The winning declaration of `property` in the element's `style=""` (see `CSSDeclarationBlock.declaration`).
    public func inlineDeclaration(named property: String) -> CSSDeclaration? { document.inlineDeclaration(of: index, named: property) }
}

extension String {
    /// Runs of whitespace become one space; leading and trailing whitespace go.
    func collapsingWhitespace() -> String {
        if let ascii = asciiCollapsingWhitespace() { return ascii }
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in unicodeScalars {
            // ASCII decides without the Unicode property tables (most text is ASCII; same answer).
            let isWhitespace = scalar.value < 0x80 ? (scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value))
                : scalar.properties.isWhitespace
            if isWhitespace {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// The same for ASCII text, byte by byte (ASCII whitespace: tab, LF, VT, FF, CR, space); nil otherwise.
    private func asciiCollapsingWhitespace() -> String? {
        var text = self
        return text.withUTF8 { String.collapsingASCIIWhitespace($0) }
    }

    /// The ASCII bytes `collapsingASCIIWhitespace` collapses: space, tab, line feed, vertical tab, form feed,
    /// carriage return.
    @inline(__always) static func isCollapsibleASCIISpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }

    /// `collapsingWhitespace()` of ASCII bytes, written straight into the string's storage; nil when a byte is not
    /// ASCII.
    static func collapsingASCIIWhitespace(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
        return String(unsafeUninitializedCapacity: bytes.count) { result in
            var count = 0
            var pendingSpace = false
            for byte in bytes {
                if isCollapsibleASCIISpace(byte) {
                    pendingSpace = count > 0
                } else {
                    if pendingSpace {
                        result[count] = 0x20
                        count += 1
                    }
                    pendingSpace = false
                    result[count] = byte
                    count += 1
                }
            }
            return count
        }
    }
}
