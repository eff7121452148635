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
    /// A slug as an email developer writes the feature: `css-border-radius` → `border-radius`,
    /// `css-pseudo-class-hover` → `:hover`, `image-webp` → `WebP images`, `html-video` → `<video>`.
    public static func shortName(_ slug: String) -> String {
        func drop(_ prefix: String) -> String? { slug.hasPrefix(prefix) ? String(slug.dropFirst(prefix.count)) : nil }
        if let name = drop("css-pseudo-class-") { return ":" + name }
        if let name = drop("css-pseudo-element-") { return "::" + name }
        if let name = drop("css-selector-") { return name + " selectors" }
        if let name = drop("css-at-") { return "@" + name }
        if let name = drop("css-unit-") { return name + " units" }
        if let name = drop("css-") { return name }
        if let name = drop("image-") { return name.uppercased() + " images" }
        if let name = drop("html-") { return "<" + name + ">" }
        return slug
    }
}
