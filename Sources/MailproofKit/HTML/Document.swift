import Foundation

/// A parsed file: its source, the element tree with exact ranges, template tags, conditional comments and CSS.
///
/// Built once per file by `Document.parse`, read by every rule, then dropped. It holds no libxml2 memory:
/// libxml2's own tree is never built (SAX only), and nothing is ever serialised back from it.
public final class Document: @unchecked Sendable {
    public let source: SourceFile
    /// The text with template tags replaced by same-length placeholders: what libxml2 and the CSS parser read.
    public let maskedBytes: [UInt8]
    /// All nodes in document order; index 0 is the document itself.
    public let nodes: [Node]
    public let attributes: [Attribute]
    public let templateLanguages: Set<TemplateLanguage>
    /// Template tags in source order.
    public let templateTags: [TemplateTag]
    public let templateProblems: [TemplateProblem]
    /// Bodies of `{% comment %}…{% endcomment %}` blocks: masked with spaces, so nothing in them is markup.
    public let templateCommentBodies: [ByteRange]
    /// Conditional-comment openers and closers in source order.
    public let conditionalMarkers: [ConditionalMarker]
    /// The scanner's tokens of the masked text (tags, comments, conditional markers), kept so that nothing
    /// scans the markup a second time.
    let markupTokens: [MarkupToken]
    public let parseErrors: [ParseError]
    /// Every `<style>` element's stylesheet, in source order.
    public let styleSheets: [StyleSheet]
    /// Every `style=""` attribute's declarations, in document order.
    public let inlineStyleBlocks: [InlineStyle]
    /// Each node's position in `inlineStyleBlocks`, or -1: rules ask every element for its style, and an array
    /// answers without hashing.
    private let inlineStyleSlots: [Int32]

    /// The declarations of the element's `style=""` attribute.
    @inline(__always) public func inlineStyle(of element: Node.Index) -> CSSDeclarationBlock? {
        let slot = inlineStyleSlots[Int(element)]
        return slot < 0 ? nil : inlineStyleBlocks[Int(slot)].block
    }

    /// The declarations of the element's `style=""`: one array, where `inlineStyle(of:)` copies the block's four.
    public func inlineDeclarations(of element: Node.Index) -> [CSSDeclaration]? {
        let slot = inlineStyleSlots[Int(element)]
        return slot < 0 ? nil : inlineStyleBlocks[Int(slot)].block.declarations
    }

    /// The declaration that wins for `property` in the element's `style=""`, read in place (`inlineStyle(of:)`
    /// copies the whole block, four arrays, to answer one name).
    public func inlineDeclaration(of element: Node.Index, named property: String) -> CSSDeclaration? {
        let slot = inlineStyleSlots[Int(element)]
        return slot < 0 ? nil : inlineStyleBlocks[Int(slot)].block.declaration(named: property)
    }

    /// Every `style=""` attribute's declarations, by element (made on each call: `inlineStyle(of:)` and
    /// `inlineStyleBlocks` read the same without building a dictionary).
    public var inlineStyles: [Node.Index: CSSDeclarationBlock] {
        Dictionary(uniqueKeysWithValues: inlineStyleBlocks.map { ($0.element, $0.block) })
    }
    /// Selector matching over this document, built on first use and shared by every reader (the cascade of the
    /// inliner and of the text appearance, hidden elements, the impact analysis): what it knows of the elements
    /// (`ElementFacts`) is worked out once per file, not once per reader.
    var selectorMatcher: SelectorMatcher {
        matcherLock.lock()
        defer { matcherLock.unlock() }
        if let sharedMatcher { return sharedMatcher }
        let matcher = SelectorMatcher(document: self)
        sharedMatcher = matcher
        return matcher
    }
    private var sharedMatcher: SelectorMatcher?
    private let matcherLock = NSLock()

