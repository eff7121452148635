/// The email clients a run judges compatibility against, with the support data to judge by. Resolved once per
/// configuration (`clients:`, `--clients`, `compatData:`, `--compat-data`), shared by every file.
public struct CompatibilityTarget: Sendable {
    public var database: CompatDatabase
    /// The selected clients, in the database's order.
    public var clients: [ClientID]

    public init(database: CompatDatabase, clients: [ClientID]) {
        self.database = database
        self.clients = clients
    }

    /// The embedded data and the default client preset.
    public static var standard: CompatibilityTarget {
        let database = CompatDatabase.embedded
        return CompatibilityTarget(database: database, clients: ClientSelection.default.clients(in: database))
    }

    /// Clients that render with Microsoft Word (Outlook 2007–2021 and the Windows 10 Mail app) and so read
    /// `<!--[if mso]>` blocks and ignore content hidden from `mso`.
    public static let wordEngineClients: Set<ClientID> = [
        ClientID(family: "outlook", platform: "windows"),
        ClientID(family: "outlook", platform: "windows-mail"),
    ]

    /// The selected clients that see content with `scope`.
    public func clients(seeing scope: ClientScope) -> [ClientID] {
        if scope.wordEngine && scope.otherClients { return clients }
        return clients.filter { Self.wordEngineClients.contains($0) ? scope.wordEngine : scope.otherClients }
    }
}
