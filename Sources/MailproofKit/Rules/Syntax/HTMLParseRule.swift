/// Markup that browsers and email clients have to guess about: tags closed in the wrong order, stray end tags,
/// elements where a table cannot hold them, duplicate attributes.
struct HTMLParseRule: OptionlessRule {
    static let description = RuleDescription(
        id: .htmlParse,
        title: "Markup must be well-formed",
        category: .syntax,
        defaultSeverity: .error,
        rationale: """
            Browsers repair broken markup quietly, but each email client repairs it differently: Outlook's Word engine, \
            Gmail's sanitiser and Apple Mail's WebKit can turn the same mismatched tag into three different layouts, \
            and a <div> placed directly in a <table> is moved out of the table (or dropped) before rendering. This is \
            the most common cause of "it looks fine in my browser but broken in Outlook". Each finding says what the \
            parser had to guess.
            """,
        source: "HTML Living Standard, §13.2 (parsing) and the table content model; libxml2's HTML parser",
        tags: [.accessibility, .webForm],
        wording: CustomerWording(
            problem: "Some of the HTML code is broken",
            why: "Email apps repair broken code in different ways, so the same email can fall apart in one app and look fine in another.",
            action: "Close the tags we point to (or remove the stray ones) so every opening tag has its closing tag.",
            affects: CustomerWording.everyone),
        triggering: [
            Example("<table><tr><td>x</td></tr>↓<div>y</div></table>"),
            Example("<table><tr>↓<p>x</p></tr></table>"),
            Example("<div><span>x</span>↓</b></div>"),
            Example("<td style=\"a\" ↓style=\"b\">x</td>"),
            Example("<table><tr><td>↓<div>x</td></tr></table>"),
            Example("<p>Text ↓<b>bold</p>"),
            Example("↓<div>never ↓<span>closed"),
        ],
        nonTriggering: [
            Example("<table role=\"presentation\"><tbody><tr><td><div>x</div></td></tr></tbody></table>"),
            Example("<section><article><p>HTML5 elements are fine</p></article></section>"),
            Example("<p>One<p>Two"),
            Example("<ul><li>One<li>Two</ul>"),
            Example("<table><tr><td><!--[if mso]><v:rect xmlns:v=\"urn:schemas-microsoft-com:vml\"><![endif]-->x<!--[if mso]></v:rect><![endif]--></td></tr></table>"),
            Example("<table><tr><td>{% for item in items %}{{ item }}{% endfor %}</td></tr></table>"),
            Example("<table>{% for row in rows %}<tr><td>{{ row }}</td></tr>{% endfor %}</table>"),
        ]
    )

    static let visitsElements = true

    /// What each table part may hold directly (HTML's content model); script-supporting elements are allowed
    /// everywhere and namespaced (VML, Office) elements are Outlook's business.
    private static let allowedChildren: [String: Set<String>] = [
        "table": ["caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr"],
        "thead": ["tr"], "tbody": ["tr"], "tfoot": ["tr"],
        "tr": ["td", "th"],
        "colgroup": ["col"],
    ]
    private static let allowedEverywhere: NameSet = ["script", "template", "style"]
    /// `allowedChildren` as numbers, asked for every element and its parent: each child name's bit, and each table
    /// part's allowed children as a mask of those bits (looked up by bytes, and nothing copied out of a table).
    private static let childNames = Set(allowedChildren.values.joined()).sorted()
    private static let childBit = NameTable(Dictionary(uniqueKeysWithValues: childNames.enumerated().map { ($1, UInt64(1) << UInt64($0)) }))
    private static let allowedChildMask = NameTable(allowedChildren.mapValues { children in
        children.reduce(UInt64(0)) { mask, child in mask | (UInt64(1) << UInt64(childNames.firstIndex(of: child)!)) }
    })

    func visit(_ element: Element, _ context: RuleContext) {
        // Most parents are not table parts: one look-up rules them out.
        if let parent = element.parent, let allowed = Self.allowedChildMask[parent.name], !element.isImplied,
           (Self.childBit[element.name] ?? 0) & allowed == 0, !Self.allowedEverywhere.contains(element.name),
           !element.name.contains(":") {
            let expected = (Self.allowedChildren[parent.name] ?? []).sorted().map { "<\($0)>" }.joined(separator: ", ")
            context.report("<\(element.name)> cannot be a direct child of <\(parent.name)> (only \(expected)); clients move or drop it. Put it inside a <td>",
                           at: element.startTagRange)
        }
        // Read from the document's one attribute array by index: no array of the element's attributes made.
        let document = context.document
        let range = document.nodes[Int(element.index)].attributes
        let attributes = document.attributes
        // Elements have a handful of attributes: comparing with the earlier ones beats hashing every name.
        if range.count <= 16 {
            for k in Int(range.lowerBound)..<Int(range.upperBound) {
                for j in Int(range.lowerBound)..<k where attributes.name(at: j) == attributes.name(at: k) {
                    Self.reportDuplicate(attributes[k], of: attributes[j], context)
                    break
                }
            }
        } else {
            var seen: [String: Attribute] = [:]
            for k in Int(range.lowerBound)..<Int(range.upperBound) {
                let attribute = attributes[k]
                if let first = seen[attribute.name] { Self.reportDuplicate(attribute, of: first, context) } else { seen[attribute.name] = attribute }
            }
        }
    }

