/// One node of a parsed document. Nodes live in `Document.nodes` in document order (a preorder walk is a loop
/// over the array) and point at each other by index, so deep documents need no recursion and no reference
/// counting.
public struct Node: Sendable {
    public enum Kind: UInt8, Sendable {
        case document
        case element
        case text
        case comment
        case doctype
    }

    public typealias Index = Int32
    public static let none: Index = -1

    public var kind: Kind
    /// Lower-case tag name for elements; empty for other kinds.
    public var name: String
    /// The whole node: for an element, from its start tag through its end tag (or its last child when the end
    /// tag is implied).
    public var range: ByteRange
    /// Elements: the start tag (empty when libxml2 implied the element). Comments and doctypes: the text
    /// between the delimiters. Text: the text.
    public var innerRange: ByteRange
    /// Elements: the end tag, when it is written in the source.
    public var endTagRange: ByteRange?
    /// Indices into `Document.attributes`.
    public var attributes: Range<Int32>
    public var parent: Index
    public var firstChild: Index = Node.none
    public var lastChild: Index = Node.none
    public var nextSibling: Index = Node.none
    public var depth: Int32
    /// One past the index of this node's last descendant: its subtree is `index..<subtreeEnd` in document order.
    public var subtreeEnd: Index = Node.none
    /// Which clients see this node, from the Outlook conditional comments around it.
    public var scope: ClientScope
    /// The element has no start tag in the source: libxml2 implied it (html, body, head…).
    public var isImplied: Bool
    /// Raw text: the content of <style> or <script>.
    public var isRawText: Bool = false
}

/// An attribute of an element, with its name and value located separately in the source.
public struct Attribute: Sendable {
    /// Lower-cased name.
    public var name: String
    public var nameRange: ByteRange
    /// The value without quotes; nil for a valueless attribute (`<td nowrap>`).
    public var valueRange: ByteRange?
    /// `"`, `'`, or nil when the value is unquoted.
    public var quote: Character?
    /// The whole attribute, name through closing quote.
    public var range: ByteRange
    public var element: Node.Index
}

/// An element's `style=""` attribute, parsed.
public struct InlineStyle: Sendable {
    public var element: Node.Index
    public var block: CSSDeclarationBlock
}

// Reading `array[i].name` copies the whole element first (a node is 112 bytes, an attribute 96, their strings
// retained and released) before taking the one field: the compiler does not narrow that copy. Through a pointer
// only the name is loaded. Rules and analyses read a name per element, many times over.
extension Array where Element == Node {
    /// `self[index].name`, without copying the node.
    @inline(__always) func name(at index: Int) -> String {
        precondition(index >= 0 && index < count, "node index out of range")
        return withUnsafeBufferPointer { ($0.baseAddress! + index).pointer(to: \.name)!.pointee }
    }
}

extension Array where Element == Attribute {
    /// `self[index].name`, without copying the attribute.
    @inline(__always) func name(at index: Int) -> String {
        precondition(index >= 0 && index < count, "attribute index out of range")
        return withUnsafeBufferPointer { ($0.baseAddress! + index).pointer(to: \.name)!.pointee }
    }
}
