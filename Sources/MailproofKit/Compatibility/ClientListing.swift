/// The text `mailproof clients` prints: every client by family, the platforms, and the presets.
public enum ClientListing {
    public static func text(for database: CompatDatabase, defaultSelection: ClientSelection = .default) -> String {
        var lines = ["Clients (family.platform; * = in the default preset '\(ClientPreset.defaultName)'):"]
        for family in database.families {
            let clients = database.clients.filter { $0.family == family.id }
            guard !clients.isEmpty else { continue }
            lines.append("  \(family.name)")
            for client in clients {
                let mark = defaultSelection.matches(client) ? "*" : " "
                lines.append("    \(mark) \(client.description.padding(to: 28)) \(database.displayName(of: client))")
            }
        }
        lines.append("")
        lines.append("Platforms:")
        for platform in database.platforms where database.clients.contains(where: { $0.platform == platform.id }) {
            lines.append("  \(platform.id.padding(to: 18)) \(platform.name)")
        }
        lines.append("")
        lines.append("Presets (use in clients: or --clients, alongside globs such as gmail.* or *.ios):")
        for preset in ClientPreset.builtIn {
            let name = preset.name == ClientPreset.defaultName ? "\(preset.name) (default)" : preset.name
            let count = ClientSelection(preset: preset).clients(in: database).count
            lines.append("  \(name.padding(to: 18)) \(preset.summary) [\(count) clients]")
        }
        lines.append("")
        lines.append("Data: caniemail.com, updated \(database.updated), \(database.featureCount) features (MIT, see NOTICE).")
        return lines.joined(separator: "\n")
    }
}

extension String {
    fileprivate func padding(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
