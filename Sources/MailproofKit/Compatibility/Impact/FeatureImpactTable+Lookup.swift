extension FeatureImpactTable {
    /// A feature's impact; a feature the table does not know yet (a newer caniemail file) is taken as a layout
    /// change, the middle of the scale.
    static func impact(of slug: String) -> FeatureImpact {
        entries[slug] ?? FeatureImpact(.layout, "the element without this feature")
    }
}

extension FeatureImpact {
    /// A caniemail feature's impact and what the reader sees where a client drops it (editor hovers, `explain`).
    public static func of(_ slug: String) -> FeatureImpact { FeatureImpactTable.impact(of: slug) }
}
