/// The plain-text alternative of an email, as a reader of the text part should get it: the text in reading order
/// (layout tables linearised), links as `label (url)`, buttons as `label: url`, images by their alt text, headings
/// underlined, lists with bullets, wrapped at `width` columns. What the HTML hides from readers stays out: the
/// `<head>`, hidden preheaders and other hidden elements, content only Outlook sees, VML. Template tags stay as
/// written, character references are decoded.
public struct PlainTextRenderer {
    public var width: Int

    public init(width: Int = 78) {
        self.width = max(20, width)
    }

    public func render(_ document: Document) -> String {
        var walk = Walk(document: document, width: width, hidden: HiddenElements(document))
        walk.run()
        return walk.output.finish()
    }
}

/// One walk over the tree, without recursion (documents can be deeply nested).
private struct Walk {
    let document: Document
    let width: Int
    let hidden: HiddenElements
    var output: PlainTextOutput
    /// Template tags between elements (`{% if %}`, `{{ content }}`) are no text node of libxml2's; they are
    /// written where the walk passes them, in source order. Tags inside text nodes come with their text.
    private let tags: [TemplateTag]
    private var nextTag = 0

    init(document: Document, width: Int, hidden: HiddenElements) {
        self.document = document
        self.width = width
        self.hidden = hidden
        self.output = PlainTextOutput(width: width)
        self.tags = document.templateTags.filter { $0.context == .text && $0.kind != .comment }
    }

    /// Writes the template tags that start before `offset`.
    private mutating func writeTags(before offset: Int) {
        while nextTag < tags.count, tags[nextTag].range.start < offset {
            let tag = tags[nextTag]
            // Block logic between elements stands on a line of its own; a printed value joins the text around it.
            let isLogic = tag.kind == .blockOpen || tag.kind == .blockClose || tag.kind == .blockElse
            if isLogic { output.endBlock() }
            output.text(" " + document.text(tag.range) + " ")
            if isLogic { output.endBlock() }
            nextTag += 1
        }
    }

    /// Passes over the template tags that start before `offset` without writing them (they are in text already
    /// written, or in content left out).
    private mutating func skipTags(before offset: Int) {
        while nextTag < tags.count, tags[nextTag].range.start < offset { nextTag += 1 }
    }

    /// Elements whose content is never text for the reader.
    private static let skipped: Set<String> = ["head", "style", "script", "title", "template", "noscript", "svg", "object",
                                               "iframe", "select", "textarea", "button", "video", "audio", "map"]
    private static let blocks: Set<String> = [
        "p", "div", "table", "tr", "td", "th", "center", "section", "article", "header", "footer", "main", "aside",
        "nav", "blockquote", "address", "figure", "figcaption", "form", "fieldset", "dl", "dt", "dd", "pre", "tbody",
        "thead", "tfoot", "body",
    ]

    mutating func run() {
        var stack: [(index: Node.Index, leaving: Bool)] = []
        var child = document.nodes[0].firstChild
        var children: [Node.Index] = []
        while child != Node.none { children.append(child); child = document.nodes[Int(child)].nextSibling }
        for index in children.reversed() { stack.append((index, false)) }
        while let (index, leaving) = stack.popLast() {
            let node = document.nodes[Int(index)]
            if leaving {
                writeTags(before: node.range.end)
                leave(document.element(index))
                continue
            }
            writeTags(before: node.range.start)
            switch node.kind {
            case .text:
                if !node.isRawText, node.scope.otherClients { output.text(document.text(node.range)) }
                skipTags(before: node.range.end)
            case .element:
                let element = document.element(index)
                guard enter(element) else {
                    skipTags(before: node.range.end)
                    continue
                }
                stack.append((index, true))
                var kids: [Node.Index] = []
                var next = node.firstChild
                while next != Node.none { kids.append(next); next = document.nodes[Int(next)].nextSibling }
                for kid in kids.reversed() { stack.append((kid, false)) }
            case .comment, .doctype, .document:
                skipTags(before: node.range.end)
            }
        }
        writeTags(before: Int.max)
    }

