/// Email apps named the way customers know them ("Outlook on Windows", "Gmail"), from caniemail client ids.
enum AppNames {
    /// A readable list: whole families collapse to one name when every listed platform of it is affected.
    static func list(_ clients: [AffectedClient]) -> String {
        var names: [String] = []
        let ids = Set(clients.map(\.id))
        for (family, platforms) in wholeFamilies where platforms.isSubset(of: ids) {
            names.append(family)
        }
        let covered = wholeFamilies.filter { $0.platforms.isSubset(of: ids) }.reduce(into: Set<String>()) { $0.formUnion($1.platforms) }
        for client in clients where !covered.contains(client.id) {
            let name = friendly(client.id, fallback: client.name)
            if !names.contains(name) { names.append(name) }
        }
        return sentence(names)
    }

    static func friendly(_ id: String, fallback: String) -> String {
        if let name = known[id] { return name }
        let family = id.split(separator: ".").first.map(String.init) ?? id
        if let name = families[family] { return name }
        return fallback
    }

    /// "A", "A and B", "A, B and C".
    static func sentence(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
        }
    }

    /// Families named as one when all their main apps are affected.
    private static let wholeFamilies: [(name: String, platforms: Set<String>)] = [
        ("all Outlook apps", ["outlook.windows", "outlook.windows-mail", "outlook.macos", "outlook.outlook-com", "outlook.ios", "outlook.android"]),
        ("Apple Mail", ["apple-mail.macos", "apple-mail.ios"]),
    ]

    private static let known: [String: String] = [
        "outlook.windows": "Outlook on Windows",
        "outlook.windows-mail": "Windows Mail",
        "outlook.macos": "Outlook for Mac",
        "outlook.outlook-com": "Outlook.com",
        "outlook.ios": "Outlook on iPhone",
        "outlook.android": "Outlook on Android",
        "apple-mail.macos": "Apple Mail on Mac",
        "apple-mail.ios": "Apple Mail on iPhone and iPad",
        "samsung-email.android": "Samsung Email",
    ]

    private static let families: [String: String] = [
        "gmail": "Gmail", "yahoo": "Yahoo Mail", "aol": "AOL Mail", "thunderbird": "Thunderbird", "protonmail": "Proton Mail",
        "hey": "HEY", "fastmail": "Fastmail", "mail-ru": "Mail.ru", "orange": "Orange Mail", "sfr": "SFR Mail",
        "laposte": "La Poste Mail", "gmx": "GMX", "web-de": "WEB.DE", "ionos-1and1": "IONOS Mail",
    ]
}