    init(source: SourceFile, maskedBytes: [UInt8], nodes: [Node], attributes: [Attribute],
         templateLanguages: Set<TemplateLanguage>, templateScan: TemplateScan,
         conditionalMarkers: [ConditionalMarker], markupTokens: [MarkupToken], parseErrors: [ParseError]) {
        self.source = source
        self.maskedBytes = maskedBytes
        self.nodes = nodes
        self.attributes = attributes
        self.templateLanguages = templateLanguages
        self.templateTags = templateScan.tags
        self.templateProblems = templateScan.problems
        self.templateCommentBodies = templateScan.commentBodies
        self.conditionalMarkers = conditionalMarkers
        self.markupTokens = markupTokens
        self.parseErrors = parseErrors
        var sheets: [StyleSheet] = []
        var inline: [InlineStyle] = []
        var slots = [Int32](repeating: -1, count: nodes.count)
        // Attribute values hold character references (`&quot;`); CSS must see the characters. A copy is made
        // only when some style attribute needs it.
        var decodedForCSS: [UInt8]?
        for index in nodes.indices where nodes[index].kind == .element {
            // Fields read in place: a copy of each node retained and released its name.
            let firstChild = nodes[index].firstChild
            if nodes.name(at: index) == "style", firstChild != Node.none, nodes[Int(firstChild)].isRawText {
                let content = nodes[Int(firstChild)].range
                sheets.append(StyleSheet(element: Node.Index(index),
                                         stylesheet: CSSParser.parseStylesheet(bytes: maskedBytes, range: content)))
            }
            // Clients keep the first of duplicate attributes, and so does `Element.attribute(_:)`: a later
            // `style` must not stand in for it (the inliner would write one's declarations over the other's).
            if let attributeIndex = nodes[index].attributes.first(where: { attributes.name(at: Int($0)) == "style" }),
               let value = attributes[Int(attributeIndex)].valueRange {
                let block: CSSDeclarationBlock
                if maskedBytes[value.start..<value.end].contains(0x26 /* & */) {
                    if decodedForCSS == nil { decodedForCSS = maskedBytes }
                    CharacterReferences.decodeInPlace(&decodedForCSS!, range: value)
                    block = CSSParser.parseDeclarations(bytes: decodedForCSS!, range: value)
                } else {
                    block = CSSParser.parseDeclarations(bytes: maskedBytes, range: value)
                }
                slots[index] = Int32(inline.count)
                inline.append(InlineStyle(element: Node.Index(index), block: block))
            }
        }
        styleSheets = sheets
        inlineStyleBlocks = inline
        inlineStyleSlots = slots
    }

    /// Parses a source file: masks template tags, tokenizes, lets libxml2 build the structure, parses CSS.
    /// `languages` nil means: detect the template languages from the text.
    public static func parse(_ source: SourceFile, languages: Set<TemplateLanguage>? = nil) -> Document {
        parse(source, languages: languages, compactsParseText: true)
    }

    /// `compactsParseText` false hands libxml2 the whole text (`ParseCompaction`), for tests that compare the two.
    static func parse(_ source: SourceFile, languages: Set<TemplateLanguage>?, compactsParseText: Bool) -> Document {
        var masked = source.bytes
        // libxml2 stops at NUL and rejects invalid UTF-8; same-length stand-ins keep every offset true. Every such
        // byte, not only the ones the encoding findings list (at most 20 of them).
        if !source.encodingProblems.isEmpty { UTF8Validator.replaceInvalidBytes(&masked) }
        let active = languages ?? TemplateMasker.detectLanguages(in: source.bytes)
        let templateScan = TemplateMasker.mask(&masked, languages: active)
        blankTagsBeforeFirstMarkup(&masked, tags: templateScan.tags)
        let scanner = MarkupScanner(masked)

        var markers: [ConditionalMarker] = []
        // One copy of the masked text, with room for the NUL that ends it for libxml2: the compaction then
        // works in place.
        var parseBytes: [UInt8] = []
        parseBytes.reserveCapacity(masked.count + 1)
        parseBytes.append(contentsOf: masked)
        for token in scanner.tokens where token.kind == .conditionalOpen || token.kind == .conditionalClose {
            let isOpen = token.kind == .conditionalOpen
            markers.append(ConditionalMarker(
                kind: isOpen ? .open : .close, range: token.range,
                condition: isOpen ? String(decoding: masked[token.innerRange.start..<token.innerRange.end], as: UTF8.self) : "",
                revealed: token.revealed, scope: token.scope))
            // Blank the marker so libxml2 parses the conditional content as markup, as Outlook does.
            for k in token.range.start..<token.range.end where parseBytes[k] != 0x0A && parseBytes[k] != 0x0D {
                parseBytes[k] = 0x20
            }
        }
        LinkRenaming.apply(to: &parseBytes, tokens: scanner.tokens)
        let builder = LibXMLTreeBuilder(scanner: scanner, originalBytes: source.bytes, maskedBytes: masked)
        builder.build(ParseCompaction(consume parseBytes, scanner: scanner, cutting: compactsParseText))
        return Document(source: source, maskedBytes: masked, nodes: builder.nodes, attributes: builder.attributes,
                        templateLanguages: active, templateScan: templateScan,
                        conditionalMarkers: markers, markupTokens: scanner.tokens, parseErrors: builder.errors)
    }

