extension CompatAssessment {
    /// "display:flex is not supported in Outlook (Windows), partially in Gmail (iOS, Android)".
    func summary(in database: CompatDatabase) -> String {
        var parts: [String] = []
        for support in [Support.no, .partial, .unknown] {
            let clients = affected.filter { $0.support == support }.map(\.client)
            guard !clients.isEmpty else { continue }
            let phrase: String
            switch support {
            case .no: phrase = "not supported in"
            case .partial: phrase = parts.isEmpty ? "only partly supported in" : "partly in"
            default: phrase = parts.isEmpty ? "of unknown support in" : "unknown in"
            }
            parts.append(phrase + " " + ClientNames.compact(clients, in: database))
        }
        return "\(title) is " + parts.joined(separator: ", ")
    }
}

/// Client lists written the way people say them: "Outlook (Windows, macOS), Gmail (iOS)". Messages name at
/// most `familyLimit` families and count the rest; the finding's client list (JSON) has them all.
enum ClientNames {
    static let familyLimit = 3

    static func compact(_ clients: [ClientID], in database: CompatDatabase) -> String {
        var order: [String] = []
        var platforms: [String: [String]] = [:]
        for client in clients {
            if platforms[client.family] == nil { order.append(client.family) }
            platforms[client.family, default: []].append(database.platformName(client.platform))
        }
        var text = order.prefix(familyLimit).map { family in
            "\(database.familyName(family)) (\(platforms[family]!.joined(separator: ", ")))"
        }.joined(separator: ", ")
        if order.count > familyLimit {
            let others = order.dropFirst(familyLimit).reduce(0) { $0 + platforms[$1]!.count }
            text += " and \(others) more client\(others == 1 ? "" : "s")"
        }
        return text
    }
}
