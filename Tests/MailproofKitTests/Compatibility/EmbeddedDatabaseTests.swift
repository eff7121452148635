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

    @Test func listedOrderIsKeptInTheRealData() throws {
        // caniemail lists Outlook for Mac as 2011, 2016, then 16.80: sorting would make 2016 current.
        let history = try #require(CompatDatabase.embedded.feature("css-display-flex")?.support(for: ClientID("outlook.macos")!))
        #expect(history.current?.version == history.entries.last?.version)
        #expect(history.entries.map(\.version) != history.entries.map(\.version).sorted())
    }
}
