import Foundation
import Testing
@testable import MailproofKit

@Suite struct CompatDataFileTests {
    func temporaryFile(_ name: String, _ contents: String) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("mailproof-compat-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try Data(contents.utf8).write(to: url)
        return url
    }

    @Test func loadsCaniemailJSONOrCompactDataAtRunTime() throws {
        let expected = try CompatFixtures.database()
        #expect(try CompatDatabase(contentsOf: try temporaryFile("data.json", CompatFixtures.dataJSON)) == expected)
        #expect(try CompatDatabase(contentsOf: try temporaryFile("data-ordered.json", CompatFixtures.dataOrderedJSON)) == expected)
        #expect(try CompatDatabase(contentsOf: try temporaryFile("db.compat", expected.compactEncoding())) == expected)
    }

    @Test func namesTheFileWhenItCannotBeUsed() throws {
        let url = try temporaryFile("broken.json", "{\"data\": [}")
        do {
            _ = try CompatDatabase(contentsOf: url)
            Issue.record("accepted broken JSON")
        } catch let error as CompatDataFileError {
            #expect(error.description.hasPrefix(url.path))
            #expect(error.description.contains("line 1, column 11"))
        }
        #expect(throws: CompatDataFileError.self) { try CompatDatabase(contentsOf: url.appendingPathExtension("missing")) }
    }

    @Test func writesTheEmbeddedSourceIdenticallyEachTime() throws {
        let input = try temporaryFile("data.json", CompatFixtures.dataJSON)
        let first = input.deletingLastPathComponent().appendingPathComponent("first.swift")
        let second = input.deletingLastPathComponent().appendingPathComponent("second.swift")
        let report = try CaniemailImporter.writeEmbeddedSource(from: input, to: first)
        try CaniemailImporter.writeEmbeddedSource(from: input, to: second)
        #expect(try Data(contentsOf: first) == Data(contentsOf: second))
        #expect(report.featureCount == 3)
        let source = try String(contentsOf: first, encoding: .utf8)
        #expect(source.contains(try CompatFixtures.database().compactEncoding()))
    }

    @Test func listsClientsPlatformsAndPresets() throws {
        let text = ClientListing.text(for: try CompatFixtures.database())
        #expect(text.contains("* outlook.windows"))
        #expect(text.contains("Outlook (Windows)"))
        #expect(text.contains("newmail.watch"))
        #expect(text.contains("popular (default)"))
        #expect(text.contains("microsoft"))
    }
}
