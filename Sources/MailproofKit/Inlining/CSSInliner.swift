/// Moves `<style>` rules onto the `style` attributes of the elements they match, with the cascade users know
/// from juice and css-inline: `!important`, then specificity, then source order; an existing inline declaration
/// beats every stylesheet declaration but an `!important` one.
///
/// The result is text edits to the original bytes: only `style` attribute values (or a new `style` attribute
/// right after the tag name, where no template logic in the start tag can swallow it) and the inlined rules in
/// the `<style>` blocks change. What cannot be inlined — `@media`, `@supports`, `@font-face`, `@keyframes`,
/// `:hover`, `::before`, rules holding template logic — stays in its block, each distinct rule once.
/// Elements inside Outlook conditional comments are styled like any other.
public struct CSSInliner {
    public var options: InlineOptions

    public init(options: InlineOptions = InlineOptions()) {
        self.options = options
    }

    public struct Result {
        public var edits: [TextEdit]
        /// Elements whose `style` attribute was written or changed.
        public var styledElements: Int
        /// `<style>` blocks left alone, with why (for the CLI to say).
        public var leftAlone: [(range: ByteRange, reason: String)]
    }

    /// Inlines a source file and returns the new bytes.
    public func inline(_ source: SourceFile) -> [UInt8] {
        let result = inline(Document.parse(source))
        return TextEdit.apply(result.edits, to: source.bytes).result
    }

    public func inline(_ document: Document) -> Result {
        let blocks = TemplateBlockStructure(tags: document.templateTags).blocks
        var leftAlone: [(ByteRange, String)] = []
        var eligible: [StyleSheet] = []
        for sheet in document.styleSheets {
            switch StyleSheetEligibility.of(sheet, in: document, blocks: blocks) {
            case .inline: eligible.append(sheet)
            case .leave(let reason): leftAlone.append((document.element(sheet.element).range, reason))
            }
        }
        let cascade = StyleCascade(document: document, sheets: eligible)
        guard !cascade.isEmpty else { return Result(edits: [], styledElements: 0, leftAlone: leftAlone) }

        var edits: [TextEdit] = []
        var styled = 0
        for nodeIndex in document.nodes.indices where document.nodes[nodeIndex].kind == .element {
            let element = document.element(Node.Index(nodeIndex))
            // No start tag in the source (an implied <body>): nowhere to write an attribute.
            guard !element.isImplied, !element.startTagRange.isEmpty else { continue }
            // Elements that render nothing gain nothing from a style attribute.
            if Self.unrendered.contains(element.name) { continue }
            if element.value("data-css-inline")?.lowercased() == "ignore" { continue }
            let winners = cascade.winningDeclarations(for: element.index)
            guard !winners.isEmpty else { continue }
            // Where the start tag is broken by a template tag (`<ta{% comment %}ble …>`), the place after the
            // tag name can fall inside the template tag: such an element is left as it is.
            if let edit = styleEdit(for: element, winners: winners), !edit.contains(where: document.cutsTemplateTag) {
                edits.append(contentsOf: edit)
                styled += 1
            }
        }
        if !options.keepStyleTags {
            // A rule's template output tags move with its declarations; where a declaration reached no element
            // (nothing matched, or it lost the cascade everywhere), cutting the rule would lose the tag.
            lazy var written = edits.map(\.replacement).joined()
            let losesTag: (ByteRange) -> Bool = { range in
                document.templateTags(overlapping: range).contains { !written.contains(document.text($0.range)) }
            }
            edits += StyleBlockPruning.edits(for: eligible.filter { !StyleSheetEligibility.keepsBlock($0, in: document) },
                                             rules: cascade.rules, ruleForRange: cascade.ruleForRange, document: document,
                                             keeping: losesTag)
        }
        return Result(edits: edits, styledElements: styled, leftAlone: leftAlone)
    }

    static let unrendered: Set<String> = ["head", "title", "meta", "link", "style", "script", "base"]

    /// The edits that write the element's new `style` value (and size attributes when asked).
    private func styleEdit(for element: Element, winners: [CascadeWinner]) -> [TextEdit]? {
        let existing = element.attribute("style")
        // An unquoted value that holds a double quote (`style= title="x"`) keeps its text inside single quotes.
        let unquotedHoldsQuote = existing?.quote == nil && existing?.valueRange.map { element.document.text($0).contains("\"") } == true
        let quote: Character = existing?.quote ?? (unquotedHoldsQuote ? "'" : "\"")
        guard let merged = StyleAttributeMerge.merge(winners: winners, into: element, quote: quote) else { return nil }
        let sizes = options.applySizeAttributes ? SizeAttributes.attributes(for: element, declarations: merged.declarations) : ""
        var edits: [TextEdit] = []
        if let existing {
            if let valueRange = existing.valueRange, existing.quote != nil {
                edits.append(TextEdit(range: valueRange, replacement: merged.value))
            } else {
                // `style=color:red` or a bare `style`: write a quoted value in place of what was there.
                let range = existing.valueRange ?? .empty(at: existing.nameRange.end)
                let replacement = existing.valueRange == nil ? "=\"\(merged.value)\"" : "\(quote)\(merged.value)\(quote)"
                edits.append(TextEdit(range: range, replacement: replacement))
            }
            if !sizes.isEmpty { edits.append(.insert(sizes, at: tagNameEnd(element))) }
        } else {
            edits.append(.insert(" style=\"\(merged.value)\"" + sizes, at: tagNameEnd(element)))
        }
        return edits
    }

    /// Just past the tag name of the element's start tag.
    private func tagNameEnd(_ element: Element) -> Int {
        let bytes = element.document.source.bytes
        var k = element.startTagRange.start + 1
        while k < element.startTagRange.end {
            let b = bytes[k]
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C || b == 0x2F || b == 0x3E { break }
            k += 1
        }
        return k
    }
}
