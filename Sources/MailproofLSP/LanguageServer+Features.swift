import Foundation
import MailproofKit

/// Code actions, hover and completion: each finding's fix as a quick fix, every fix of the file at once, a
/// directive to silence a rule on one line; caniemail's support for what is under the cursor; CSS properties with
/// their support while typing a style.
extension LanguageServer {
    func codeActions(_ params: [String: Any]) -> [CodeAction] {
        guard let document = document(params), let range = LSPRange(params["range"]) else { return [] }
        let only = (params["context"] as? [String: Any])?["only"] as? [String]
        var actions: [CodeAction] = []
        let wantsQuickFix = only == nil || only!.contains { $0.hasPrefix("quickfix") }
        let wantsFixAll = only == nil || only!.contains { "source.fixAll.mailproof".hasPrefix($0) }
        if wantsQuickFix {
            for finding in document.findings {
                let diagnostic = diagnostic(for: finding, in: document)
                guard diagnostic.range.overlaps(range) else { continue }
                if !finding.fix.isEmpty {
                    let edits = finding.fix.map { LSPTextEdit(range: document.lines.range($0.range.start, $0.range.end), newText: $0.replacement) }
                    actions.append(CodeAction(title: "Fix: \(finding.message)", kind: "quickfix", edits: edits, uri: document.uri,
                                              diagnostics: [diagnostic], isPreferred: true))
                }
                if let snippet = finding.snippet, let code = snippet.rendered() {
                    let line = document.lines.lineStart(diagnostic.range.start.line)
                    let at = document.lines.range(line, line)
                    actions.append(CodeAction(title: "Insert snippet \(snippet.name) (with this element's values)", kind: "quickfix",
                                              edits: [LSPTextEdit(range: at, newText: code + "\n")], uri: document.uri, diagnostics: [diagnostic]))
                }
                let line = document.lines.lineStart(diagnostic.range.start.line)
                let indent = String(decoding: document.text[line...].prefix { $0 == 0x20 || $0 == 0x09 }, as: UTF8.self)
                actions.append(CodeAction(title: "Disable \(finding.ruleID) for this line", kind: "quickfix",
                                          edits: [LSPTextEdit(range: document.lines.range(line, line),
                                                              newText: "\(indent)<!-- mailproof-disable-next-line \(finding.ruleID) -->\n")],
                                          uri: document.uri, diagnostics: [diagnostic]))
            }
        }
        if wantsFixAll, let linter = document.linter, document.findings.contains(where: { !$0.fix.isEmpty }),
           let source = try? SourceFile(path: Self.path(of: document.uri), data: document.text) {
            let fixed = FixPipeline().run(source, linter: linter)
            if fixed.changed {
                let whole = document.lines.range(0, document.text.count)
                actions.append(CodeAction(title: "Fix all mailproof problems in this file", kind: "source.fixAll.mailproof",
                                          edits: [LSPTextEdit(range: whole, newText: String(decoding: fixed.bytes, as: UTF8.self))],
                                          uri: document.uri))
            }
        }
        return actions
    }

