/// Finds every caniemail feature a document uses, with its exact range and the context a compatibility rule
/// needs (client scope, conditional at-rule, fallback, `mso-hide:all`, VML).
///
/// One pass over the nodes in document order; each `<style>` sheet and `style=""` block is read when its element is
/// reached, so the element's scope and hidden state apply to it. Lookups are dictionary hits on names the parsers
/// already lowercased; strings are only built for short CSS names and attribute values that select a feature.
public enum FeatureDetector {
    /// Occurrences sorted by position.
    public static func detect(in document: Document) -> [FeatureOccurrence] {
        scan(document).occurrences
    }

    /// Occurrences sorted by position, with the style rules their context points to.
    public static func scan(_ document: Document) -> FeatureDetection {
        let cssBytes = decodedStyleAttributes(document)
        return document.maskedBytes.withUnsafeBufferPointer { html in
            (cssBytes ?? document.maskedBytes).withUnsafeBufferPointer { css in
                let scan = FeatureScan(document: document, html: html, css: css)
                scan.run()
                // The scan walks the document in order and sorts each start tag's, rule's and declaration's uses as
                // it goes, so the list is nearly always sorted already: check before sorting (a sort copies a few
                // hundred kilobytes of occurrences for a large template). In place and stable either way, so the
                // order is the same.
                let precedes = FeatureScan.precedes
                // Read in place: a second reference to the array would make the sort copy it after all.
                var inOrder = true
                for k in scan.occurrences.indices.dropFirst() where precedes(scan.occurrences[k].range, scan.occurrences[k - 1].range) {
                    inOrder = false
                    break
                }
                if !inOrder { scan.occurrences.sort { precedes($0.range, $1.range) } }
                return FeatureDetection(occurrences: scan.occurrences, styleRules: scan.styleRules)
            }
        }
    }

    /// The bytes the CSS of `style=""` attributes was parsed from: the document decodes character references in
    /// them (same length) before parsing, so token ranges point into that copy. Nil when no attribute needed it.
    private static func decodedStyleAttributes(_ document: Document) -> [UInt8]? {
        var decoded: [UInt8]?
        for attribute in document.attributes where attribute.name == "style" {
            guard let value = attribute.valueRange,
                  document.maskedBytes[value.start..<value.end].contains(0x26 /* & */) else { continue }
            if decoded == nil { decoded = document.maskedBytes }
            CharacterReferences.decodeInPlace(&decoded!, range: value)
        }
        return decoded
    }
}

/// What one detection pass found: the occurrences, and the `<style>` rules that `OccurrenceContext.styleRule`
/// points into (so that a rule can weigh a selector by the declarations it carries).
public struct FeatureDetection: Sendable {
    public var occurrences: [FeatureOccurrence]
    public var styleRules: [CSSStyleRule]
}

/// The state of one detection pass. It belongs to one document on one thread, its methods run one at a time, and
/// none hands one of the mutable properties to code that could reach it again: they are `@exclusivity(unchecked)`,
/// sparing the runtime's dynamic exclusivity checks on every occurrence, declaration and value token.
final class FeatureScan {
    let document: Document
    /// The masked HTML (template tags replaced by same-length placeholders).
    let html: UnsafeBufferPointer<UInt8>
    /// What the CSS ranges point into (the masked HTML with character references in `style=""` decoded).
    let css: UnsafeBufferPointer<UInt8>
    let hasTemplateTags: Bool
    @exclusivity(unchecked) var occurrences: [FeatureOccurrence] = []

    /// Context of the node being read.
    @exclusivity(unchecked) var scope = ClientScope.everyone
    @exclusivity(unchecked) var hidden = false
    @exclusivity(unchecked) var inVML = false
    /// The element being read (nil inside a `<style>` sheet) and the style rule being read (nil outside one).
    @exclusivity(unchecked) var element: Node.Index?
    @exclusivity(unchecked) var styleRule: Int?
    @exclusivity(unchecked) var styleRules: [CSSStyleRule] = []
    /// Reused buffers, so reading a block allocates nothing once they have grown.
    @exclusivity(unchecked) var seenProperties: [String] = []
    @exclusivity(unchecked) var openFunctions: [(start: Int, feature: FeatureID?, isURL: Bool)] = []
    /// The comments of the `<style>` sheet being read, emitted among its rules' uses by position so that the list
    /// stays in order; `commentCursor` is the first not emitted yet.
    @exclusivity(unchecked) var sheetComments: [ByteRange] = []
    @exclusivity(unchecked) var commentCursor = 0
    /// The tables read for every element and attribute, fetched once per document rather than through a lazy
    /// global's check at every use.
    let elementTable = HTMLFeatures.elementTable
    let attributeTable = HTMLFeatures.attributeTable
    let valueReads = FeatureScan.attributeValueReads

    init(document: Document, html: UnsafeBufferPointer<UInt8>, css: UnsafeBufferPointer<UInt8>) {
        self.document = document
        self.html = html
        self.css = css
        self.hasTemplateTags = !document.templateTags.isEmpty
        // Elements and their attributes make most uses: room for a few per node at once, not grown by doubling.
        occurrences.reserveCapacity(max(256, document.nodes.count * 2))
    }

