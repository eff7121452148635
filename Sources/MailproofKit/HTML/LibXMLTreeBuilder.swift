import CLibXML2

/// Builds a `Document`'s node tree from libxml2's SAX events, placing every node with `MarkupScanner`'s ranges.
///
/// libxml2 decides the structure (implied html/body/p, implied end tags, recovery from broken markup); the
/// scanner knows where each tag is. They meet at `xmlByteConsumed`, which in a start-element callback is the
/// offset of the start tag's `>` and in an end-element callback is just past an explicit end tag's `>` (for an
/// implied end it points at whatever tag caused it).
///
/// The state the callbacks touch for every element is marked `@exclusivity(unchecked)`: a builder belongs to one
/// parse on one thread, its methods run one at a time from libxml2's synchronous callbacks, and none of them
/// hands one of these properties to code that could reach it again, so the runtime's dynamic exclusivity checks
/// (a third of the callbacks' instructions) can never fire here.
final class LibXMLTreeBuilder {
    private let scanner: MarkupScanner
    @exclusivity(unchecked) private var context: htmlParserCtxtPtr?
    @exclusivity(unchecked) private(set) var nodes: [Node] = []
    @exclusivity(unchecked) private(set) var attributes: [Attribute] = []
    private(set) var errors: [ParseError] = []
    private let originalBytes: [UInt8]
    /// The masked text libxml2 parses: tag and attribute names are read from it, as libxml2 reads them.
    private let maskedBytes: [UInt8]
    @exclusivity(unchecked) private var openElements: [Node.Index] = [0]
    /// What libxml2 parses, and the way from its offsets back to the file's.
    @exclusivity(unchecked) private var compaction: ParseCompaction?
    /// Next token to attach as content (text, comments, doctypes) when the parse reaches it.
    @exclusivity(unchecked) private var contentCursor = 0
    /// End tags that closed an element left open; libxml2's own "mismatch" report about them is redundant.
    private var closersOfUnclosedElements = Set<ByteRange>()
    /// Where `tokenIndex(endingAt:kind:)` last landed.
    private var tokenCursor = 0

    init(scanner: MarkupScanner, originalBytes: [UInt8], maskedBytes: [UInt8]) {
        self.maskedBytes = maskedBytes
        self.scanner = scanner
        self.originalBytes = originalBytes
        nodes.reserveCapacity(scanner.tokens.count + 4)
        attributes.reserveCapacity(scanner.attributes.count)
        nodes.append(Node(kind: .document, name: "", range: ByteRange(start: 0, end: originalBytes.count),
                          innerRange: ByteRange(start: 0, end: originalBytes.count), endTagRange: nil,
                          attributes: 0..<0, parent: Node.none, depth: 0, scope: .everyone, isImplied: false))
    }