    /// Template tags before the first tag of the file (`{{ define "header" }}`, `{% layout %}`) produce no
    /// content; as placeholder text they would make libxml2 start a body before the doctype.
    private static func blankTagsBeforeFirstMarkup(_ masked: inout [UInt8], tags: [TemplateTag]) {
        guard let firstTag = masked.firstIndex(of: 0x3C /* < */) else { return }
        for tag in tags where tag.range.end <= firstTag && tag.isTerminated {
            for k in tag.range.start..<tag.range.end where masked[k] != 0x0A && masked[k] != 0x0D { masked[k] = 0x20 }
        }
    }

    // MARK: - Reading the tree

    public var root: Element { Element(document: self, index: 0) }

    public func element(_ index: Node.Index) -> Element { Element(document: self, index: index) }

    /// Every element in document order.
    public var elements: [Element] {
        nodes.indices.lazy.filter { self.nodes[$0].kind == .element }.map { Element(document: self, index: Node.Index($0)) }
    }

    /// Every element with the given lower-case tag name, in document order.
    public func elements(named name: String) -> [Element] {
        // Lengths first: they are stored in the strings, and most tag names differ in length from the one asked.
        let length = name.utf8.count
        var found: [Element] = []
        for index in nodes.indices where nodes[index].kind == .element {
            let own = nodes.name(at: index)
            if own.utf8.count == length, own == name { found.append(Element(document: self, index: Node.Index(index))) }
        }
        return found
    }

    /// The deepest element whose range holds `offset` (the root when none does).
    public func innermostElement(containing offset: Int) -> Element {
        // Down the child links: no array of children made at each level.
        var current: Node.Index = 0
        descending: while true {
            var child = nodes[Int(current)].firstChild
            while child != Node.none {
                let c = Int(child)
                if nodes[c].kind == .element, nodes[c].range.start <= offset, offset < nodes[c].range.end {
                    current = child
                    continue descending
                }
                child = nodes[c].nextSibling
            }
            return element(current)
        }
    }

    /// The attribute whose value holds `range`, if any.
    public func attribute(holding range: ByteRange) -> Attribute? {
        let element = innermostElement(containing: range.start)
        return element.attributes.first { attribute in
            attribute.valueRange.map { $0.start <= range.start && range.end <= $0.end } ?? false
        }
    }

    /// The original text of a range (template tags as written, not masked).
    public func text(_ range: ByteRange) -> String { source.text(range) }

    /// Template tags that overlap `range`.
    public func templateTags(overlapping range: ByteRange) -> ArraySlice<TemplateTag> {
        var low = 0
        var high = templateTags.count
        while low < high {
            let mid = (low + high) / 2
            if templateTags[mid].range.end <= range.start { low = mid + 1 } else { high = mid }
        }
        var end = low
        while end < templateTags.count, templateTags[end].range.start < max(range.end, range.start + 1) { end += 1 }
        return templateTags[low..<end]
    }

    /// Whether the bytes of `text` (ASCII) occur in the file's bytes within `range`.
    func containsBytes(_ text: StaticString, in range: ByteRange) -> Bool {
        precondition(text.isASCII, "containsBytes searches for ASCII text")
        return source.bytes.withUnsafeBufferPointer { bytes in
            ASCIISearch.firstIndex(of: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount),
                                   in: UnsafeBufferPointer(rebasing: bytes[range.start..<range.end])) != nil
        }
    }

    /// Whether `range` holds a template tag (a merge tag in a URL is not a relative URL, an empty alt is not empty…).
    public func containsTemplateTag(_ range: ByteRange) -> Bool { !templateTags(overlapping: range).isEmpty }

    /// Whether `edit` writes inside a template tag, or removes one that its replacement does not write again whole:
    /// tags are the customer's data, so neither a fix nor the inliner may make such an edit.
    public func cutsTemplateTag(_ edit: TextEdit) -> Bool {
        templateTags(overlapping: edit.range).contains { tag in
            if edit.range.isEmpty { return tag.range.start < edit.range.start && edit.range.start < tag.range.end }
            guard tag.range.start < edit.range.end && edit.range.start < tag.range.end else { return false }
            return !edit.range.contains(tag.range) || !edit.replacement.contains(text(tag.range))
        }
    }
}

/// A `<style>` element and its parsed stylesheet.
public struct StyleSheet: Sendable {
    public var element: Node.Index
    public var stylesheet: CSSStylesheet
}
