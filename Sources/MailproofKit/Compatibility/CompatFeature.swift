/// One caniemail feature: facts only (slug, title, category, per-client histories). Descriptions and note
/// text are not copied; `url` points to the caniemail page that has them.
public struct CompatFeature: Hashable, Sendable {
    /// caniemail's feature id, e.g. `css-display-flex`.
    public var slug: String
    public var title: String
    /// caniemail category id: `html`, `css`, `image` or `others`.
    public var category: String
    /// Client histories in the order caniemail lists them.
    public var clients: [ClientSupport]

    public init(slug: String, title: String, category: String, clients: [ClientSupport]) {
        self.slug = slug
        self.title = title
        self.category = category
        self.clients = clients
    }

    /// The history for `client`, nil when caniemail has no data for it.
    public func support(for client: ClientID) -> ClientSupport? {
        clients.first(where: { $0.client == client })
    }

    /// Current support for `client`; `.unknown` when caniemail has no data for it.
    public func currentSupport(for client: ClientID) -> Support {
        support(for: client)?.currentSupport ?? .unknown
    }

    public var url: String { CompatFeature.url(forSlug: slug) }

    /// The caniemail page for a feature, where its description and notes live.
    public static func url(forSlug slug: String) -> String {
        "https://www.caniemail.com/features/\(slug)/"
    }
}

extension CompatFeature {
    /// A feature's name as caniemail titles it (`border-radius`, `:hover`, `lang attribute`), or the slug for a
    /// feature the embedded database does not know.
    public static func shortName(_ slug: String) -> String {
        CompatDatabase.embedded.feature(slug)?.title ?? slug
    }
}
