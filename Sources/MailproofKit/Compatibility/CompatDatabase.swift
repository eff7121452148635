/// mailproof's email-client support database: caniemail facts, indexed by feature slug.
///
/// Features are decoded on first use (see `CompatFeatureStore`), so loading the embedded database costs
/// only an index of slugs; a single-file check never pays for the 300+ features it does not touch.
public struct CompatDatabase: Sendable {
    /// caniemail's `last_update_date` of the imported file.
    public let updated: String
    /// Client families with display names, in caniemail's listed order; families the data uses without a
    /// nicename follow, named as given.
    public let families: [CompatName]
    public let platforms: [CompatName]
    public let categories: [CompatName]
    /// Every client that has data for at least one feature, in first-listed order.
    public let clients: [ClientID]
    /// Feature slugs in caniemail's listed order.
    public let featureSlugs: [String]

    let store: CompatFeatureStore
    private let slugIndex: [String: Int]
    private let familyNames: [String: String]
    private let platformNames: [String: String]

    init(
        updated: String, families: [CompatName], platforms: [CompatName], categories: [CompatName],
        clients: [ClientID], featureSlugs: [String], store: CompatFeatureStore
    ) {
        self.updated = updated
        self.families = families
        self.platforms = platforms
        self.categories = categories
        self.clients = clients
        self.featureSlugs = featureSlugs
        self.store = store
        var index: [String: Int] = [:]
        index.reserveCapacity(featureSlugs.count)
        for (position, slug) in featureSlugs.enumerated() where index[slug] == nil { index[slug] = position }
        self.slugIndex = index
        self.familyNames = Dictionary(families.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        self.platformNames = Dictionary(platforms.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
    }

    /// Builds a database from decoded features (what the importer does).
    public init(
        updated: String, families: [CompatName], platforms: [CompatName], categories: [CompatName],
        clients: [ClientID], features: [CompatFeature]
    ) {
        self.init(
            updated: updated, families: families, platforms: platforms, categories: categories, clients: clients,
            featureSlugs: features.map(\.slug), store: CompatFeatureStore(features: features))
    }

    public var featureCount: Int { featureSlugs.count }

    public func feature(_ slug: String) -> CompatFeature? {
        guard let position = slugIndex[slug] else { return nil }
        return store.feature(at: position)
    }

    /// All features in listed order (decodes every feature; meant for listings and export, not hot paths).
    public var features: [CompatFeature] {
        featureSlugs.indices.map { store.feature(at: $0) }
    }

    /// The current (last listed) entry for a feature and client, nil when caniemail has no data.
    public func currentEntry(_ slug: String, _ client: ClientID) -> SupportEntry? {
        feature(slug)?.support(for: client)?.current
    }

    /// The current support for a feature and client: `.unknown` for an unknown feature or a client without data.
    public func currentSupport(_ slug: String, _ client: ClientID) -> Support {
        currentEntry(slug, client)?.support ?? .unknown
    }

    public func familyName(_ id: String) -> String { familyNames[id] ?? id }
    public func platformName(_ id: String) -> String { platformNames[id] ?? id }

    /// caniemail's way of naming a client, e.g. "Outlook (Windows)".
    public func displayName(of client: ClientID) -> String {
        familyName(client.family) + " (" + platformName(client.platform) + ")"
    }

    /// The caniemail page for a feature.
    public static func url(forSlug slug: String) -> String { CompatFeature.url(forSlug: slug) }
}

extension CompatDatabase: Equatable {
    public static func == (lhs: CompatDatabase, rhs: CompatDatabase) -> Bool {
        lhs.updated == rhs.updated && lhs.families == rhs.families && lhs.platforms == rhs.platforms
            && lhs.categories == rhs.categories && lhs.clients == rhs.clients && lhs.featureSlugs == rhs.featureSlugs
            && lhs.features == rhs.features
    }
}
