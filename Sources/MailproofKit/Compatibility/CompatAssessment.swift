/// What a feature's use means for the selected clients: the worst severity and who is affected.
/// Built for compatibility rules, which turn it into a `Finding`.
public struct CompatAssessment: Sendable, Hashable {
    public struct Affected: Sendable, Hashable {
        public var client: ClientID
        /// Display name, e.g. "Outlook (Windows)".
        public var name: String
        /// The current entry; nil when caniemail has no data for the client (support unknown).
        public var entry: SupportEntry?
        public var severity: Severity

        public var support: Support { entry?.support ?? .unknown }
    }

    public var slug: String
    public var title: String
    /// The worst severity among affected clients.
    public var severity: Severity
    /// Clients whose current support maps to a severity, in the order they were asked about.
    public var affected: [Affected]

    public var url: String { CompatFeature.url(forSlug: slug) }

    /// The affected clients in the engine's finding form.
    public var affectedClients: [AffectedClient] {
        affected.map { AffectedClient(id: $0.client.description, name: $0.name, support: $0.support.letter, notes: $0.entry?.notes ?? []) }
    }
}

extension CompatDatabase {
    /// Assesses feature `slug` against `clients`; nil when nothing is to be reported (all supported or ignored,
    /// or an unknown slug).
    public func assess(_ slug: String, for clients: [ClientID], mapping: SupportSeverityMapping = .default) -> CompatAssessment? {
        guard let feature = feature(slug) else { return nil }
        var affected: [CompatAssessment.Affected] = []
        for client in clients {
            let entry = feature.support(for: client)?.current
            if let severity = mapping.severity(for: entry?.support ?? .unknown) {
                affected.append(.init(client: client, name: displayName(of: client), entry: entry, severity: severity))
            }
        }
        guard let worst = affected.map(\.severity).max() else { return nil }
        return CompatAssessment(slug: slug, title: feature.title, severity: worst, affected: affected)
    }
}
