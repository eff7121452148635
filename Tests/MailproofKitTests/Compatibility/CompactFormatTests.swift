import Foundation
import Testing
@testable import MailproofKit

@Suite struct CompactFormatTests {
    @Test func roundTripIsByteIdentical() throws {
        let database = try CompatFixtures.database()
        let encoded = database.compactEncoding()
        let decoded = try CompatDatabase(compact: encoded)
        #expect(decoded == database)
        #expect(decoded.compactEncoding() == encoded)
        let lazy = try CompatDatabase(lazilyDecoding: encoded)
        #expect(lazy == database)
        #expect(lazy.compactEncoding() == encoded)
    }

    @Test func escapesSeparatorsInIdsVersionsAndTitles() throws {
        let weird = ClientID(family: "we.ird=fam", platform: "plat;form%")
        let database = CompatDatabase(
            updated: "2026\t01", families: [CompatName(id: "we.ird=fam", name: "Weird = \"Fam\"\t|")],
            platforms: [CompatName(id: "plat;form%", name: "Plat,form")], categories: [CompatName(id: "css", name: "CSS")],
            clients: [weird],
            features: [
                CompatFeature(
                    slug: "odd=slug", title: "Title\twith\ntabs, 100% \"quotes\" \\ and ##\"\"\" 😀", category: "css",
                    clients: [
                        ClientSupport(client: weird, entries: [
                            SupportEntry(version: "1,2=3;4.5%", support: .partial, notes: [1, 22]),
                            SupportEntry(version: "", support: .no),
                        ])
                    ])
            ])
        let encoded = database.compactEncoding()
        let decoded = try CompatDatabase(compact: encoded)
        #expect(decoded == database)
        #expect(decoded.compactEncoding() == encoded)
        #expect(encoded.split(separator: "\n").count == 9)  // 7 header lines + index + one feature line
    }

    @Test func embeddedSourceSurvivesHashesAndQuotesInTheData() throws {
        let database = CompatDatabase(
            updated: "", families: [], platforms: [], categories: [], clients: [],
            features: [CompatFeature(slug: "x", title: "a \"\"\"## \\## b", category: "css", clients: [])])
        let source = CaniemailImporter.embeddedSource(for: database)
        #expect(source.contains("= ###\"\"\"\n"))  // longest run of # in the data is 2
        #expect(source.hasSuffix("\n\"\"\"###\n"))
    }

    @Test(arguments: [
        ("not compat data", 1),
        ("mailproof-compat 1\nupdated\tx\n", 3),
        ("mailproof-compat 1\nfeatures\t1\nindex\ta=4\nabc\n", 4),  // feature line without fields
        ("mailproof-compat 1\nfeatures\t2\nindex\ta=2\na\t\n", 3),
    ])
    func rejectsMalformedCompactData(text: String, line: Int) {
        do {
            _ = try CompatDatabase(compact: text)
            Issue.record("accepted \(text)")
        } catch let error as CompactFormatError {
            #expect(error.line == line, "\(error)")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func rejectsBadFeatureLinesNamingTheLine() throws {
        let good = try CompatFixtures.database().compactEncoding()
        let broken = good.replacingOccurrences(of: "=y", with: "=Y")
        #expect(broken.utf8.count == good.utf8.count)
        do {
            _ = try CompatDatabase(compact: broken)
            Issue.record("accepted a bad support letter")
        } catch let error as CompactFormatError {
            #expect(error.line >= 9, "\(error)")
        }
    }
}
