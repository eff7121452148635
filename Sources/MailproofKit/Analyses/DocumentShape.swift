/// Whether a file is a whole email document or a fragment (a partial, a snippet, a signup-form embed), and where
/// its document-level parts are. Rules about the doctype, `<head>` and `<html>` only apply to whole documents.
struct DocumentShape {
    /// The `<html>`, `<head>` and `<body>` elements, implied or written.
    let html: Element?
    let head: Element?
    let body: Element?

    init(_ document: Document) {
        var html: Element?
        var head: Element?
        var body: Element?
        // libxml2 always puts html at the top and head/body right under it: no need to walk the tree.
        for child in document.root.children where child.name == "html" {
            html = child
            for part in child.children {
                if part.name == "head", head == nil { head = part }
                if part.name == "body", body == nil { body = part }
            }
            break
        }
        self.html = html
        self.head = head
        self.body = body
    }

    /// A file with an explicit `<html>`, `<head>` or `<body>` start tag is a whole document; anything else is
    /// a fragment that some other template or web page wraps.
    var isWholeDocument: Bool { firstDocumentTag != nil }

    var explicitHTML: Element? { html.flatMap { $0.isImplied ? nil : $0 } }
    var explicitHead: Element? { head.flatMap { $0.isImplied ? nil : $0 } }
    var explicitBody: Element? { body.flatMap { $0.isImplied ? nil : $0 } }

    /// The first written `<html>`, `<head>` or `<body>` start tag: where findings about the whole document go.
    var firstDocumentTag: Element? {
        // Compared pairwise: several rules ask for every file, and a list of the three cost two arrays each time.
        func earlier(_ a: Element?, _ b: Element?) -> Element? {
            guard let a else { return b }
            guard let b else { return a }
            return b.startTagRange.start < a.startTagRange.start ? b : a
        }
        return earlier(earlier(explicitHTML, explicitHead), explicitBody)
    }

    /// Where head-level findings go: the `<head>` start tag, else the first document tag.
    var headAnchor: ByteRange? { (explicitHead ?? firstDocumentTag)?.startTagRange }

    /// Whether a template include (`{{> header }}`, `{% include %}`, `{% extends %}`, Go's `{{ template }}`)
    /// comes before `offset`: the part of the document before it may then be written in another file.
    static func includesTemplate(before offset: Int, in document: Document) -> Bool {
        for tag in document.templateTags {
            if tag.range.start >= offset { break }
            if tag.kind == .partial || includeWords.contains(tag.name.lowercased()) { return true }
        }
        return false
    }

    /// Whether an output tag pours the content in from elsewhere (Kit's `{{ message_content }}`, a layout's
    /// `{{ content }}` or `{{ yield }}`): the headings and text of the email are then not in this file.
    static func hasContentSlot(_ document: Document) -> Bool {
        document.templateTags.contains { $0.kind == .output && contentSlots.contains($0.name.lowercased()) }
    }

    static let contentSlots: Set<String> = ["message_content", "body", "content", "yield", "content_for_layout", "html", "main"]

    private static let includeWords: Set<String> = ["include", "render", "extends", "layout", "template", "import", "section"]

    /// Whether the head may come from another template: an include before the head ends (or before the body
    /// starts, when the head is implied).
    func headMayBeElsewhere(_ document: Document) -> Bool {
        let end = explicitHead.map { $0.range.end } ?? explicitBody?.startTagRange.start ?? document.source.bytes.count
        return Self.includesTemplate(before: end, in: document)
    }

    /// The offset just after a start tag's name (`<table|`), where a new attribute can be inserted.
    /// Past the end of the text when the element has no start tag in the source (libxml2 implied it, or the file
    /// ends inside the tag): there is nowhere to insert, and `RuleContext.report` drops a fix that reaches there.
    static func afterTagName(_ element: Element) -> Int {
        guard !element.startTagRange.isEmpty else { return element.document.source.bytes.count + 1 }
        return element.startTagRange.start + 1 + element.name.utf8.count
    }
}
