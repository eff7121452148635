/// A caniemail feature the detector reports, as a number: the detection tables hold these rather than slug
/// strings, so an occurrence carries no string (nothing retained per occurrence) and a rule keeps what it knows of a
/// feature in an array by `index` instead of hashing its slug for every use. A file uses a few dozen features
/// hundreds of times each.
///
/// The numbers are given in the order the detectors list their features (`FeatureDetectorCatalog.detectors`):
/// they mean nothing outside one process, and never leave it. (Sorting the slugs would cost a one-file check a
/// fifth of a millisecond.)
public struct FeatureID: Hashable, Sendable {
    public let index: Int

    /// caniemail's slug (`css-display-flex`).
    public var slug: String { Self.slugs[index] }

    /// How many features the detector can report: the size of an array indexed by `index`.
    public static var count: Int { slugs.count }

    /// The feature of a slug from the detector's own tables. Those tables are the list, so a slug outside it is a
    /// mistake in them: `FeatureDetectionTests` builds every table.
    init(_ slug: String) {
        guard let index = Self.indices[slug] else { preconditionFailure("\(slug) is not a detected feature") }
        self.index = index
    }

    /// The feature of any slug, nil when no detector reports it.
    public init?(slug: String) {
        guard let index = Self.indices[slug] else { return nil }
        self.index = index
    }

    private static let slugs = registry.slugs
    private static let indices = registry.indices

    private static let registry: (slugs: [String], indices: [String: Int]) = {
        var slugs: [String] = []
        var indices: [String: Int] = [:]
        indices.reserveCapacity(512)
        for detector in FeatureDetectorCatalog.detectors {
            for slug in detector.slugs where indices[slug] == nil {
                indices[slug] = slugs.count
                slugs.append(slug)
            }
        }
        return (slugs, indices)
    }()
}

/// A detection table as written: name → caniemail slug, in the order listed. Pairs rather than a dictionary, so
/// that nothing hashes a name with the standard library's hasher on the way to the `NameTable` a scan reads (the
/// tables are built in every process, and a one-file check is mostly such start-up); the `NameTable` refuses a
/// name listed twice.
typealias FeatureTable = KeyValuePairs<String, String>

extension NameTable where Value == FeatureID {
    /// A detection table: name → slug, read as name → feature.
    init<Table: Collection>(slugs table: Table) where Table.Element == (key: String, value: String) {
        self.init(pairs: table.lazy.map { ($0.key, FeatureID($0.value)) })
    }
}
