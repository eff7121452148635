/// `max-width` is ignored by Outlook's Word engine: a block that relies on it stretches to the full width there.
struct OutlookMaxWidthRule: OptionlessRule {
    static let description = RuleDescription(
        id: .outlookMaxWidth,
        title: "max-width blocks have an Outlook fallback",
        category: .structure,
        defaultSeverity: .warning,
        rationale: """
            Outlook for Windows (2007–2019 and Microsoft 365's classic app) lays emails out with Word, which ignores \
            `max-width`. A `<div style="max-width:600px">` or `<table style="width:100%; max-width:600px">` is then as \
            wide as the window, and a layout designed for 600 pixels stretches across a desktop screen. Give Outlook a \
            fixed width another way: wrap the block in an MSO "ghost table" \
            (`<!--[if mso]><table width="600"><tr><td><![endif]-->` … `<!--[if mso]></td></tr></table><![endif]-->`), \
            or put a `width` attribute (or a fixed CSS `width`) on the element itself. A fixed-width table cell around \
            the block that is no wider than the max-width also counts, and so does Cerberus' ghost table placed \
            first inside the block. Percentages are not reported (`max-width:100%` allows what Outlook does anyway), \
            nor are tables without a 100% width (Word sizes them to their content), blocks inside one already \
            reported, and signup-form embeds for web pages. The message ends with the `mailproof snippet container` \
            (or `columns`) command that generates a replacement with the block's width and background.
            """,
        source: "https://www.caniemail.com/features/css-max-width/ ; Litmus, \"Hybrid/spongy email design\" and Email on Acid, \"Outlook ghost tables\"",
        kinds: DocumentKind.emailKinds,
        wording: CustomerWording(
            problem: "Some sections will stretch too wide in Outlook",
            why: "Outlook on Windows ignores maximum widths, so a column meant to be 600px wide spreads across the whole window.",
            action: "Wrap the section in an Outlook-only table with a fixed width (our snippet command makes one).",
            affects: "Outlook on Windows"),
        triggering: [
            Example("<table><tr><td><div style=\"margin:0 auto; ↓max-width:600px;\">Hi</div></td></tr></table>"),
            Example("<table role=\"presentation\" style=\"width:100%; ↓max-width:480px\"><tr><td>Hi</td></tr></table>"),
            Example("<style>.container { max-width: 600px; margin: 0 auto; }</style>↓<div class=\"container\"><div style=\"max-width:600px\">{{ content }}</div></div>"),
        ],
        nonTriggering: [
            Example("""
                <!--[if mso]><table role="presentation" width="600" align="center"><tr><td><![endif]-->\
                <div style="max-width:600px; margin:0 auto;">Hi</div>\
                <!--[if mso]></td></tr></table><![endif]-->
                """),
            Example("<table role=\"presentation\" width=\"600\" style=\"width:100%; max-width:600px\"><tr><td>Hi</td></tr></table>"),
            Example("<div style=\"width:600px; max-width:100%\">Hi</div>"),
            Example("<table width=\"600\"><tr><td><div style=\"max-width:600px\">Hi {{ name }}</div></td></tr></table>"),
            Example("<img src=\"https://example.com/a.png\" alt=\"\" width=\"600\" style=\"max-width:100%\">"),
            Example("<!--[if !mso]><!--><div style=\"max-width:600px\">Hi</div><!--<![endif]-->"),
            Example("<div style=\"max-width:600px;margin:auto\"><!--[if mso]><table width=\"600\" align=\"center\"><tr><td><![endif]-->Hi<!--[if mso]></td></tr></table><![endif]--></div>"),
            Example("<table align=\"center\" style=\"max-width:240px; min-width:120px\"><tr><td><a href=\"{{ url }}\">Shop</a></td></tr></table>"),
            Example("<style>.container { max-width: 600px; width: 600px } .content { max-width: 600px }</style><table><tr><td class=\"container\"><div class=\"content\">Hi</div></td></tr></table>"),
            Example("<div><div style=\"max-width:540px\"><form action=\"https://example.com/subscribe\"></form></div></div>"),
            Example("<style>@media (max-width: 600px) { .col { max-width: 300px } }</style><div class=\"col\">Hi</div>"),
        ]
    )

