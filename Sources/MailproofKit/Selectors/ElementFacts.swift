/// What selector matching asks about every element of a document, computed once in one pass: element-only
/// family links, positions among siblings, classes, id and decoded attribute values.
///
/// Elements inside Outlook conditional comments are ordinary elements here (the parser already put them in the
/// tree), so selectors reach them exactly as Outlook's Word engine and every other client would.
final class ElementFacts {
    /// The document's nodes, attributes and masked text, not the document itself: the document keeps its matcher,
    /// and with it these facts (`Document.selectorMatcher`), so a reference back would be a cycle.
    let nodes: [Node]
    let attributes: [Attribute]
    let maskedBytes: [UInt8]
    /// Per node index; -1 when absent or not an element.
    let parentElement: [Int32]
    let previousElement: [Int32]
    let nextElement: [Int32]
    /// 1-based position among element siblings, and the count of them; likewise among siblings of the same name.
    let position: [Int32]
    let siblingCount: [Int32]
    /// Only `:*-of-type` selectors need these, and they are rare: counted on first use.
    var typePosition: [Int32] { typeFacts.position }
    var typeCount: [Int32] { typeFacts.count }
    private lazy var typeFacts: (position: [Int32], count: [Int32]) = Self.typeFacts(nodes)
    /// Classes and id as written (case-sensitive), from the masked text with character references decoded.
    let classes: [[String]]
    let ids: [String?]
    /// For each element, the `AncestorFilter` bits of the names, classes and ids of all its ancestors.
    let ancestorBits: [UInt64]
    /// The elements by id, class and tag name; made on first use (the inliner never asks).
    private(set) lazy var candidates = MatchCandidates(self)

    init(_ document: Document) {
        self.nodes = document.nodes
        self.attributes = document.attributes
        self.maskedBytes = document.maskedBytes
        // Built in locals and stored once: the properties are constants, so reading them while matching needs
        // no exclusivity checks.
        let count = document.nodes.count
        var parentElement = [Int32](repeating: -1, count: count)
        var previousElement = [Int32](repeating: -1, count: count)
        var nextElement = [Int32](repeating: -1, count: count)
        var position = [Int32](repeating: 0, count: count)
        var siblingCount = [Int32](repeating: 0, count: count)
        var classes = [[String]](repeating: [], count: count)
        var ids = [String?](repeating: nil, count: count)
        var ancestorBits = [UInt64](repeating: 0, count: count)
        let nodes = document.nodes
        for parent in nodes.indices where nodes[parent].kind == .element || parent == 0 {
            var child = nodes[parent].firstChild
            var previous: Int32 = -1
            var index: Int32 = 0
            while child != Node.none {
                let c = Int(child)
                if nodes[c].kind == .element {
                    index += 1
                    position[c] = index
                    parentElement[c] = parent == 0 ? -1 : Int32(parent)
                    previousElement[c] = previous
                    if previous >= 0 { nextElement[Int(previous)] = child }
                    previous = child
                }
                child = nodes[c].nextSibling
            }
            // The count is known once the children are walked: a second walk writes it (no list of them).
            child = nodes[parent].firstChild
            while child != Node.none {
                let c = Int(child)
                if nodes[c].kind == .element { siblingCount[c] = index }
                child = nodes[c].nextSibling
            }
        }
        for index in nodes.indices where nodes[index].kind == .element {
            for a in nodes[index].attributes {
                // The name and value range read in place, not a copy of each attribute.
                let name = document.attributes.name(at: Int(a))
                if name.hasSameText(as: "class"), classes[index].isEmpty {
                    classes[index] = Self.classNames(in: Self.value(of: document.attributes[Int(a)].valueRange, in: document.maskedBytes))
                } else if name.hasSameText(as: "id"), ids[index] == nil {
                    ids[index] = Self.value(of: document.attributes[Int(a)].valueRange, in: document.maskedBytes)
                }
            }
        }
        // Nodes are in preorder, so a parent's bits are final before its children's.
        for index in nodes.indices where nodes[index].kind == .element {
            let parent = Int(parentElement[index])
            guard parent >= 0 else { continue }
            var own = AncestorFilter.bit(.type, nodes.name(at: parent))
            for name in classes[parent] { own |= AncestorFilter.bit(.className, name) }
            if let id = ids[parent] { own |= AncestorFilter.bit(.id, id) }
            ancestorBits[index] = ancestorBits[parent] | own
        }
        self.parentElement = parentElement
        self.previousElement = previousElement
        self.nextElement = nextElement
        self.position = position
        self.siblingCount = siblingCount
        self.classes = classes
        self.ids = ids
        self.ancestorBits = ancestorBits
    }

