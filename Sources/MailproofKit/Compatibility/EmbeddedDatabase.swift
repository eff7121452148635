extension CompatDatabase {
    /// The database compiled into mailproof (from `EmbeddedCompatData.swift`).
    ///
    /// Loaded on first use (a `static let` is lazy and thread-safe); loading indexes slugs only and each
    /// feature is decoded the first time it is asked for.
    public static let embedded: CompatDatabase = {
        do {
            return try CompatDatabase(lazilyDecoding: embeddedCompatDataText)
        } catch {
            fatalError("embedded compatibility data is corrupt, regenerate it with `mailproof data import`: \(error)")
        }
    }()
}
