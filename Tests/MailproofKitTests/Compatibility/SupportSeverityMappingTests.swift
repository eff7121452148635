import Testing
@testable import MailproofKit

@Suite struct SupportSeverityMappingTests {
    @Test func defaults() {
        let mapping = SupportSeverityMapping.default
        #expect(mapping.severity(for: .no) == .error)
        #expect(mapping.severity(for: .partial) == .warning)
        #expect(mapping.severity(for: .unknown) == nil)
        #expect(mapping.severity(for: .yes) == nil)
        #expect(mapping.severity(for: [.yes, .partial, .unknown]) == .warning)
        #expect(mapping.severity(for: [.yes, .unknown]) == nil)
    }

    @Test func configurable() throws {
        var mapping = SupportSeverityMapping.default
        try mapping.set(support: "n", severity: "warning")
        try mapping.set(support: "partial", severity: "ignore")
        try mapping.set(support: "u", severity: "info")
        #expect(mapping == SupportSeverityMapping(unsupported: .warning, partial: nil, unknown: .info))
        #expect(throws: SupportSeverityMappingError.self) { try mapping.set(support: "y", severity: "error") }
        #expect(throws: SupportSeverityMappingError.self) { try mapping.set(support: "n", severity: "fatal") }
    }

    @Test func assessesAFeatureForClients() throws {
        let database = try CompatFixtures.database()
        let clients = ["gmail.desktop-webmail", "gmail.ios", "outlook.windows", "apple-mail.macos"].map(CompatFixtures.client)
        let assessment = try #require(database.assess("css-display-flex", for: clients))
        #expect(assessment.severity == .error)
        #expect(assessment.affected.map(\.client.description) == ["gmail.ios", "outlook.windows"])
        #expect(assessment.affectedClients.first == AffectedClient(id: "gmail.ios", name: "Gmail (iOS)", support: "a", notes: [4]))
        #expect(assessment.url == "https://www.caniemail.com/features/css-display-flex/")
        #expect(database.assess("css-gap", for: clients) == nil)  // y or no data only
    }
}
