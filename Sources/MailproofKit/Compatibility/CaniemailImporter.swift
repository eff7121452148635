import Foundation

/// Reads caniemail's published API file (https://www.caniemail.com/api/data.json or data-ordered.json) into a
/// `CompatDatabase`, keeping facts only.
///
/// The two shapes differ only in how a history is written: `data.json` uses an object whose key order is the
/// listed order (`{"2019-10": "n", "16.80": "y"}`), `data-ordered.json` an array of one-key objects
/// (`[{"2019-10": "n"}, {"16.80": "y"}]`). Both are read with an order-preserving parser and give the same database.
public enum CaniemailImporter {
    /// Where `mailproof data import` writes the generated source by default, relative to the package root.
    public static let defaultEmbeddedSourcePath = "Sources/MailproofKit/Compatibility/EmbeddedCompatData.swift"

    public static func importData(_ bytes: [UInt8]) throws -> CompatDatabase {
        try importWithReport(bytes).database
    }

    public static func importWithReport(_ bytes: [UInt8]) throws -> (database: CompatDatabase, report: CaniemailImportReport) {
        let root: JSONValue
        do {
            root = try JSONReader.parse(bytes)
        } catch let error as JSONReadError {
            throw CaniemailImportError.malformedJSON(error)
        }
        guard root.objectMembers != nil else { throw CaniemailImportError.notCaniemailData("top level is not an object") }
        guard let data = root["data"]?.arrayValue else { throw CaniemailImportError.notCaniemailData("no 'data' array") }

        var report = CaniemailImportReport()
        let nicenames = root["nicenames"]
        var families = names(nicenames?["family"])
        var platforms = names(nicenames?["platform"])
        var categories = names(nicenames?["category"])
        var knownFamilies = Set(families.map(\.id))
        var knownPlatforms = Set(platforms.map(\.id))
        var knownCategories = Set(categories.map(\.id))

        var features: [CompatFeature] = []
        var seenSlugs = Set<String>()
        var seenClients = Set<ClientID>()
        var clientsInOrder: [ClientID] = []

        for (index, item) in data.enumerated() {
            guard let slug = item["slug"]?.stringValue, !slug.isEmpty else {
                report.skippedFeatures.append("#\(index) (no slug)")
                continue
            }
            guard seenSlugs.insert(slug).inserted else {
                report.skippedFeatures.append("\(slug) (duplicate)")
                continue
            }
            let title = item["title"]?.stringValue ?? slug
            let category = item["category"]?.stringValue ?? "others"
            if knownCategories.insert(category).inserted {
                categories.append(CompatName(id: category, name: category))
                report.unknownCategories.append(category)
            }
            let definedNotes = Set((item["notes_by_num"]?.objectMembers ?? []).compactMap { Int($0.key) })
            var usedNotes = Set<Int>()

            var histories: [ClientSupport] = []
            for familyMember in item["stats"]?.objectMembers ?? [] {
                let family = familyMember.key
                if knownFamilies.insert(family).inserted {
                    families.append(CompatName(id: family, name: family))
                    report.unknownFamilies.append(family)
                }
                for platformMember in familyMember.value.objectMembers ?? [] {
                    let platform = platformMember.key
                    if knownPlatforms.insert(platform).inserted {
                        platforms.append(CompatName(id: platform, name: platform))
                        report.unknownPlatforms.append(platform)
                    }
                    let client = ClientID(family: family, platform: platform)
                    var entries: [SupportEntry] = []
                    for member in historyMembers(platformMember.value) {
                        let entry: SupportEntry
                        if let value = member.value.stringValue {
                            entry = SupportEntry(version: member.key, value: value)
                            let letter = value.drop(while: { $0 == " " }).prefix(while: { $0 != " " && $0 != "#" })
                            if Support(rawValue: String(letter)) == nil {
                                report.unknownSupportValues.append("\(slug) \(client) \(member.key) \(value)")
                            }
                        } else {
                            entry = SupportEntry(version: member.key, support: .unknown)
                            report.unknownSupportValues.append("\(slug) \(client) \(member.key) (not a string)")
                        }
                        for note in entry.notes {
                            usedNotes.insert(note)
                            if !definedNotes.contains(note) {
                                report.missingNotes.append(.init(slug: slug, client: client, version: member.key, note: note))
                            }
                        }
                        entries.append(entry)
                    }
                    if seenClients.insert(client).inserted { clientsInOrder.append(client) }
                    record(order: entries, of: .init(slug: slug, client: client), in: &report)
                    histories.append(ClientSupport(client: client, entries: entries))
                }
            }
            for note in definedNotes.subtracting(usedNotes).sorted() { report.unusedNotes.append("\(slug) #\(note)") }
            features.append(CompatFeature(slug: slug, title: title, category: category, clients: histories))
            report.featuresPerCategory[category, default: 0] += 1
        }
        report.featureCount = features.count

        // Clients grouped by family in caniemail's family order; platforms keep first-seen order.
        let familyRank = Dictionary(families.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let clients = clientsInOrder.enumerated()
            .sorted { (familyRank[$0.element.family]!, $0.offset) < (familyRank[$1.element.family]!, $1.offset) }
            .map(\.element)

        let database = CompatDatabase(
            updated: root["last_update_date"]?.stringValue ?? "", families: families, platforms: platforms,
            categories: categories, clients: clients, features: features)
        return (database, report)
    }

    /// Versions of one history in listed order, whichever shape it is written in.
    private static func historyMembers(_ value: JSONValue) -> [JSONMember] {
        switch value {
        case .object(let members): return members  // data.json: key order is the listed order
        case .array(let items): return items.flatMap { $0.objectMembers ?? [] }  // data-ordered.json
        default: return []  // null or junk: no data for this client
        }
    }

    /// Counts how a history compares with its versions sorted as plain strings (what "sort the keys" does).
    private static func record(order entries: [SupportEntry], of reference: CaniemailImportReport.HistoryReference, in report: inout CaniemailImportReport) {
        report.historyCount += 1
        report.entryCount += entries.count
        let sorted = entries.sorted { $0.version < $1.version }
        guard sorted.map(\.version) != entries.map(\.version) else { return }
        report.reorderedHistories.append(reference)
        guard let sortedLast = sorted.last, let listedLast = entries.last, sortedLast.version != listedLast.version else { return }
        report.sortedPicksOtherVersion.append(reference)
        if sortedLast.support != listedLast.support { report.sortedPicksOtherSupport.append(reference) }
    }

    private static func names(_ value: JSONValue?) -> [CompatName] {
        (value?.objectMembers ?? []).map { CompatName(id: $0.key, name: $0.value.stringValue ?? $0.key) }
    }
}
