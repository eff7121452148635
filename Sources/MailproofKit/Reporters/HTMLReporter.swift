/// `--format html`: one self-contained page for people (no scripts, no network, inline CSS): a summary, a
/// matrix of the caniemail features found × the target clients coloured by their support, then every file
/// with its findings under code frames. Every piece of input is escaped (HTMLText).
///
/// The matrix needs the whole run, so the page is written at the end; per file only the rendered section is
/// kept, not the document.
struct HTMLReporter: Reporter {
    /// The clients the matrix has columns for, and the data that colours it.
    public var compatibility: CompatibilityTarget
    /// Findings shown per file; the rest are counted (JSON keeps them all).
    public var findingsPerFile = 200
    /// Per-app thumbnails of each file with findings (`--previews`).
    public var previews: Bool
    private let state = State()

    private final class State {
        var sections: [String] = []
        /// Feature slug → findings and files naming it, in the order first found.
        var featureOrder: [String] = []
        var featureFindings: [String: Int] = [:]
        var featureFiles: [String: Set<String>] = [:]
    }

    public init(compatibility: CompatibilityTarget = .standard, previews: Bool = false) {
        self.compatibility = compatibility
        self.previews = previews
    }

    public var rendersConcurrently: Bool { false }

    public func header() -> String { "" }

    public func chunk(for result: FileResult, index: Int) -> String {
        for finding in result.findings {
            guard let slug = finding.feature else { continue }
            if state.featureFindings[slug] == nil { state.featureOrder.append(slug) }
            state.featureFindings[slug, default: 0] += 1
            state.featureFiles[slug, default: []].insert(result.path)
        }
        if result.error != nil || !result.findings.isEmpty {
            state.sections.append(section(result, anchor: "file-\(index + 1)"))
        }
        return ""
    }