    static let visitsElements = true

    private static let blocks: NameSet = [
        "div", "table", "td", "th", "section", "article", "header", "footer", "main", "aside", "nav", "center", "p",
        "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
    ]

    /// Top-level `.class { max-width: … }` rules without a fixed width (not inside @media), and `.class { width: … }`.
    private var classes: (maxWidth: [String: Double], width: [String: Double])?
    /// Elements already checked that have a max-width: anything inside them with a larger or equal one is covered.
    private var limited: [Node.Index: Double] = [:]

    mutating func visit(_ element: Element, _ context: RuleContext) {
        if classes == nil {
            classes = Self.classWidths(element.document)
        }
        guard Self.blocks.contains(element.name), element.scope.wordEngine, element.scope.otherClients,
              let classes else { return }
        var limit: Double?
        var at = element.startTagRange
        var fromClass: String?
        if let declaration = element.inlineDeclaration(named: "max-width") {
            limit = CSSLength.pixels(declaration.value)
            at = declaration.range
        } else if !classes.maxWidth.isEmpty {
            for name in Self.classNames(element) {
                if let value = classes.maxWidth[name] { limit = value; fromClass = name; break }
            }
        }
        guard let limit else { return }
        defer { limited[element.index] = limit }
        // Word sizes a table without a 100% width to its content: max-width then changes nothing.
        if element.name == "table", !Self.isFullWidth(element) { return }
        if Self.hasOwnFallback(element, classes.width) || hasFallbackAround(element, limit: limit, classes.width)
            || Self.hasGhostTableInside(element, limit: limit) { return }
        let what = fromClass.map { "max-width from .\($0)" } ?? "max-width"
        var message = "Outlook's Word engine ignores \(what) (\(Self.format(limit))px): wrap this <\(element.name)> in an MSO ghost table or give it a width attribute"
        let call = SnippetSuggestion.layout(for: element, maxWidth: limit)
        if let call { message += "; or generate one: \(call.command)" }
        context.report(message, at: at, snippet: call)
    }

