import Testing
@testable import MailproofKit

@Suite struct CaniemailImporterTests {
    @Test func bothShapesGiveTheSameDatabase() throws {
        let plain = try CompatFixtures.database(CompatFixtures.dataJSON)
        let ordered = try CompatFixtures.database(CompatFixtures.dataOrderedJSON)
        #expect(plain == ordered)
        #expect(plain.compactEncoding() == ordered.compactEncoding())
    }

    @Test func keepsListedOrderSoTheLastListedVersionIsCurrent() throws {
        let database = try CompatFixtures.database()
        let history = try #require(database.feature("css-display-flex")?.support(for: CompatFixtures.client("outlook.macos")))
        #expect(history.entries.map(\.version) == ["2011", "2016", "16.80"])
        #expect(history.current?.version == "16.80")
        #expect(database.currentSupport("css-display-flex", CompatFixtures.client("outlook.macos")) == .yes)
        // Sorting the keys would have picked 2016, which says "n".
        #expect(history.entries.sorted { $0.version < $1.version }.last?.support == .no)
    }

    @Test func readsSupportLettersAndNotes() throws {
        let feature = try #require(try CompatFixtures.database().feature("css-display-flex"))
        let gmail = try #require(feature.support(for: CompatFixtures.client("gmail.desktop-webmail")))
        #expect(gmail.entries == [
            SupportEntry(version: "2019-10", support: .partial, notes: [1, 3]),
            SupportEntry(version: "2023-01", support: .yes),
        ])
        #expect(feature.support(for: CompatFixtures.client("gmail.ios"))?.entries.first == SupportEntry(version: "2019-10", support: .no, notes: [2]))
    }

    @Test(arguments: [
        ("a #1 #3", Support.partial, [1, 3]), ("y", .yes, []), ("n #2", .no, [2]), ("u", .unknown, []),
        ("q #1", .unknown, [1]), ("", .unknown, []), ("a#1#12", .partial, [1, 12]), ("  n  #7 ", .no, [7]), ("y #x", .yes, []),
    ])
    func parsesSupportValues(value: String, support: Support, notes: [Int]) {
        let entry = SupportEntry(version: "1", value: value)
        #expect(entry.support == support)
        #expect(entry.notes == notes)
    }

    @Test func toleratesMissingNotesAndReportsThem() throws {
        let (database, report) = try CaniemailImporter.importWithReport(Array(CompatFixtures.dataJSON.utf8))
        let entry = database.currentEntry("css-display-flex", CompatFixtures.client("gmail.ios"))
        #expect(entry == SupportEntry(version: "2020-02", support: .partial, notes: [4]))
        #expect(report.missingNotes.map(\.note) == [4])
        #expect(report.missingNotes.first?.client == CompatFixtures.client("gmail.ios"))
    }

    @Test func keepsUnknownFamiliesAndPlatformsNamedAsGiven() throws {
        let (database, report) = try CaniemailImporter.importWithReport(Array(CompatFixtures.dataJSON.utf8))
        let watch = CompatFixtures.client("newmail.watch")
        #expect(database.clients.contains(watch))
        #expect(database.families.last == CompatName(id: "newmail", name: "newmail"))
        #expect(database.displayName(of: watch) == "newmail (watch)")
        #expect(database.displayName(of: CompatFixtures.client("outlook.windows")) == "Outlook (Windows)")
        #expect(database.currentSupport("css-display-flex", watch) == .unknown)  // letter "q"
        #expect(report.unknownFamilies == ["newmail"])
        #expect(report.unknownPlatforms == ["watch"])
        #expect(report.unknownSupportValues.count == 1)
    }

    @Test func missingDataIsUnknownNeverACrash() throws {
        let database = try CompatFixtures.database()
        #expect(database.currentSupport("css-gap", CompatFixtures.client("outlook.windows")) == .unknown)
        #expect(database.currentSupport("css-gap", CompatFixtures.client("samsung-email.android")) == .unknown)  // empty history
        #expect(database.feature("css-gap")?.support(for: CompatFixtures.client("samsung-email.android"))?.current == nil)
        #expect(database.currentSupport("no-such-feature", CompatFixtures.client("gmail.ios")) == .unknown)
        #expect(database.feature("no-such-feature") == nil)
    }

    @Test func keepsFactsOnly() throws {
        let database = try CompatFixtures.database()
        let feature = try #require(database.feature("html-dialog"))
        #expect(feature.title == "<dialog> element \"quoted\"")
        #expect(feature.category == "html")
        #expect(feature.url == "https://www.caniemail.com/features/html-dialog/")
        #expect(!database.compactEncoding().contains("prose"))
        #expect(database.updated == "2026-01-02 03:04:05 +0000")
        #expect(database.featureSlugs == ["css-display-flex", "css-gap", "html-dialog"])
        #expect(database.categories.map(\.id) == ["html", "css", "image", "others"])
    }

    @Test func reportsOrderAndCategoryCounts() throws {
        let (_, report) = try CaniemailImporter.importWithReport(Array(CompatFixtures.dataOrderedJSON.utf8))
        #expect(report.featureCount == 3)
        #expect(report.featuresPerCategory == ["css": 2, "html": 1])
        // outlook.macos 2011, 2016, 16.80: out of sorted order, sorted last 2016 ≠ 16.80, and n ≠ y.
        #expect(report.reorderedHistories.map(\.client.description) == ["outlook.macos"])
        #expect(report.sortedPicksOtherSupport.count == 1)
    }

    @Test func importIsDeterministic() throws {
        let first = CaniemailImporter.embeddedSource(for: try CompatFixtures.database())
        let second = CaniemailImporter.embeddedSource(for: try CompatFixtures.database())
        #expect(first == second)
        #expect(first.contains("let embeddedCompatDataText = ##\"\"\"\nmailproof-compat 1\n"))
    }

    @Test func rejectsWhatIsNotCaniemailData() {
        #expect(throws: CaniemailImportError.notCaniemailData("no 'data' array")) {
            try CaniemailImporter.importData(Array(#"{"nicenames":{}}"#.utf8))
        }
        #expect(throws: CaniemailImportError.self) { try CaniemailImporter.importData(Array("[1,2".utf8)) }
    }

    @Test func toleratesFeaturesWithoutSlugOrStats() throws {
        let json = #"{"data":[{"title":"no slug"},{"slug":"a"},{"slug":"a","title":"again"}]}"#
        let (database, report) = try CaniemailImporter.importWithReport(Array(json.utf8))
        #expect(database.featureSlugs == ["a"])
        #expect(database.feature("a")?.title == "a")
        #expect(database.feature("a")?.category == "others")
        #expect(report.skippedFeatures.count == 2)
    }
}