    public func footer(_ summary: Summary) -> String {
        var out = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'\(previews ? "; img-src data:" : "")">
            <title>mailproof report</title>
            <style>\(Self.styleSheet)\(previews ? HTMLPreviewStrip.styleSheet : "")</style>
            </head>
            <body>
            <h1>mailproof report</h1>

            """
        out += summaryBlock(summary)
        out += matrix()
        if state.sections.isEmpty {
            out += "<p class=\"clean\">No problems found.</p>\n"
        } else {
            out += "<h2>Files</h2>\n" + state.sections.joined()
        }
        out += "<footer>mailproof \(HTMLText.escape(MailproofVersion.current)) · support data: caniemail.com, \(HTMLText.escape(compatibility.database.updated))</footer>\n</body>\n</html>\n"
        return out
    }

    private func summaryBlock(_ summary: Summary) -> String {
        var out = "<section class=\"summary\">\n<p>"
        out += "<span class=\"count\">\(summary.files)</span> file\(summary.files == 1 ? "" : "s") checked, "
        out += "<span class=\"count\">\(summary.filesWithFindings)</span> with findings"
        if summary.unreadable > 0 { out += ", <span class=\"count\">\(summary.unreadable)</span> could not be checked" }
        out += "</p>\n<p>"
        out += "<span class=\"badge error\">\(summary.errors) error\(summary.errors == 1 ? "" : "s")</span> "
        out += "<span class=\"badge warning\">\(summary.warnings) warning\(summary.warnings == 1 ? "" : "s")</span> "
        out += "<span class=\"badge info\">\(summary.infos) info</span>"
        if summary.suppressed > 0 { out += " <span class=\"badge known\">\(summary.suppressed) suppressed by the baseline</span>" }
        out += "</p>\n"
        let top = summary.topRules(8)
        if !top.isEmpty {
            out += "<p>Top rules: " + top.map { "<code>\(HTMLText.escape($0.rule))</code> \($0.findings)" }.joined(separator: ", ") + "</p>\n"
        }
        return out + "</section>\n"
    }

    /// Rows: features found, most frequent first; columns: the target clients; cells: caniemail's verdict.
    private func matrix() -> String {
        guard !state.featureOrder.isEmpty else { return "" }
        let database = compatibility.database
        let clients = compatibility.clients
        let features = state.featureOrder.enumerated().sorted { lhs, rhs in
            let (a, b) = (state.featureFindings[lhs.element]!, state.featureFindings[rhs.element]!)
            return a != b ? a > b : lhs.offset < rhs.offset
        }.map(\.element)
        var out = "<h2>Features × clients</h2>\n<p class=\"legend\">"
        out += "<span class=\"cell y\">✓</span> supported <span class=\"cell a\">◐</span> partial "
        out += "<span class=\"cell n\">✗</span> not supported <span class=\"cell u\">?</span> unknown</p>\n"
        out += "<div class=\"matrix-wrap\"><table class=\"matrix\">\n<thead><tr><th class=\"feature\">feature</th><th>findings</th><th>files</th>"
        for client in clients {
            out += "<th class=\"client\"><span>\(HTMLText.escape(database.displayName(of: client)))</span></th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for slug in features {
            let title = database.feature(slug)?.title ?? slug
            out += "<tr><th class=\"feature\"><a href=\"\(HTMLText.escape(CompatFeature.url(forSlug: slug)))\">\(HTMLText.escape(title))</a>"
            out += " <code>\(HTMLText.escape(slug))</code></th>"
            out += "<td class=\"num\">\(state.featureFindings[slug] ?? 0)</td><td class=\"num\">\(state.featureFiles[slug]?.count ?? 0)</td>"
            for client in clients {
                let support = database.currentSupport(slug, client)
                let (symbol, name) = Self.cell(support)
                out += "<td class=\"cell \(support.letter)\" title=\"\(HTMLText.escape(database.displayName(of: client))): \(name)\">\(symbol)</td>"
            }
            out += "</tr>\n"
        }
        return out + "</tbody></table></div>\n"
    }

    private static func cell(_ support: Support) -> (String, String) {
        switch support {
        case .yes: ("✓", "supported")
        case .partial: ("◐", "partial support")
        case .no: ("✗", "not supported")
        case .unknown: ("?", "unknown")
        }
    }

    private func section(_ result: FileResult, anchor: String) -> String {
        var out = "<section class=\"file\" id=\"\(anchor)\">\n<h3>\(HTMLText.escape(result.path))"
        if !result.findings.isEmpty {
            out += " <span class=\"muted\">\(result.findings.count) finding\(result.findings.count == 1 ? "" : "s")</span>"
        }
        out += "</h3>\n"
        if let error = result.error {
            out += "<p class=\"unreadable\">Could not be checked: \(HTMLText.escape(error))</p>\n"
        }
        let (listed, calm) = FindingOrder.ranked(result.findings)
        for finding in listed.prefix(findingsPerFile) {
            out += "<div class=\"finding \(finding.severity.rawValue)\">\n<p><span class=\"badge \(finding.severity.rawValue)\">\(finding.severity.rawValue)</span> "
            out += "<span class=\"position\">\(finding.start.line):\(finding.start.column)</span> "
            out += HTMLText.escape(finding.message)
            out += " <code class=\"rule\">\(HTMLText.escape(finding.ruleID.rawValue))</code>"
            if let url = finding.url, url.hasPrefix("https://") {
                out += " <a href=\"\(HTMLText.escape(url))\">more</a>"
            }
            out += "</p>\n"
            if let source = result.source { out += frame(finding, in: source) }
            out += "</div>\n"
        }
        if listed.count > findingsPerFile {
            out += "<p class=\"muted\">… and \(listed.count - findingsPerFile) more findings in this file (all of them are in <code>--format json</code>).</p>\n"
        }
        if !calm.isEmpty { out += "<p class=\"muted calm\">\(HTMLText.escape(FindingOrder.calmLine(calm)))</p>\n" }
        if previews, let source = result.source { out += HTMLPreviewStrip.html(for: source, compatibility: compatibility) }
        return out + "</section>\n"
    }

    /// The lines of the range (at most four) with one line of context either side, the range marked.
    private func frame(_ finding: Finding, in source: SourceFile) -> String {
        let lines = source.lineIndex.lineCount
        let first = max(1, finding.start.line - 1)
        let lastMarked = min(finding.end.line, finding.start.line + 3)
        let last = min(lines, lastMarked + 1)
        guard first <= last else { return "" }
        let width = String(last).count
        var out = "<pre class=\"frame\">"
        for line in first...last {
            let range = source.lineIndex.lineRange(line)
            let markStart = max(range.start, min(finding.range.start, range.end))
            var markEnd = min(range.end, max(finding.range.end, range.start))
            if line < finding.start.line || line > lastMarked { markEnd = markStart }
            let gutter = String(repeating: " ", count: width - String(line).count) + String(line)
            out += "<span class=\"gutter\">\(gutter)</span> "
            out += piece(source, range.start, markStart, keep: .tail)
            if markEnd > markStart || (line == finding.start.line && finding.range.isEmpty) {
                out += "<mark>" + piece(source, markStart, markEnd, keep: .head) + "</mark>"
            }
            out += piece(source, markEnd, range.end, keep: .head) + "\n"
        }
        return out + "</pre>\n"
    }

    private enum Keep { case head, tail }

    /// The text of a byte range, escaped; long runs (minified lines) are cut to 120 bytes on a character
    /// boundary, keeping the end nearest the mark.
    private func piece(_ source: SourceFile, _ start: Int, _ end: Int, keep: Keep) -> String {
        guard end > start else { return "" }
        let limit = 120
        var from = start, to = end
        var cut = false
        if to - from > limit {
            cut = true
            if keep == .head { to = from + limit } else { from = to - limit }
            while from < to, source.bytes[from] & 0xC0 == 0x80 { from += 1 }
            while to > from, to < source.bytes.count, source.bytes[to] & 0xC0 == 0x80 { to -= 1 }
        }
        let text = HTMLText.escape(String(decoding: source.bytes[from..<to], as: UTF8.self))
        guard cut else { return text }
        return keep == .head ? text + "<span class=\"muted\">…</span>" : "<span class=\"muted\">…</span>" + text
    }

    static let styleSheet = """
        body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:24px;color:#1f2328;background:#fff}
        h1{font-size:22px;margin:0 0 12px}h2{font-size:17px;margin:28px 0 8px}h3{font-size:15px;margin:0 0 8px;word-break:break-all}
        code,pre{font:12px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
        .summary p{margin:4px 0}.count{font-weight:600}.muted{color:#656d76;font-weight:normal}
        .badge{display:inline-block;border-radius:10px;padding:0 8px;font-size:12px;font-weight:600;color:#fff}
        .badge.error{background:#cf222e}.badge.warning{background:#bf8700}.badge.info{background:#0969da}.badge.known{background:#656d76}
        .legend .cell{display:inline-block;width:22px;text-align:center;border-radius:3px;margin-left:10px}
        .matrix-wrap{overflow-x:auto}
        table.matrix{border-collapse:collapse;font-size:12px}
        .matrix th,.matrix td{border:1px solid #d0d7de;padding:3px 6px}
        .matrix thead th{background:#f6f8fa;vertical-align:bottom}
        .matrix th.client{height:150px;width:26px;padding:4px 2px;white-space:nowrap}
        .matrix th.client span{writing-mode:vertical-rl;transform:rotate(180deg);display:inline-block}
        .matrix th.feature{text-align:left;font-weight:normal;white-space:nowrap}
        .matrix td.num{text-align:right;color:#656d76}
        .cell{text-align:center;font-weight:600}
        .cell.y{background:#dafbe1;color:#116329}.cell.a{background:#fff8c5;color:#7d4e00}
        .cell.n{background:#ffebe9;color:#a40e26}.cell.u{background:#eaeef2;color:#656d76}
        section.file{border:1px solid #d0d7de;border-radius:6px;padding:12px 14px;margin:12px 0}
        .finding{margin:10px 0;padding-left:10px;border-left:3px solid #d0d7de}
        .finding.error{border-left-color:#cf222e}.finding.warning{border-left-color:#bf8700}.finding.info{border-left-color:#0969da}
        .finding p{margin:0 0 4px}.position{font-family:ui-monospace,monospace;color:#656d76}.rule{color:#656d76}
        pre.frame{background:#f6f8fa;border-radius:4px;padding:6px 8px;margin:0;overflow-x:auto;white-space:pre}
        .gutter{color:#8c959f;user-select:none}
        mark{background:#ffd8d3;color:inherit;border-bottom:2px solid #cf222e}
        .unreadable{color:#a40e26}.clean{color:#116329;font-weight:600}
        footer{margin-top:32px;color:#656d76;font-size:12px}
        """
}