    /// Starts an element; false leaves its content out.
    private mutating func enter(_ element: Element) -> Bool {
        let name = element.name
        // Outlook-only markup (a ghost table, VML) is no text of its own; what other clients see inside it (the
        // content a ghost table wraps) has its own scope and is read as usual.
        if !element.scope.otherClients || name.contains(":") { return true }
        if Self.skipped.contains(name) || hidden.contains(element) { return false }
        switch name {
        case "br":
            output.lineBreak()
            return false
        case "hr":
            output.endBlock()
            output.rule()
            return false
        case "img":
            let alt = HTMLEntities.decode(element.value("alt") ?? "").trimmingWhitespace()
            if !alt.isEmpty { output.text(" \(alt) ") }
            return false
        case "input":
            return false
        case "a":
            output.beginCapture()
        case "h1", "h2", "h3", "h4", "h5", "h6":
            output.endBlock()
            output.beginCapture()
        case "li":
            output.endBlock()
            output.beginItem(marker: listMarker(for: element))
        case "ul", "ol":
            output.beginList()
        default:
            if Self.blocks.contains(name) { output.endBlock() }
        }
        return true
    }

    private mutating func leave(_ element: Element) {
        let name = element.name
        if !element.scope.otherClients || name.contains(":") { return }
        switch name {
        case "a":
            let label = output.endCapture()
            output.text(link(label: label, element: element))
        case "h1", "h2", "h3", "h4", "h5", "h6":
            let heading = output.endCapture().trimmingWhitespace()
            output.heading(heading, underline: name == "h1" ? "=" : "-")
        case "li":
            output.endBlock()
            output.endItem()
        case "ul", "ol":
            output.endList()
        default:
            if Self.blocks.contains(name) { output.endBlock() }
        }
    }

    /// `label (url)`; just the URL when the label is the URL (or there is none); `label: url` for a button.
    private func link(label rawLabel: String, element: Element) -> String {
        let label = rawLabel.collapsingWhitespace()
        let href = HTMLEntities.decode(element.attribute("href")?.valueRange.map(document.text) ?? "").trimmingWhitespace()
        let usable = !href.isEmpty && href != "#" && !href.lowercased().hasPrefix("javascript:")
        guard usable else { return label }
        let shownURL = href.lowercased().hasPrefix("mailto:") ? String(href.dropFirst(7)) : href
        if label.isEmpty { return " \(shownURL) " }
        if Self.sameAddress(label, href) { return label }
        return Self.isButton(element) ? "\(label): \(shownURL)" : "\(label) (\(shownURL))"
    }

    private static func sameAddress(_ label: String, _ href: String) -> Bool {
        func bare(_ text: String) -> String {
            var value = text.lowercased()
            for prefix in ["mailto:", "https://", "http://", "www."] where value.hasPrefix(prefix) { value = String(value.dropFirst(prefix.count)) }
            while value.hasSuffix("/") { value.removeLast() }
            return value
        }
        return bare(label) == bare(href)
    }

    /// A link drawn as a button: a fill colour or padding of its own, a button-like class, or the only link in a
    /// cell with a fill colour.
    private static func isButton(_ element: Element) -> Bool {
        if let style = element.inlineStyle {
            let properties = Set(style.declarations.map(\.property))
            if properties.contains("background-color") || properties.contains("background") { return true }
            if properties.contains("padding"), properties.contains("border") || properties.contains("border-radius") { return true }
        }
        let classes = (element.value("class") ?? "").lowercased()
        if classes.contains("button") || classes.contains("btn") { return true }
        if let cell = element.parent, cell.name == "td", cell.hasAttribute("bgcolor"), cell.children.count == 1 { return true }
        return false
    }

    /// `- ` in a bulleted list, `N. ` in a numbered one.
    private func listMarker(for item: Element) -> String {
        guard let list = item.ancestors.first(where: { $0.name == "ol" || $0.name == "ul" }) else { return "- " }
        guard list.name == "ol" else { return "- " }
        let start = Int(list.value("start") ?? "") ?? 1
        let position = list.children.filter { $0.name == "li" }.firstIndex { $0.index == item.index } ?? 0
        return "\(start + position). "
    }
}
