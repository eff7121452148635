/// Whole blocks a client drops: `<script>` everywhere, `<style>` where the client has no `<style>` support or
/// where caniemail's notes say which blocks it removes, Gmail's removal of a block holding an at-rule inside an
/// at-rule, and `<link rel=stylesheet>` where external stylesheets are not supported. The same element walk also
/// drops a `background` attribute off `<body>` where html-background's partial note says only `<body>` reads it.
enum StyleBlocks {
    static let scriptSource = PreviewSource.documented(
        "email apps never run a message's scripts and strip <script>; the preview removes them so that opening it runs nothing", url: nil)
    static let nestedAtRuleSource = PreviewSource.documented(
        "Gmail's webmail removes a whole <style> block holding an at-rule inside an at-rule (email-bugs #21)",
        url: GmailStyleRemoval.source)

    /// html-style note #1: "Not supported inside the <body>"; note #6: the 16 KB limit.
    private static let styleOutsideHeadNote = 1
    private static let styleSizeNote = 6

    static func apply(_ document: Document, client: ClientID, database: CompatDatabase, wordEngine: Bool,
                      to edits: inout PreviewEdits) {
        let styleEntry = database.currentEntry("html-style", client)
        let linkEntry = database.currentEntry("html-link", client)
        for element in document.elements where wordEngine ? element.scope.wordEngine : element.scope.otherClients {
            switch element.name {
            case "script":
                edits.add("<script> removed", scriptSource, remove: element.range)
            case "link" where (element.value("rel") ?? "").lowercased().contains("stylesheet"):
                if let linkEntry, linkEntry.support == .no {
                    edits.add("external stylesheet (<link>) ignored", .caniemail(slug: "html-link", note: nil), remove: element.range)
                }
            case _ where element.hasAttribute("background") && element.name != "body":
                // html-background note #2: "Only supported on the `<body>` element" (Outlook for Windows).
                if let entry = database.currentEntry("html-background", client), entry.support == .partial,
                   entry.notes.contains(2), let attribute = element.attribute("background") {
                    edits.add("attribute ignored: background (only read on <body>)", .caniemail(slug: "html-background", note: 2),
                              remove: attribute.range)
                }
            case "style":
                guard let styleEntry, !element.isImplied else { continue }
                if let reason = styleRemoval(element, entry: styleEntry, client: client, document: document) {
                    edits.add(reason.action, reason.source, remove: element.range)
                }
            default:
                break
            }
        }
    }

    private static func styleRemoval(_ style: Element, entry: SupportEntry, client: ClientID,
                                     document: Document) -> (action: String, source: PreviewSource)? {
        if entry.support == .no {
            return ("<style> block ignored (no <style> support)", .caniemail(slug: "html-style", note: nil))
        }
        if entry.notes.contains(styleOutsideHeadNote), style.ancestors.contains(where: { $0.name == "body" && !$0.isImplied }) {
            return ("<style> block inside <body> removed", .caniemail(slug: "html-style", note: styleOutsideHeadNote))
        }
        if entry.notes.contains(styleSizeNote), style.range.length > GmailLimits.styleBlockBytes {
            return ("<style> block over 16 KB removed", .caniemail(slug: "html-style", note: styleSizeNote))
        }
        if client == ClientID(family: "gmail", platform: "desktop-webmail"),
           let sheet = document.styleSheets.first(where: { $0.element == style.index }),
           GmailStyleRemoval.nestedAtRule(in: sheet.stylesheet) != nil {
            return ("<style> block removed (an at-rule inside an at-rule)", nestedAtRuleSource)
        }
        return nil
    }
}