    /// The class names of a `class` value, split at spaces, tabs, line feeds, carriage returns and form feeds
    /// taken as characters (so `\r\n`, one character, does not split).
    private static func classNames(in value: String) -> [String] {
        // ASCII without "\r\n", the usual case: every separator byte is a separator character, so the names are
        // cut straight from the bytes (a short name is a small string: no allocation).
        var text = value
        let names: [String]? = text.withUTF8 { bytes in
            var previous: UInt8 = 0
            for byte in bytes {
                if byte >= 0x80 || (previous == 0x0D && byte == 0x0A) { return nil }
                previous = byte
            }
            var names: [String] = []
            var start = 0
            for k in 0...bytes.count where k == bytes.count || isSeparator(bytes[k]) {
                if k > start { names.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<k]), as: UTF8.self)) }
                start = k + 1
            }
            return names
        }
        if let names { return names }
        return value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{0C}" }).map(String.init)
    }

    @inline(__always) private static func isSeparator(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }

    /// 1-based position among element siblings of the same name, and the count of them.
    private static func typeFacts(_ nodes: [Node]) -> (position: [Int32], count: [Int32]) {
        var position = Array(repeating: Int32(0), count: nodes.count)
        var count = Array(repeating: Int32(0), count: nodes.count)
        for parent in nodes.indices where nodes[parent].kind == .element || parent == 0 {
            var child = nodes[parent].firstChild
            var byName: [String: Int32] = [:]
            var members: [Int32] = []
            while child != Node.none {
                let c = Int(child)
                if nodes[c].kind == .element {
                    let n = (byName[nodes.name(at: c)] ?? 0) + 1
                    byName[nodes.name(at: c)] = n
                    position[c] = n
                    members.append(child)
                }
                child = nodes[c].nextSibling
            }
            for m in members { count[Int(m)] = byName[nodes.name(at: Int(m))] ?? 0 }
        }
        return (position, count)
    }

    func isElement(_ index: Int32) -> Bool { index >= 0 && nodes[Int(index)].kind == .element }

    func name(_ index: Int32) -> String { nodes.name(at: Int(index)) }

    /// The attribute's value as a browser sees it (character references decoded; template tags masked), or nil.
    func attributeValue(_ index: Int32, _ name: String) -> String? {
        for a in nodes[Int(index)].attributes where attributes.name(at: Int(a)).hasSameText(as: name) {
            return Self.value(of: attributes[Int(a)].valueRange, in: maskedBytes)
        }
        return nil
    }

    private static func value(of valueRange: ByteRange?, in maskedBytes: [UInt8]) -> String {
        guard let range = valueRange else { return "" }
        let slice = maskedBytes[range.start..<range.end]
        guard slice.contains(0x26 /* & */) else { return String(decoding: slice, as: UTF8.self) }
        var copy = Array(slice)
        CharacterReferences.decodeInPlace(&copy, range: ByteRange(start: 0, end: copy.count))
        // Decoding pads with spaces to keep offsets; a value compared as text must lose them again.
        return Self.removingPadding(copy, original: Array(slice))
    }

    /// Drops the spaces `decodeInPlace` used as padding (bytes that were part of a reference, now spaces).
    private static func removingPadding(_ decoded: [UInt8], original: [UInt8]) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(decoded.count)
        var inReference = false
        for k in decoded.indices {
            if original[k] == 0x26 { inReference = true }
            if !(inReference && decoded[k] == 0x20 && original[k] != 0x20) { result.append(decoded[k]) }
            if original[k] == 0x3B { inReference = false }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Whether the element has no element children and no text (comments do not count).
    func isEmpty(_ index: Int32) -> Bool {
        var child = nodes[Int(index)].firstChild
        while child != Node.none {
            // Fields read in place: a copy of the node would copy its name.
            let c = Int(child)
            if nodes[c].kind == .element || (nodes[c].kind == .text && !nodes[c].range.isEmpty) { return false }
            child = nodes[c].nextSibling
        }
        return true
    }
}

/// A 64-bit Bloom filter of the tag names, classes and ids on an element's ancestors. A selector such as
/// `.footer td` can only match a `td` whose ancestors include the `.footer` bit, so most elements are ruled out
/// with one AND instead of a walk up the tree. Equal strings have equal bits: a missing bit proves no match;
/// a present bit proves nothing (the full match decides).
enum AncestorFilter {
    enum Kind: UInt64 {
        case type = 1, className = 2, id = 3
    }

    static func bit(_ kind: Kind, _ text: String) -> UInt64 {
        // Read from the string's contiguous bytes: `utf8.last` and an offset index walk the view.
        var text = text
        return text.withUTF8 { utf8 in
            let count = utf8.count
            var hash = kind.rawValue &* 0x9E37_79B9 &+ UInt64(count) &* 0x85EB_CA6B
            if count > 0 {
                hash = (hash ^ UInt64(utf8[0])) &* 0x0100_0000_01B3
                hash = (hash ^ UInt64(utf8[count - 1])) &* 0x0100_0000_01B3
            }
            if count > 2 { hash = (hash ^ UInt64(utf8[count / 2])) &* 0x0100_0000_01B3 }
            return 1 << ((hash >> 29) & 63)
        }
    }

    /// The bits an element's ancestors must all carry for `selector` to match it: the names, classes and ids of
    /// the compounds linked to the subject by descendant and child combinators only.
    static func required(by selector: CSSComplexSelector) -> UInt64 {
        let compounds = selector.compounds
        var bits: UInt64 = 0
        var k = compounds.count - 1
        while k > 0 {
            switch compounds[k].combinator ?? .descendant {
            case .descendant, .child: break
            case .nextSibling, .subsequentSibling: return bits
            }
            // By index: a `for in` copied each simple selector, whatever its kind.
            let components = compounds[k - 1].components
            for c in components.indices {
                switch components[c].kind {
                case .type(let name): bits |= bit(.type, name)
                case .className(let name): bits |= bit(.className, name)
                case .id(let id): bits |= bit(.id, id)
                default: continue
                }
            }
            k -= 1
        }
        return bits
    }
}
