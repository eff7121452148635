import Testing
@testable import MailproofKit

@Suite struct EmbeddedDatabaseTests {
    @Test func loadsWithTheRealData() throws {
        let database = CompatDatabase.embedded
        #expect(database.featureCount >= 300)
        let flex = try #require(database.feature("css-display-flex"))
        #expect(flex.category == "css")
        let outlook = try #require(flex.support(for: ClientID("outlook.windows")!))
        #expect(!outlook.entries.isEmpty)
        #expect(outlook.currentSupport == .no)
        #expect(database.displayName(of: outlook.client) == "Outlook (Windows)")
        #expect(database.clients.count >= 40)
    }

    @Test func everyFeatureDecodesAndReencodesIdentically() throws {
        let strict = try CompatDatabase(compact: embeddedCompatDataText)
        #expect(strict.compactEncoding() == embeddedCompatDataText)
        #expect(strict == CompatDatabase.embedded)
    }

    @Test func defaultPresetExistsInTheEmbeddedData() throws {
        let clients = ClientSelection.default.clients(in: .embedded)
        #expect(clients.count == ClientPreset.popular.patterns.count)
        for pattern in ClientPreset.popular.patterns {
            _ = try ClientSelection(parsing: [pattern], in: .embedded)
        }
    }

    @Test func listedOrderIsKeptInTheRealData() {
        // caniemail lists e.g. Outlook for Mac's css-animation as 2011 (y), 2016 (y), 16.80 (n). Had the import
        // sorted versions, no history could have a sorted-last verdict different from its current one.
        let differing = CompatDatabase.embedded.features.flatMap(\.clients).filter { history in
            history.entries.sorted { $0.version < $1.version }.last?.support != history.currentSupport
        }
        #expect(differing.count > 0)
    }
}
