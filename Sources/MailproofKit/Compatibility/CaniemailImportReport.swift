/// What an import found: counts, and the data quirks it tolerated. For `mailproof data import` to print.
public struct CaniemailImportReport: Sendable, Equatable {
    /// A note number used by a support value.
    public struct NoteReference: Hashable, Sendable {
        public var slug: String
        public var client: ClientID
        public var version: String
        public var note: Int
    }

    /// A (feature, client) history.
    public struct HistoryReference: Hashable, Sendable {
        public var slug: String
        public var client: ClientID
    }

    public var featureCount = 0
    public var featuresPerCategory: [String: Int] = [:]
    public var historyCount = 0
    public var entryCount = 0
    /// Histories whose listed version order differs from their versions sorted as strings.
    public var reorderedHistories: [HistoryReference] = []
    /// Histories where sorting the versions would pick a different last ("current") version.
    public var sortedPicksOtherVersion: [HistoryReference] = []
    /// Histories where that wrongly picked version also has a different support letter: the visible bug.
    public var sortedPicksOtherSupport: [HistoryReference] = []
    /// Notes referenced by a support value but absent from the feature's `notes_by_num`.
    public var missingNotes: [NoteReference] = []
    /// Notes defined in `notes_by_num` but never referenced (harmless; reported for completeness).
    public var unusedNotes: [String] = []
    /// Families, platforms and categories used without a nicename; kept and named as given.
    public var unknownFamilies: [String] = []
    public var unknownPlatforms: [String] = []
    public var unknownCategories: [String] = []
    /// Support values whose letter is not y/n/a/u (read as unknown), as `slug client version value`.
    public var unknownSupportValues: [String] = []
    /// Features dropped: no slug, or a slug seen before.
    public var skippedFeatures: [String] = []

    public init() {}

    /// A human-readable summary, one fact per line.
    public var summary: String {
        var lines = ["features: \(featureCount)"]
        for (category, count) in featuresPerCategory.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) }) {
            lines.append("  \(category): \(count)")
        }
        lines.append("client histories: \(historyCount) (\(entryCount) tested versions)")
        lines.append("histories listed out of sorted order: \(reorderedHistories.count)")
        lines.append("  sorting would pick another current version: \(sortedPicksOtherVersion.count)")
        lines.append("  ...with a different support letter: \(sortedPicksOtherSupport.count)")
        lines.append("notes referenced but missing: \(missingNotes.count)")
        for reference in missingNotes {
            lines.append("  \(reference.slug) \(reference.client) \(reference.version) #\(reference.note)")
        }
        lines.append("notes defined but unused: \(unusedNotes.count)")
        lines.append("unknown families: \(unknownFamilies.isEmpty ? "none" : unknownFamilies.joined(separator: ", "))")
        lines.append("unknown platforms: \(unknownPlatforms.isEmpty ? "none" : unknownPlatforms.joined(separator: ", "))")
        if !unknownCategories.isEmpty { lines.append("unknown categories: \(unknownCategories.joined(separator: ", "))") }
        if !unknownSupportValues.isEmpty {
            lines.append("unrecognised support values: \(unknownSupportValues.count)")
            for value in unknownSupportValues.prefix(20) { lines.append("  \(value)") }
        }
        if !skippedFeatures.isEmpty { lines.append("skipped features: \(skippedFeatures.joined(separator: ", "))") }
        return lines.joined(separator: "\n")
    }
}