    /// Parses the compacted parse text (the masked text, with conditional-comment markers blanked and what cannot
    /// change the tree cut out) and builds the tree.
    func build(_ compaction: ParseCompaction) {
        self.compaction = compaction
        let parseBytes = compaction.bytes
        precondition(parseBytes.last == 0, "the parse buffer must end with a NUL")
        LibXML.initialize()
        guard let ctxt = htmlNewParserCtxt() else { return }
        context = ctxt
        // Only these three callbacks: with no resolveEntity, externalSubset or getEntity, and NONET, libxml2
        // loads no DTD or entity, from the network or from files (NoExternalAccessTests).
        var handler = xmlSAXHandler()
        handler.initialized = XML_SAX2_MAGIC
        handler.startElement = { userData, name, _ in
            LibXMLTreeBuilder.from(userData).startElement(name)
        }
        handler.endElement = { userData, name in
            LibXMLTreeBuilder.from(userData).endElement(name)
        }
        handler.serror = { userData, error in
            guard let error else { return }
            LibXMLTreeBuilder.from(userData).record(error.pointee)
        }
        let originalHandler = ctxt.pointee.sax
        withUnsafeMutablePointer(to: &handler) { handlerPointer in
            ctxt.pointee.sax = handlerPointer
            ctxt.pointee.userData = Unmanaged.passUnretained(self).toOpaque()
            let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue
                | HTML_PARSE_NOWARNING.rawValue)
            parseBytes.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { chars in
                    // The buffer ends with a NUL that keeps libxml2's look-ahead inside it; it is not counted.
                    _ = htmlCtxtReadMemory(ctxt, chars.baseAddress, Int32(chars.count - 1), nil, "UTF-8", options)
                }
            }
            ctxt.pointee.sax = originalHandler
        }
        if let document = ctxt.pointee.myDoc { xmlFreeDoc(document) }
        htmlFreeParserCtxt(ctxt)
        context = nil
        finish()
    }

    private static func from(_ userData: UnsafeMutableRawPointer?) -> LibXMLTreeBuilder {
        Unmanaged<LibXMLTreeBuilder>.fromOpaque(userData!).takeUnretainedValue()
    }

    /// The byte offset in the file that libxml2 has reached: its offset in the compacted text, mapped back.
    private var consumed: Int {
        let offset = parsedOffset
        return compaction?.originalOffset(offset) ?? offset
    }

    /// The byte offset libxml2 has reached in the text it parses. This is `xmlByteConsumed` without its 2.9 bug:
    /// with an encoding handler set (we always force UTF-8), it converts the not-yet-parsed text back through a
    /// fixed 32,000-byte buffer and stops there, so in files over about 32 KB it is off by whatever exceeds that.
    /// UTF-8 to UTF-8 is the identity, so the unparsed byte count is simply `end - cur`.
    private var parsedOffset: Int {
        guard let input = context?.pointee.input?.pointee else { return 0 }
        if let buffer = input.buf?.pointee, buffer.encoder != nil {
            return Int(buffer.rawconsumed) - (input.end - input.cur)
        }
        return Int(input.consumed) + (input.cur - input.base)
    }

    // MARK: - SAX events

    private func startElement(_ cName: UnsafePointer<xmlChar>?) {
        let position = consumed
        let tokens = scanner.tokens
        // For `<img … />` libxml2 stops at the '/', one byte earlier than at a '>'.
        var matched: Int?
        for end in position + 1...position + 2 {
            guard let index = tokenIndex(endingAt: end, kind: .startTag) else { continue }
            if isSameElement(tokens[index], cName) && (end == position + 1 || tokens[index].selfClosing) {
                matched = index
                break
            }
        }
        if let index = matched {
            let token = tokens[index]
            attachContent(before: token.range.start)
            let first = Int32(attributes.count)
            for attribute in scanner.attributes[token.attributes] {
                attributes.append(Attribute(
                    name: name(at: attribute.nameRange), nameRange: attribute.nameRange, valueRange: attribute.valueRange,
                    quote: attribute.quote == 0 ? nil : attribute.quote == 0x22 ? Self.doubleQuote : Self.singleQuote,
                    range: attribute.range, element: Int32(nodes.count)))
            }
            openElement(name: tokenName(token), range: token.range, attributes: first..<Int32(attributes.count), scope: token.scope, implied: false)
        } else {
            let anchor = anchorOffset(position)
            attachContent(before: anchor)
            openElement(name: cName.map { String(cString: $0) } ?? "", range: .empty(at: anchor), attributes: 0..<0,
                        scope: scope(at: anchor), implied: true)
        }
    }

    /// libxml2's errors that say nothing about email markup (see `record`), made once rather than per error.
    private static let ignoredErrors: Set<Int32> = ParseError.Code.entityReference.union(ParseError.Code.numericReferenceWithoutSemicolon).union([
        Int32(XML_HTML_UNKNOWN_TAG.rawValue), Int32(XML_ERR_ATTRIBUTE_REDEFINED.rawValue), Int32(XML_ERR_DOCUMENT_EMPTY.rawValue)])

    private static let doubleQuote: Character = "\""
    private static let singleQuote: Character = "'"

    private func endElement(_ cName: UnsafePointer<xmlChar>?) {
        guard openElements.count > 1 else { return }
        let position = consumed
        let current = openElements[openElements.count - 1]
        let tokens = scanner.tokens
        var endTag: ByteRange?
        if let index = tokenIndex(endingAt: position, kind: .endTag), isSameElement(tokens[index], cName) {
            endTag = tokens[index].range
            attachContent(before: tokens[index].range.start)
        } else if nodes[Int(current)].innerRange.end == position || nodes[Int(current)].innerRange.end == position + 1
                    || (nodes[Int(current)].innerRange.end == position + 2 && !nodes[Int(current)].isImplied) {
            // A void element (<br>, <img>) ends with its own start tag.
        } else {
            let anchor = anchorOffset(position)
            attachContent(before: anchor)
            reportUnclosed(current, closedAt: anchor, by: tokenIndex(endingAt: position, kind: .endTag))
        }
        closeElement(current, endTag: endTag)
    }

    /// Whether an `&` stands among the few bytes before `position` (where libxml2 stopped after it).
    private static func followsAmpersand(_ position: Int, in bytes: [UInt8]) -> Bool {
        let end = min(position, bytes.count)
        return bytes[max(0, end - 3)..<end].contains(0x26 /* & */)
    }

    private func record(_ error: xmlError) {
        // Unknown (HTML5, VML, Office) tags are normal in email; duplicate attributes are located by our scanner;
        // an empty file or fragment is not a markup error; a bare '&' is allowed by HTML5 (and common in URLs), and
        // a reference without its ';' (`&copy 2024`, `&#169 2024`) is decoded by browsers and libxml2 alike.
        guard !Self.ignoredErrors.contains(error.code) else { return }
        let message = error.message.map { String(cString: $0) } ?? "parse error"
        let names = [error.str1, error.str2].compactMap { $0.map { String(cString: $0) } }
        let position = consumed
        var token: MarkupToken?
        if let index = tokenIndex(endingAt: position, kind: nil) {
            token = scanner.tokens[index]
        } else if let index = tokenIndex(containing: position) {
            token = scanner.tokens[index]
        }
        // VML and Office markup (v:rect, o:p) is Outlook's own dialect, written for Word's lenient parser.
        if let token, token.kind == .startTag || token.kind == .endTag, maskedBytes[token.innerRange.start..<token.innerRange.end].contains(0x3A) {
            return
        }
        // A mismatch that names VML or Office markup is Word's dialect too.
        if error.code == ParseError.Code.tagNameMismatch, names.count == 2, names.contains(where: { $0.contains(":") }) {
            return
        }
        // A bare `&` ("no name" for an entity reference, in text or in an attribute value) is allowed by HTML5;
        // libxml2 gives a malformed attribute name the same code. The `&` just before the position tells them apart.
        if error.code == ParseError.Code.nameRequired,
           token?.kind != .startTag || Self.followsAmpersand(position, in: maskedBytes) { return }
        let range = token?.range ?? .empty(at: min(position, originalBytes.count))
        errors.append(ParseError(message: message.trimmingWhitespace(), range: range, code: error.code, names: names,
                                 number: error.int1))
    }

    /// libxml2 closes elements silently when an ancestor's end tag or the end of the file arrives; for elements
    /// whose end tag HTML does not make optional, that is a missing end tag.
    private func reportUnclosed(_ index: Node.Index, closedAt anchor: Int, by endTagToken: Int?) {
        let node = nodes[Int(index)]
        guard !node.isImplied, !Self.optionalEndTag.contains(node.name), !node.name.contains(":") else { return }
        let name = node.name
        if anchor >= originalBytes.count {
            errors.append(ParseError(message: "<\(name)> is never closed; add </\(name)>", range: node.innerRange))
        } else if let endTagToken {
            let closer = tokenName(scanner.tokens[endTagToken])
            closersOfUnclosedElements.insert(scanner.tokens[endTagToken].range)
            errors.append(ParseError(message: "<\(name)> is not closed before </\(closer)>; add </\(name)> where it ends",
                                     range: node.innerRange))
        }
    }

    /// Elements whose end tag HTML allows to be left out (HTML Living Standard, §13.1.2.4).
    private static let optionalEndTag: Set<String> = [
        "html", "head", "body", "p", "li", "dt", "dd", "rt", "rp", "optgroup", "option", "colgroup", "caption",
        "thead", "tbody", "tfoot", "tr", "td", "th",
    ]

    // MARK: - Tree building

    private func openElement(name: String, range: ByteRange, attributes: Range<Int32>, scope: ClientScope, implied: Bool) {
        let parent = openElements[openElements.count - 1]
        let index = append(Node(kind: .element, name: name, range: range, innerRange: range, endTagRange: nil,
                                attributes: attributes, parent: parent, depth: nodes[Int(parent)].depth + 1,
                                scope: scope, isImplied: implied))
        openElements.append(index)
    }

    private func closeElement(_ index: Node.Index, endTag: ByteRange?) {
        openElements.removeLast()
        // Fields written in place: a copy of the node would copy its name.
        let i = Int(index)
        let lastChild = nodes[i].lastChild
        var end = max(nodes[i].innerRange.end, lastChild == Node.none ? 0 : nodes[Int(lastChild)].range.end)
        if let endTag {
            nodes[i].endTagRange = endTag
            end = max(end, endTag.end)
        }
        nodes[i].range = ByteRange(start: nodes[i].range.start, end: end)
        nodes[i].subtreeEnd = Node.Index(nodes.count)
    }

    @discardableResult
    /// Consumes the node: moved into the array, not copied (its name retained and the original released).
    private func append(_ node: consuming Node) -> Node.Index {
        let index = Node.Index(nodes.count)
        let parent = Int(node.parent)
        nodes.append(node)
        if nodes[parent].lastChild == Node.none {
            nodes[parent].firstChild = index
        } else {
            nodes[Int(nodes[parent].lastChild)].nextSibling = index
        }
        nodes[parent].lastChild = index
        return index
    }

    /// Attaches text, comments and doctypes that lie before `offset` to the element now open.
    private func attachContent(before offset: Int) {
        let tokens = scanner.tokens
        while contentCursor < tokens.count, tokens[contentCursor].range.start < offset {
            let token = tokens[contentCursor]
            contentCursor += 1
            let kind: Node.Kind
            switch token.kind {
            case .text, .rawText: kind = .text
            case .comment: kind = .comment
            case .doctype: kind = .doctype
            default: continue
            }
            let parent = openElements[openElements.count - 1]
            var node = Node(kind: kind, name: "", range: token.range, innerRange: token.innerRange, endTagRange: nil,
                            attributes: 0..<0, parent: parent, depth: nodes[Int(parent)].depth + 1,
                            scope: token.scope, isImplied: false)
            node.isRawText = token.kind == .rawText
            node.subtreeEnd = Node.Index(nodes.count + 1)
            append(node)
        }
    }

    private func finish() {
        attachContent(before: Int.max)
        while openElements.count > 1 {
            closeElement(openElements[openElements.count - 1], endTag: nil)
        }
        nodes[0].subtreeEnd = Node.Index(nodes.count)
        errors.removeAll { $0.code == Int32(XML_ERR_TAG_NAME_MISMATCH.rawValue) && closersOfUnclosedElements.contains($0.range) }
    }

    // MARK: - Locating tokens

    /// The token of `kind` (any kind when nil) whose range ends exactly at `offset`.
    private func tokenIndex(endingAt offset: Int, kind: MarkupToken.Kind?) -> Int? {
        let tokens = scanner.tokens
        // libxml2 reports tags in document order, so the token sought is nearly always a few after the last one
        // found: a short walk from there, and a binary search only when it is not.
        var low = 0
        var high = tokens.count
        var k = min(tokenCursor, tokens.count)
        if k == tokens.count || tokens[k].range.end >= offset, k == 0 || tokens[k - 1].range.end < offset {
            low = k
            high = k
        } else if k < tokens.count, tokens[k].range.end < offset {
            let stop = min(k + 8, tokens.count)
            while k < stop, tokens[k].range.end < offset { k += 1 }
            if k < stop || k == tokens.count { (low, high) = (k, k) } else { low = k }
        } else {
            high = k
        }
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].range.end < offset { low = mid + 1 } else { high = mid }
        }
        tokenCursor = low
        guard low < tokens.count, tokens[low].range.end == offset else { return nil }
        if let kind, tokens[low].kind != kind { return nil }
        return low
    }

    private func tokenIndex(containing offset: Int) -> Int? {
        let tokens = scanner.tokens
        var low = 0
        var high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].range.end <= offset { low = mid + 1 } else { high = mid }
        }
        guard low < tokens.count, tokens[low].range.start <= offset else { return nil }
        return low
    }

    /// Where an implied tag belongs: at the start of the tag whose processing made libxml2 imply it.
    private func anchorOffset(_ position: Int) -> Int {
        if let index = tokenIndex(endingAt: position, kind: .endTag) { return scanner.tokens[index].range.start }
        if let index = tokenIndex(containing: position) { return scanner.tokens[index].range.start }
        return min(position, originalBytes.count)
    }

    private func scope(at offset: Int) -> ClientScope {
        tokenIndex(containing: offset).map { scanner.tokens[$0].scope } ?? .everyone
    }

    private func tokenName(_ token: MarkupToken) -> String { name(at: token.innerRange) }

    /// Whether libxml2's element name (lower case, from its dictionary) is the scanner's tag name, allowing for
    /// links renamed for the parse. Compared as bytes: no string is made for either.
    private func isSameElement(_ token: MarkupToken, _ parsed: UnsafePointer<xmlChar>?) -> Bool {
        let range = token.innerRange
        guard let parsed else { return range.length == 0 }
        for k in 0..<range.length {
            let c = parsed[k]
            guard c != 0 else { return false }
            var scanned = maskedBytes[range.start + k]
            if scanned >= 0x41 && scanned <= 0x5A { scanned |= 0x20 }
            if scanned != c {
                // `<a>`, renamed for libxml2.
                return range.length == 1 && scanned == UInt8(ascii: "a") && c == LinkRenaming.parsedByte && parsed[1] == 0
            }
        }
        return parsed[range.length] == 0
    }

    /// A tag or attribute name in lower case: the one string of the common names, made from the bytes otherwise.
    private func name(at range: ByteRange) -> String {
        maskedBytes.withUnsafeBufferPointer { Self.commonNames.value($0, range, folding: true) } ?? lowercasedString(range)
    }

    /// The tag and attribute names of nearly every email: each element and attribute shares one string.
    private static let commonNames = NameTable(Dictionary([
        "html", "head", "body", "title", "meta", "link", "style", "script", "table", "tbody", "thead", "tfoot", "tr",
        "td", "th", "div", "span", "p", "a", "img", "br", "hr", "b", "strong", "i", "em", "u", "font", "center", "h1",
        "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "form", "input", "label", "button", "select", "option",
        "textarea", "sup", "sub", "small", "o:p", "v:roundrect", "v:rect", "v:fill", "v:textbox", "v:image",
        "o:officedocumentsettings", "o:pixelsperinch", "o:allowpng", "xml", "noscript", "section", "article",
        "header", "footer", "nav", "picture", "source", "svg", "path", "col", "colgroup", "caption", "blockquote", "pre",
        "code", "wbr", "del", "s", "strike", "base",
        "class", "style", "id", "href", "src", "alt", "width", "height", "align", "valign", "border", "cellpadding",
        "cellspacing", "bgcolor", "role", "lang", "dir", "target", "title", "name", "type", "value", "content",
        "http-equiv", "charset", "rel", "color", "face", "size", "colspan", "rowspan", "action", "method",
        "placeholder", "for", "xmlns", "xmlns:v", "xmlns:o", "xmlns:w", "background", "arcsize", "strokecolor",
        "fillcolor", "stroke", "fill", "inset", "fitshape", "aria-hidden", "aria-label", "data-type", "media",
        "data-id", "nowrap", "required", "autocomplete", "tabindex", "hidden", "checked", "selected", "rules",
        "frame", "summary", "start", "bordercolor", "leftmargin", "topmargin", "marginwidth", "marginheight",
        "offset", "coordsize", "loading", "decoding", "srcset", "sizes",
    ].map { ($0, $0) }, uniquingKeysWith: { first, _ in first }))

    private func lowercasedString(_ range: ByteRange) -> String {
        var needsLowering = false
        for k in range.start..<range.end where maskedBytes[k] >= 0x41 && maskedBytes[k] <= 0x5A {
            needsLowering = true
            break
        }
        let string = String(decoding: maskedBytes[range.start..<range.end], as: UTF8.self)
        return needsLowering ? string.lowercased() : string
    }
}

/// One-time libxml2 set-up, done before any thread parses.
enum LibXML {
    private static let initialized: Void = { xmlInitParser() }()
    static func initialize() { _ = initialized }
}
