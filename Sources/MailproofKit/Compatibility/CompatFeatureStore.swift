import Foundation

/// Holds features either decoded, or as compact-encoded lines decoded on first use and then cached.
///
/// A class behind a lock so `CompatDatabase` stays a `Sendable` value while caching lazily.
final class CompatFeatureStore: @unchecked Sendable {
    /// Compact text plus the byte range of each feature's line; nil when every feature is already decoded.
    struct Source {
        let text: String
        let lines: [Range<Int>]
        let clients: [ClientID]
    }

    private let lock = NSLock()
    private var cache: [CompatFeature?]
    private let source: Source?

    init(features: [CompatFeature]) {
        self.cache = features
        self.source = nil
    }

    init(source: Source) {
        self.cache = Array(repeating: nil, count: source.lines.count)
        self.source = source
    }

    func feature(at index: Int) -> CompatFeature {
        lock.lock()
        defer { lock.unlock() }
        if let feature = cache[index] { return feature }
        guard let source else { preconditionFailure("feature \(index) missing from a decoded store") }
        do {
            let feature = try CompactFormat.decodeFeature(in: source.text, line: source.lines[index], clients: source.clients)
            cache[index] = feature
            return feature
        } catch {
            // Only lazily loaded (embedded, generated and tested) data gets here; eager loading validates up front.
            preconditionFailure("corrupt embedded compatibility data: \(error)")
        }
    }
}