    /// A second attribute of the same name: clients keep the first. With the same value nothing is lost (an
    /// inliner's repeated `xmlns`), so it is a note, not an error.
    private static func reportDuplicate(_ attribute: Attribute, of first: Attribute, _ context: RuleContext) {
        let document = context.document
        let same = attribute.valueRange.map(document.text) == first.valueRange.map(document.text)
        if same {
            context.report("Duplicate attribute '\(attribute.name)' with the same value; remove the second", at: attribute.range,
                           severity: .info)
        } else {
            context.report("Duplicate attribute '\(attribute.name)': clients keep only the first one; merge them",
                           at: attribute.range)
        }
    }

    func finish(_ document: Document, _ context: RuleContext) {
        var reported = Set<ParseErrorReport>()
        for error in document.parseErrors {
            // A malformed doctype is the doctype rule's to judge (it names every doctype but the good ones).
            if ParseError.Code.doctypeSyntax.contains(error.code), Self.isDoctype(at: error.range, in: document) { continue }
            let message = Self.explain(error, in: document)
            // The same words at the same place are one finding: a text holding several control characters of one
            // code is one problem.
            guard reported.insert(ParseErrorReport(message: message, range: error.range)).inserted else { continue }
            context.report(message, at: error.range)
        }
    }

    private struct ParseErrorReport: Hashable {
        var message: String
        var range: ByteRange
    }

    /// Whether the markup at `range` is a `<!DOCTYPE …>` (`XML_ERR_SPACE_REQUIRED` is a malformed `<?…?>` too).
    private static func isDoctype(at range: ByteRange, in document: Document) -> Bool {
        document.source.bytes.withUnsafeBufferPointer { bytes in
            range.start >= 0 && range.start + 9 <= bytes.count
                && CSSBytes.equalsLowercase(bytes, ByteRange(start: range.start, length: 9), "<!doctype")
        }
    }

    /// libxml2's errors, reworded for email developers where we know the case: by error code and the names libxml2
    /// passes with it, never by matching its message text.
    private static func explain(_ error: ParseError, in document: Document) -> String {
        let names = error.names
        switch error.code {
        case ParseError.Code.commentNotFinished
            where error.range.length >= 4 && document.text(ByteRange(start: error.range.end - 4, end: error.range.end)) == "--!>":
            return "Comment ends with '--!>' instead of '-->': browsers end it there, but write '-->' so that no email app hides what follows"
        case ParseError.Code.misplacedStructure where names == ["DOCTYPE"]:
            return "<!DOCTYPE> after the document has started (a template pasted into another?); clients ignore it. Remove it"
        case ParseError.Code.tagNameMismatch where names.count == 1:
            return "Stray end tag </\(names[0])>: no <\(names[0])> is open here; remove it or add the missing start tag"
        case ParseError.Code.tagNameMismatch where names.count == 2:
            return "</\(names[1])> closes <\(names[0])>: tags are closed in the wrong order or one is missing"
        case ParseError.Code.commentNotFinished:
            return "Comment is never closed with -->; everything after it is hidden"
        case ParseError.Code.startTagNotClosed:
            return "Start tag is never closed with '>'"
        case ParseError.Code.nameRequired:
            return "Malformed attributes in this tag (often a missing closing quote); clients may drop the rest of the tag"
        case ParseError.Code.invalidCharacter where error.number > 0:
            let hex = String(error.number, radix: 16, uppercase: true)
            let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            let control = error.number < 0x20 || (0x7F...0x9F).contains(error.number)
            return "Character \(code) is not allowed in HTML" + (control ? " (an invisible control character, often pasted from another program)" : "")
                + "; email apps show nothing or a box for it. Remove it"
        case ParseError.Code.invalidCharacter:
            return "A character reference (&#…;) here stands for no character HTML allows; remove it or write the character itself"
        case ParseError.Code.attributeNotFinished:
            return "An attribute value's closing quote never comes: the rest of the file became part of the value. Add the quote"
        case ParseError.Code.misplacedStructure where names == ["html"]:
            return "A second <html> tag; clients ignore it"
        case ParseError.Code.misplacedStructure where names == ["body"]:
            return "A second <body> tag; clients ignore it"
        case ParseError.Code.misplacedStructure where names == ["head"]:
            return "<head> after the body has started; clients ignore it"
        default:
            return error.message.prefix(1).uppercased() + error.message.dropFirst()
        }
    }
}

extension RuleID {
    public static let htmlParse: RuleID = "html-parse"
}
