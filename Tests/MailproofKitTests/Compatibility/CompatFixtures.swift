@testable import MailproofKit

/// Small caniemail API files, in both published shapes, carrying the quirks the real data has.
enum CompatFixtures {
    static let nicenames = """
        "nicenames":{"family":{"gmail":"Gmail","outlook":"Outlook","apple-mail":"Apple Mail","samsung-email":"Samsung Email"},\
        "platform":{"desktop-webmail":"Desktop Webmail","ios":"iOS","android":"Android","windows":"Windows","macos":"macOS"},\
        "support":{"supported":"Supported"},"category":{"html":"HTML","css":"CSS","image":"Image formats","others":"Others"}}
        """

    /// `data.json` shape: each history is an object whose key order is the listed order.
    /// - outlook.macos lists `2011, 2016, 16.80`: sorting would make `2016` (n) current instead of `16.80` (y).
    /// - `#4` on gmail.ios is referenced but `notes_by_num` has no 4.
    /// - family `newmail` and platform `watch` are unknown to the nicenames.
    /// - `css-gap` has no data for most clients.
    static let dataJSON = """
        {"api_version":"1.0.4","last_update_date":"2026-01-02 03:04:05 +0000",\(nicenames),"data":[
        {"slug":"css-display-flex","title":"display:flex","description":"prose not kept","url":"x","category":"css",\
        "stats":{"gmail":{"desktop-webmail":{"2019-10":"a #1 #3","2023-01":"y"},"ios":{"2019-10":"n #2","2020-02":"a #4"}},\
        "outlook":{"windows":{"2007":"n","2019":"n"},"macos":{"2011":"n","2016":"n","16.80":"y"}},\
        "newmail":{"watch":{"1.0":"q #1"}}},\
        "notes":null,"notes_by_num":{"1":"prose","2":"prose","3":"prose"}},
        {"slug":"css-gap","title":"gap","description":"","category":"css",\
        "stats":{"apple-mail":{"macos":{"16":"y"}},"samsung-email":{"android":{}}},"notes":null,"notes_by_num":null},
        {"slug":"html-dialog","title":"<dialog> element \\"quoted\\"","category":"html",\
        "stats":{"gmail":{"android":{"2024-01":"u"}}},"notes_by_num":{}}
        ]}
        """

    /// The same data in `data-ordered.json` shape: each history is an array of one-key objects.
    static let dataOrderedJSON = """
        {"api_version":"1.0.4-ordered","last_update_date":"2026-01-02 03:04:05 +0000",\(nicenames),"data":[
        {"slug":"css-display-flex","title":"display:flex","description":"prose not kept","url":"x","category":"css",\
        "stats":{"gmail":{"desktop-webmail":[{"2019-10":"a #1 #3"},{"2023-01":"y"}],"ios":[{"2019-10":"n #2"},{"2020-02":"a #4"}]},\
        "outlook":{"windows":[{"2007":"n"},{"2019":"n"}],"macos":[{"2011":"n"},{"2016":"n"},{"16.80":"y"}]},\
        "newmail":{"watch":[{"1.0":"q #1"}]}},\
        "notes":null,"notes_by_num":{"1":"prose","2":"prose","3":"prose"}},
        {"slug":"css-gap","title":"gap","description":"","category":"css",\
        "stats":{"apple-mail":{"macos":[{"16":"y"}]},"samsung-email":{"android":[]}},"notes":null,"notes_by_num":null},
        {"slug":"html-dialog","title":"<dialog> element \\"quoted\\"","category":"html",\
        "stats":{"gmail":{"android":[{"2024-01":"u"}]}},"notes_by_num":{}}
        ]}
        """

    static func database(_ json: String = dataJSON) throws -> CompatDatabase {
        try CaniemailImporter.importData(Array(json.utf8))
    }

    static func client(_ id: String) -> ClientID { ClientID(id)! }
}
