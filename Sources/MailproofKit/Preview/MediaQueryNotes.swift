/// `@media` where the client's support is partial and caniemail's note says precisely which queries it drops:
/// height-based ones (Gmail, note #7), nested ones (Outlook on Mac and Outlook.com, note #10), and any feature
/// but width and height (Yahoo and AOL, note #2).
enum MediaQueryNotes {
    private static let heightBased = 7
    private static let nestedRemoved = 10
    private static let widthAndHeightOnly = 2
    private static let widthAndHeight: Set<String> = ["min-width", "max-width", "min-height", "max-height"]

    static func apply(_ document: Document, client: ClientID, database: CompatDatabase, to edits: inout PreviewEdits) {
        guard let entry = database.currentEntry("css-at-media", client), entry.support == .partial else { return }
        let notes = Set(entry.notes).intersection([heightBased, nestedRemoved, widthAndHeightOnly])
        guard !notes.isEmpty else { return }
        for sheet in document.styleSheets {
            for rule in sheet.stylesheet.rules { visit(rule, nested: false, notes, &edits) }
        }
    }

    private static func visit(_ rule: CSSRule, nested: Bool, _ notes: Set<Int>, _ edits: inout PreviewEdits) {
        if case .atRule(let at) = rule, at.name.lowercased() == "media" {
            let features = at.mediaQueries?.features.map { $0.name.lowercased() } ?? []
            if nested, notes.contains(nestedRemoved) {
                edits.add("nested @media removed", .caniemail(slug: "css-at-media", note: nestedRemoved), remove: at.range)
                return
            }
            if notes.contains(heightBased), features.contains(where: { $0.hasSuffix("height") }) {
                edits.add("height-based @media ignored", .caniemail(slug: "css-at-media", note: heightBased), remove: at.range)
                return
            }
            if notes.contains(widthAndHeightOnly), features.contains(where: { !widthAndHeight.contains($0) }) {
                edits.add("@media on features other than width and height ignored",
                          .caniemail(slug: "css-at-media", note: widthAndHeightOnly), remove: at.range)
                return
            }
        }
        for child in rule.childRules { visit(child, nested: true, notes, &edits) }
    }
}
