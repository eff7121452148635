/// The CSS properties caniemail tracks, with the feature that judges each: what an editor offers when
/// completing a property name.
public enum CSSPropertyCatalogue {
    /// Property name → caniemail feature slug, sorted by name.
    public static let properties: [(name: String, slug: String)] =
        PropertyFeatures.slugs.map { (name: $0.key, slug: $0.value) }.sorted { $0.name < $1.name }
}