    private static func classNames(_ element: Element) -> [String] {
        (element.value("class") ?? "").split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).map(String.init)
    }

    private static func isFullWidth(_ element: Element) -> Bool {
        if element.value("width")?.trimmingWhitespace() == "100%" { return true }
        if let width = element.inlineDeclaration(named: "width"), width.value.trimmingWhitespace().hasPrefix("100%") { return true }
        return false
    }

    /// A `width` attribute, or a fixed CSS width (inline or from a class), on the element itself.
    private static func hasOwnFallback(_ element: Element, _ classWidths: [String: Double]) -> Bool {
        if let width = element.value("width")?.trimmingWhitespace(), !width.isEmpty, !width.hasSuffix("%") { return true }
        if let width = element.inlineDeclaration(named: "width"), CSSLength.pixels(width.value) != nil { return true }
        return !classWidths.isEmpty && classNames(element).contains { classWidths[$0] != nil }
    }

    /// A table in `<!--[if mso]>` around the block, a fixed-width element around it no wider than the limit, or
    /// an outer block with a max-width already checked.
    private func hasFallbackAround(_ element: Element, limit: Double, _ classWidths: [String: Double]) -> Bool {
        for ancestor in element.ancestors {
            if let outer = limited[ancestor.index], outer <= limit + 0.5 { return true }
            let isBox = ancestor.name == "table" || ancestor.name == "td" || ancestor.name == "th" || ancestor.name == "div"
            guard isBox else { continue }
            if ancestor.scope == .wordEngineOnly, ancestor.name != "div" { return true }
            var width: Double?
            if let attribute = ancestor.value("width")?.trimmingWhitespace(), !attribute.hasSuffix("%") { width = CSSLength.pixels(attribute) }
            if width == nil, let css = ancestor.inlineDeclaration(named: "width") { width = CSSLength.pixels(css.value) }
            if width == nil, !classWidths.isEmpty { width = Self.classNames(ancestor).lazy.compactMap { classWidths[$0] }.first }
            if let width, width <= limit + 0.5 { return true }
        }
        return false
    }

    /// Cerberus' pattern: the ghost table is the block's first content, `<div style="max-width:600px"><!--[if mso]><table width="600">`.
    private static func hasGhostTableInside(_ element: Element, limit: Double) -> Bool {
        for index in element.descendantIndices {
            guard element.document.nodes[index].kind == .element else { continue }
            let inner = element.document.element(Node.Index(index))
            guard inner.scope == .wordEngineOnly else { return false }
            if inner.name == "table", let width = inner.value("width").flatMap(CSSLength.pixels), width <= limit + 0.5 { return true }
        }
        return false
    }

    private static func classWidths(_ document: Document) -> (maxWidth: [String: Double], width: [String: Double]) {
        var maxWidths: [String: Double] = [:]
        var widths: [String: Double] = [:]
        for sheet in document.styleSheets {
            for rule in sheet.stylesheet.rules {
                guard case .style(let style) = rule else { continue }
                // The last of each, read in place: most rules set neither, and a copy of every declaration
                // retains its strings and tokens to read one name.
                let declarations = style.declarations
                var maxWidthDeclaration: Int?
                var widthDeclaration: Int?
                for k in declarations.indices {
                    let property = declarations[k].property
                    if property == "max-width" { maxWidthDeclaration = k }
                    if property == "width" { widthDeclaration = k }
                }
                guard maxWidthDeclaration != nil || widthDeclaration != nil else { continue }
                // Lengths are read only for rules that name a lone class.
                let names = loneClassNames(style.selectorText)
                guard !names.isEmpty else { continue }
                let maxWidth = maxWidthDeclaration.flatMap { CSSLength.pixels(declarations[$0].value) }
                let width = widthDeclaration.flatMap { CSSLength.pixels(declarations[$0].value) }
                for name in names {
                    if let width { widths[name] = width } else if let maxWidth { maxWidths[name] = maxWidth }
                }
            }
        }
        return (maxWidths, widths)
    }

    /// The class names of the selectors in a list that are a lone class (`.name`, spaces around it allowed).
    private static func loneClassNames(_ selectorText: String) -> [String] {
        var text = selectorText
        // ASCII selectors (nearly all) are read on their bytes; the same test in characters reads the others.
        if let names = text.withUTF8(asciiLoneClassNames) { return names }
        return selectorText.split(separator: ",").compactMap { selector in
            let trimmed = String(selector).trimmingWhitespace()
            guard trimmed.hasPrefix("."), trimmed.count > 1,
                  trimmed.dropFirst().allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else { return nil }
            return String(trimmed.dropFirst())
        }
    }

    /// `loneClassNames` for ASCII text (for ASCII, letters and digits are what `isLetter` and `isNumber` accept,
    /// and whitespace is tab through carriage return and space); nil for other text.
    private static func asciiLoneClassNames(_ bytes: UnsafeBufferPointer<UInt8>) -> [String]? {
        guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
        func isNameByte(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "_"): return true
            default: return false
            }
        }
        var names: [String] = []
        var start = 0
        while start <= bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != UInt8(ascii: ",") { end += 1 }
            var first = start
            var last = end
            while first < last, isSpace(bytes[first]) { first += 1 }
            while last > first, isSpace(bytes[last - 1]) { last -= 1 }
            if last - first > 1, bytes[first] == UInt8(ascii: "."), (first + 1..<last).allSatisfy({ isNameByte(bytes[$0]) }) {
                names.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[(first + 1)..<last]), as: UTF8.self))
            }
            start = end + 1
        }
        return names
    }

    /// `600px`, `600`, `37.5em` (at 16px) → pixels; nil for percentages, keywords and template tags.

    private static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}

extension RuleID {
    public static let outlookMaxWidth: RuleID = "outlook-max-width"
}
