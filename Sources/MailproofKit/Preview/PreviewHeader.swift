import Foundation

/// The comment a preview starts with: what it is (an approximation, not a screenshot) and every transformation
/// applied, grouped by what was done and why, with the lines of the customer's file it touched.
enum PreviewHeader {
    static func comment(clientName: String, client: ClientID, transformations: [PreviewTransformation],
                        source: SourceFile, databaseDate: String) -> String {
        var groups: [(key: String, action: String, source: PreviewSource, lines: [Int])] = []
        var positions: [String: Int] = [:]
        for transformation in transformations {
            let key = transformation.action + "\u{1F}" + transformation.source.citation
            let line = source.location(of: transformation.edit.range.start).line
            if let index = positions[key] {
                if groups[index].lines.last != line { groups[index].lines.append(line) }
            } else {
                positions[key] = groups.count
                groups.append((key, transformation.action, transformation.source, [line]))
            }
        }
        var text = "mailproof preview: an approximation of what \(clientName) (\(client)) keeps of this email, "
            + "not a screenshot of the app.\n"
        if groups.isEmpty {
            text += "No transformation applies: mailproof knows of nothing this app drops from this email.\n"
        } else {
            text += "Transformations applied (caniemail data of \(databaseDate.prefix(10))):\n"
            for group in groups {
                let shown = group.lines.prefix(12).map(String.init).joined(separator: ", ")
                let more = group.lines.count > 12 ? " and \(group.lines.count - 12) more" : ""
                let noun = group.lines.count == 1 ? "line" : "lines"
                text += "- \(group.action) (\(noun) \(shown)\(more)): \(group.source.citation)\n"
            }
        }
        text += "Everything else is as written; what mailproof does not know an app to do is left alone.\n"
        // "--" may not appear inside an HTML comment.
        return "<!--\n" + text.replacingOccurrences(of: "--", with: "- -") + "-->\n"
    }
}
