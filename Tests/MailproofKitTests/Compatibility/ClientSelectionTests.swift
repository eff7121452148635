import Testing
@testable import MailproofKit

@Suite struct ClientSelectionTests {
    let database = CompatDatabase(
        updated: "",
        families: ["gmail", "outlook", "yahoo", "apple-mail", "samsung-email", "microsoft"].map { CompatName(id: $0, name: $0) },
        platforms: ["desktop-webmail", "ios", "android", "windows", "windows-mail", "macos", "outlook-com"].map { CompatName(id: $0, name: $0) },
        categories: [],
        clients: [
            "gmail.desktop-webmail", "gmail.ios", "gmail.android", "outlook.windows", "outlook.windows-mail", "outlook.macos",
            "outlook.outlook-com", "outlook.ios", "yahoo.desktop-webmail", "apple-mail.macos", "apple-mail.ios", "samsung-email.android",
        ].map { ClientID($0)! },
        features: [])

    func selected(_ patterns: String...) throws -> [String] {
        try ClientSelection(parsing: patterns, in: database).clients(in: database).map(\.description)
    }

    @Test func exactIdsAndGlobs() throws {
        #expect(try selected("outlook.windows") == ["outlook.windows"])
        #expect(try selected("gmail.*") == ["gmail.desktop-webmail", "gmail.ios", "gmail.android"])
        #expect(try selected("*.ios") == ["gmail.ios", "outlook.ios", "apple-mail.ios"])
        #expect(try selected("outlook.windows*") == ["outlook.windows", "outlook.windows-mail"])
        #expect(try selected("*mail.*os") == ["gmail.ios", "apple-mail.macos", "apple-mail.ios"])
        #expect(try selected("*.?os") == ["gmail.ios", "outlook.ios", "apple-mail.ios"])
        #expect(try selected("gmail") == ["gmail.desktop-webmail", "gmail.ios", "gmail.android"])  // bare family
        #expect(try selected("Outlook.Windows, yahoo.*") == ["outlook.windows", "yahoo.desktop-webmail"])
    }

    @Test func presets() throws {
        #expect(try selected("all").count == database.clients.count)
        #expect(try selected("microsoft") == ["outlook.windows", "outlook.windows-mail", "outlook.macos", "outlook.outlook-com", "outlook.ios"])
        #expect(try selected("outlook-windows") == ["outlook.windows", "outlook.windows-mail"])
        #expect(try selected("default") == (try selected("popular")))
        #expect(try selected("popular").contains("outlook.windows"))
        #expect(try selected("popular").count == 12)  // outlook.android, yahoo apps are not in this database: no failure
        #expect(ClientSelection.default.matches(ClientID("apple-mail.ios")!))
        #expect(!ClientSelection.default.matches(ClientID("protonmail.ios")!))
    }

    @Test func defaultPresetNamesTheBigClients() {
        let expected = [
            "apple-mail.ios", "apple-mail.macos", "gmail.desktop-webmail", "gmail.ios", "gmail.android", "outlook.windows",
            "outlook.windows-mail", "outlook.macos", "outlook.outlook-com", "outlook.ios", "outlook.android",
            "yahoo.desktop-webmail", "samsung-email.android",
        ]
        for id in expected { #expect(ClientSelection.default.matches(ClientID(id)!), "\(id)") }
    }

    @Test func matchesWithoutADatabase() throws {
        let selection = try ClientSelection(parsing: ["*.ios", "outlook.windows"], in: database)
        #expect(selection.matches(ClientID("newmail.ios")!))
        #expect(selection.matches(ClientID("outlook.windows")!))
        #expect(!selection.matches(ClientID("outlook.windows-mail")!))
    }

    @Test func unknownFamilyNamesTheBadIdAndTheValidFamilies() {
        do {
            _ = try ClientSelection(parsing: ["gmial.*"], in: database)
            Issue.record("accepted gmial.*")
        } catch let error as ClientSelectionError {
            #expect(error.pattern == "gmial.*")
            #expect(error.description.contains("gmial"))
            // `microsoft` has a nicename but no clients, so it is not offered as a family.
            #expect(error.description.contains("Valid families: gmail, outlook, yahoo, apple-mail, samsung-email;"))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test(arguments: ["*.iso", "gmail.windows", "outlook.", ".ios", "", " , "])
    func rejectsPatternsThatMatchNothing(pattern: String) {
        #expect(throws: ClientSelectionError.self) { try ClientSelection(parsing: [pattern], in: database) }
    }

    @Test func globMatching() {
        #expect(globMatch("*", ""))
        #expect(globMatch("a*b*c", "aXXbYYc"))
        #expect(!globMatch("a*b", "aXXbc"))
        #expect(globMatch("?os", "ios"))
        #expect(!globMatch("?os", "macos"))
        // `?` and `*` take whole characters, not bytes.
        #expect(globMatch("caf?", "café"))
        #expect(!globMatch("caf??", "café"))
        #expect(globMatch("*é", "naïveté"))
        #expect(globMatch("na*?té", "naïveté"))
    }
}