    @inline(__always) func emit(_ feature: FeatureID, _ range: ByteRange, conditional: ByteRange? = nil, fallback: Bool = false) {
        if commentCursor < sheetComments.count, sheetComments[commentCursor].start < range.start {
            emitComments(before: range.start)
        }
        occurrences.append(FeatureOccurrence(
            feature: feature, range: range, scope: scope,
            context: OccurrenceContext(conditionalAtRule: conditional, hasFallback: fallback,
                                       hiddenFromWordEngine: hidden, inVML: inVML, element: element,
                                       styleRule: styleRule)))
    }

    /// A template tag masked in a value is not a unit, keyword or image format.
    @inline(__always) func isTemplated(_ range: ByteRange) -> Bool {
        hasTemplateTags && document.containsTemplateTag(range)
    }

    func run() {
        let nodes = document.nodes
        let sheets = document.styleSheets
        var sheetCursor = 0
        var hiddenEnd = 0
        var vmlEnd = 0
        for i in 1..<max(1, nodes.count) {
            // Fields read in place: a copy of each node retained and released its name.
            scope = nodes[i].scope
            hidden = i < hiddenEnd
            inVML = i < vmlEnd
            element = Node.Index(i)
            switch nodes[i].kind {
            case .doctype:
                if isHTML5Doctype(nodes[i].innerRange) { emit(HTMLFeatures.doctypeFeature, nodes[i].range) }
            case .comment:
                emit(HTMLFeatures.commentsFeature, nodes[i].range)
            case .element:
                let name = nodes.name(at: i)
                if isVML(name) { vmlEnd = max(vmlEnd, Int(nodes[i].subtreeEnd)) }
                let block = document.inlineStyle(of: Node.Index(i))
                if let block, hidesFromWordEngine(block) { hiddenEnd = max(hiddenEnd, Int(nodes[i].subtreeEnd)) }
                hidden = i < hiddenEnd
                inVML = i < vmlEnd
                let tagStart = occurrences.count
                scanElement(i)
                if let block {
                    for comment in block.comments { emit(CSSFeatures.commentsFeature, comment) }
                    scanDeclarations(block.declarations, conditional: nil, readImages: true)
                }
                sortTail(from: tagStart)
                if name == "style" {
                    while sheetCursor < sheets.count, Int(sheets[sheetCursor].element) < i { sheetCursor += 1 }
                    if sheetCursor < sheets.count, Int(sheets[sheetCursor].element) == i {
                        element = nil
                        scanStylesheet(sheets[sheetCursor].stylesheet)
                    }
                }
            case .text, .document:
                break
            }
        }
    }

    /// Occurrence order: by start, then by end.
    static let precedes = { (a: ByteRange, b: ByteRange) in a.start != b.start ? a.start < b.start : a.end < b.end }

    /// Sorts the uses found in one start tag (the element, its attributes, then its `style=""`, which may come
    /// before other attributes), one rule's selectors (the selector list before its first selector, chaining after
    /// the classes it chains) or one declaration (`!important` is found before the units it follows, a function
    /// after the units inside it): a stable insertion sort of a few items, so the whole list rarely needs a sort.
    @inline(__always) func sortTail(from start: Int) {
        // Most declarations yield one use or none: nothing to sort, and no call.
        if occurrences.count - start > 1 { sortSeveral(from: start) }
    }

    private func sortSeveral(from start: Int) {
        for k in (start + 1)..<occurrences.count {
            guard Self.precedes(occurrences[k].range, occurrences[k - 1].range) else { continue }
            let moving = occurrences[k]
            var j = k
            while j > start, Self.precedes(moving.range, occurrences[j - 1].range) {
                occurrences[j] = occurrences[j - 1]
                j -= 1
            }
            occurrences[j] = moving
        }
    }

    /// `v:roundrect`, `o:lock`…: VML and Office elements, rendered by Outlook's Word engine only.
    private func isVML(_ name: String) -> Bool {
        let utf8 = name.utf8
        guard utf8.count > 2 else { return false }
        var iterator = utf8.makeIterator()
        let first = iterator.next()
        return iterator.next() == 0x3A /* : */ && (first == 0x76 /* v */ || first == 0x6F /* o */)
    }

    /// `mso-hide: all` in a `style=""` block (the last `mso-hide` wins, as in the cascade).
    private func hidesFromWordEngine(_ block: CSSDeclarationBlock) -> Bool {
        var hides = false
        for declaration in block.declarations where declaration.property == "mso-hide" {
            hides = CSSBytes.equalsLowercase(css, declaration.valueRange, "all")
        }
        return hides
    }

    /// `<!DOCTYPE html>` (any case and spacing, optionally with the `about:legacy-compat` string), not the HTML 4 or
    /// XHTML doctypes with a public identifier.
    private func isHTML5Doctype(_ inner: ByteRange) -> Bool {
        var k = inner.start
        let end = inner.end
        func skipSpace() { while k < end, CSSBytes.isWhitespace(html[k]) { k += 1 } }
        func word(_ literal: StaticString) -> Bool {
            let n = literal.utf8CodeUnitCount
            guard k + n <= end, CSSBytes.equalsLowercase(html, ByteRange(start: k, length: n), literal) else { return false }
            k += n
            return true
        }
        guard word("doctype") else { return false }
        skipSpace()
        guard word("html") else { return false }
        skipSpace()
        if k == end { return true }
        return word("system")
    }
}
