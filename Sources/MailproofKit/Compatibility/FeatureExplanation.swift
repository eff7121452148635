/// One feature's current support in every client, for `mailproof explain client-support --feature SLUG`.
public enum FeatureExplanation {
    public static func text(for slug: String, in database: CompatDatabase,
                            selection: ClientSelection = .default) -> String? {
        guard let feature = database.feature(slug) else { return nil }
        var out = "\(feature.title) (\(slug), \(feature.category))\n\(feature.url)\n\n"
        let impact = FeatureImpactTable.impact(of: slug)
        out += "Impact: \(impact.impact.rawValue) (\(ImpactWording.meaning(impact.impact))). Where a client drops it, the reader sees \(impact.sees).\n"
        out += "client-support reports it at \(ImpactWording.defaultSeverity(impact.impact)) where a client lacks it (one step lower where support is partial), before context: a fallback in view, Outlook's own version, a rule that styles nothing.\n\n"
        let rows: [[String]] = database.clients.map { client in
            let entry = feature.support(for: client)?.current
            let verdict: String
            switch entry?.support ?? .unknown {
            case .yes: verdict = "supported"
            case .no: verdict = "not supported"
            case .partial: verdict = "partial"
            case .unknown: verdict = "unknown"
            }
            let notes = entry.map { $0.notes.map { "#\($0)" }.joined(separator: " ") } ?? ""
            return [(selection.matches(client) ? "* " : "  ") + client.description, database.displayName(of: client),
                    verdict, entry?.version ?? "no data", notes]
        }
        let header = ["  client", "name", "support", "as of", "notes"]
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        for row in [header] + rows {
            out += row.indices.map { column in
                row[column] + String(repeating: " ", count: widths[column] - row[column].count)
            }.joined(separator: "  ").trimmingWhitespace() + "\n"
        }
        out += "\n* = in the default client preset. Notes are on the caniemail page above.\n"
        return out
    }
}
