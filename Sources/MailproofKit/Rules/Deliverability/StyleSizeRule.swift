/// Gmail ignores a `<style>` block larger than 16 KB.
struct StyleSizeRule: Rule {
    static let description = RuleDescription(
        id: .styleSize,
        title: "<style> blocks stay within Gmail's 16 KB limit",
        category: .deliverability,
        defaultSeverity: .warning,
        rationale: """
            Google's documentation for Gmail's CSS support says "Gmail supports <style> blocks up to 16 KB". A larger \
            block is dropped, so every class-based style in it (media queries for mobile, dark-mode styles, resets) is \
            lost in Gmail. Split the CSS into several <style> blocks, or inline what the layout needs and remove unused \
            rules. The limit in bytes can be changed with the `maxBytes` option (default 16384). Signup-form embeds \
            for web pages are not checked.
            """,
        source: "Google Developers, Gmail CSS support: https://developers.google.com/gmail/design/css (\"Gmail supports <style> blocks up to 16 KB\")",
        kinds: DocumentKind.emailKinds,
        tags: [.deliverability],
        wording: CustomerWording(
            problem: "A style block is too large for Gmail",
            why: "Gmail ignores a whole style block over its size limit, so the email loses all those styles.",
            action: "Trim unused styles or split them into smaller blocks.",
            affects: "Gmail"),
        options: [
            RuleOption("maxBytes", .count, default: "16384", "the largest `<style>` block, and all inline styles together, in bytes"),
        ],
        triggering: [
            Example("<html><head>↓<style>" + String(repeating: ".a{color:red}", count: 10) + "</style></head><body>Hi</body></html>",
                    options: ["maxBytes": .number(100)]),
            Example("<style>p{margin:0}</style>\n↓<style type=\"text/css\">" + String(repeating: "td{padding:0}", count: 10) + "</style>",
                    options: ["maxBytes": .number(100)]),
        ],
        nonTriggering: [
            Example("<html><head><style>" + String(repeating: ".a{color:red}", count: 5) + "</style></head><body>Hi</body></html>"),
            Example("<style>a{color:{{ brand_color }}}</style>"),
            Example("<div><style>" + String(repeating: ".a{color:red}", count: 10) + "</style><form action=\"https://example.com/subscribe\"></form></div>",
                    options: ["maxBytes": .number(100)]),
            Example("<p style=\"" + String(repeating: "color:red;", count: 20) + "\">Hi</p>", options: ["maxBytes": .number(100)]),
        ]
    )

    static let visitsElements = true
    /// `visit` reads these elements only.
    static let visitedElementNames: Set<String>? = ["style"]

    let maxBytes: Int

    init(options: RuleOptions) throws {
        maxBytes = Int(try options.number("maxBytes", default: Double(GmailLimits.styleBlockBytes)))
    }

    mutating func visit(_ element: Element, _ context: RuleContext) {
        guard element.name == "style", !element.isImplied else { return }
        let content = ByteRange(start: element.startTagRange.end, end: Self.contentEnd(element))
        let size = content.end - content.start
        guard size > maxBytes else { return }
        var commentBytes = 0
        if let sheet = element.document.styleSheets.first(where: { $0.element == element.index }) {
            commentBytes = sheet.stylesheet.comments.reduce(0) { $0 + $1.end - $1.start }
        }
        let comments = commentBytes * 10 >= size ? ", \(ByteSize.kilobytes(commentBytes)) of it CSS comments" : ""
        context.report("This <style> block is \(ByteSize.kilobytes(size)) (\(size) bytes\(comments)); Gmail ignores <style> blocks over 16 KB — split it or remove unused CSS and comments",
                       at: element.startTagRange)
    }

    /// Where the style's text ends: before `</style>` when it is written, else the element's end.
    private static func contentEnd(_ element: Element) -> Int {
        let bytes = element.document.source.bytes
        var end = element.range.end
        if end - 8 >= element.startTagRange.end, bytes[end - 1] == 0x3E /* > */ {
            var i = end - 2
            while i > element.startTagRange.end, bytes[i] != 0x3C /* < */ { i -= 1 }
            if bytes[i] == 0x3C, i + 1 < end, bytes[i + 1] == 0x2F /* / */ { end = i }
        }
        return max(end, element.startTagRange.end)
    }
}

extension RuleID {
    public static let styleSize: RuleID = "style-size"
}
