/// `--format html --previews`: a strip of per-app thumbnails under a file's findings, each the file as that app
/// keeps it (`ClientPreview`, drawn offline) in a sandboxed frame that may not run scripts, scaled down. Apps that
/// keep the same bytes share a thumbnail. No Chromium: the reader's browser draws them.
enum HTMLPreviewStrip {
    static let scale = 0.3
    static let paneWidth = 800

    static func html(for source: SourceFile, compatibility: CompatibilityTarget) -> String {
        let groups = ClientPreview.distinct(Document.parse(source), clients: compatibility.clients,
                                            database: compatibility.database, options: .init(offlineImages: true))
        var out = "<div class=\"previews\"><p class=\"muted\">Approximations of what each app keeps — not screenshots "
            + "(<code>mailproof preview</code> lists every change)</p>\n<div class=\"strip\">"
        for group in groups {
            let names = HTMLText.escape(group.names.joined(separator: ", "))
            out += "<figure class=\"thumb\"><div class=\"pane\"><iframe sandbox=\"\" scrolling=\"no\" loading=\"lazy\" title=\"\(names)\" srcdoc=\""
            out += HTMLText.escape(String(decoding: group.preview.bytes, as: UTF8.self))
            out += "\"></iframe></div><figcaption>\(names)</figcaption></figure>"
        }
        return out + "</div></div>\n"
    }

    static let styleSheet = """
        .previews{margin:12px 0}.strip{display:flex;flex-wrap:wrap;gap:12px}
        .thumb{margin:0;width:\(Int(Double(paneWidth) * scale))px}
        .pane{width:\(Int(Double(paneWidth) * scale))px;height:\(Int(1000 * scale))px;overflow:hidden;border:1px solid #dadce0;background:#fff}
        .pane iframe{border:0;width:\(paneWidth)px;height:1000px;transform:scale(\(scale));transform-origin:0 0}
        .thumb figcaption{font-size:11px;color:#5f6368;padding-top:4px}
        """
}