    /// A Markdown table of support in the target clients for the caniemail feature under the cursor, with its
    /// impact in words and the caniemail link.
    func hover(_ params: [String: Any]) -> [String: Any]? {
        guard let document = document(params), let position = Position(params["position"]),
              let linter = document.linter, let source = try? SourceFile(path: Self.path(of: document.uri), data: document.text) else { return nil }
        let offset = document.lines.offset(of: position)
        let parsed = Document.parse(source, languages: linter.settings.templateLanguages)
        let occurrences = FeatureDetector.detect(in: parsed).filter { $0.range.start <= offset && offset <= $0.range.end }
        guard let occurrence = occurrences.min(by: { $0.range.length < $1.range.length }) else { return nil }
        let target = linter.settings.compatibility
        guard let feature = target.database.feature(occurrence.slug) else { return nil }
        let impact = FeatureImpact.of(occurrence.slug)
        var markdown = "**\(feature.title)** — impact: \(impact.impact.rawValue) (\(ImpactWording.meaning(impact.impact)))\n\n"
        markdown += "Where a client drops it, the reader sees \(impact.sees).\n\n| client | support |\n| --- | --- |\n"
        for client in target.clients {
            let entry = feature.support(for: client)?.current
            let verdict: String = switch entry?.support ?? .unknown {
            case .yes: "✓"
            case .no: "✗"
            case .partial: "partial" + ((entry?.notes.isEmpty ?? true) ? "" : " (note \(entry!.notes.map { "#\($0)" }.joined(separator: ", ")))")
            case .unknown: "unknown"
            }
            markdown += "| \(target.database.displayName(of: client)) | \(verdict) |\n"
        }
        markdown += "\n[caniemail: \(feature.title)](\(feature.url))"
        return ["contents": ["kind": "markdown", "value": markdown],
                "range": document.lines.range(occurrence.range.start, occurrence.range.end).json]
    }

    /// CSS properties inside `style=""` or a `<style>` block, fully supported ones first, with their support in
    /// the target clients as the detail.
    func completion(_ params: [String: Any]) -> [String: Any] {
        guard let document = document(params), let position = Position(params["position"]), let linter = document.linter else {
            return ["isIncomplete": false, "items": []]
        }
        let offset = document.lines.offset(of: position)
        guard Self.isInsideCSS(document.text, offset) else { return ["isIncomplete": false, "items": []] }
        let target = linter.settings.compatibility
        var items: [(rank: Int, item: [String: Any])] = []
        for (name, slug) in CSSPropertyCatalogue.properties {
            guard let feature = target.database.feature(slug) else { continue }
            var missing: [String] = []
            var partial: [String] = []
            for client in target.clients {
                switch feature.currentSupport(for: client) {
                case .no: missing.append(target.database.displayName(of: client))
                case .partial: partial.append(target.database.displayName(of: client))
                default: break
                }
            }
            let rank = missing.isEmpty ? (partial.isEmpty ? 0 : 1) : 2
            let detail = missing.isEmpty && partial.isEmpty ? "supported in every target client"
                : (missing.isEmpty ? "" : "not in \(missing.count) client\(missing.count == 1 ? "" : "s")") + (missing.isEmpty || partial.isEmpty ? "" : "; ")
                    + (partial.isEmpty ? "" : "partly in \(partial.count)")
            let documentation = (missing.isEmpty ? "" : "Not supported: " + missing.joined(separator: ", ") + ".\n")
                + (partial.isEmpty ? "" : "Partly supported: " + partial.joined(separator: ", ") + ".\n") + feature.url
            items.append((rank, ["label": name, "kind": 10, "detail": detail, "insertText": name + ": ",
                                 "sortText": "\(rank)\(name)", "documentation": documentation]))
        }
        return ["isIncomplete": false, "items": items.sorted { ($0.rank, $0.item["label"] as! String) < ($1.rank, $1.item["label"] as! String) }.map(\.item)]
    }

    /// Whether the offset is inside a `style` attribute's value or a `<style>` element's text.
    static func isInsideCSS(_ bytes: [UInt8], _ offset: Int) -> Bool {
        let before = String(decoding: bytes[..<min(offset, bytes.count)], as: UTF8.self).lowercased()
        if let open = before.range(of: "<style", options: .backwards) {
            let close = before.range(of: "</style", options: .backwards)
            if close == nil || close!.lowerBound < open.lowerBound, before[open.upperBound...].contains(">") { return true }
        }
        guard let tag = before.range(of: "<", options: .backwards) else { return false }
        let inTag = before[tag.lowerBound...]
        guard !inTag.contains(">"), let attribute = inTag.range(of: "style=", options: .backwards) else { return false }
        let value = inTag[attribute.upperBound...]
        guard let quote = value.first, quote == "\"" || quote == "'" else { return false }
        return !value.dropFirst().contains(quote)
    }
}
