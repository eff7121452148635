import Foundation
import Testing

/// The fuzz targets' invariants, over random documents built from realistic pieces (RandomDocument). The seeds
/// are fixed, so a failure names a document anyone can regenerate: `RandomDocument.make(seed:)`.
@Suite struct PipelinePropertyTests {
    /// Enough documents to meet every piece many times, few enough for a debug build to stay within seconds;
    /// MAILPROOF_PROPERTY_SEEDS=N runs N of each for a deeper search. The inliner and CSS checks are cheaper.
    static let seeds: Range<UInt64> = 0..<count(default: 60)
    static let cheapSeeds: Range<UInt64> = 0..<count(default: 200)

    private static func count(default value: UInt64) -> UInt64 {
        ProcessInfo.processInfo.environment["MAILPROOF_PROPERTY_SEEDS"].flatMap { UInt64($0) } ?? value
    }

    /// Every generated document of `seeds` keeps `invariants`; a failure names its seed (and shows the document
    /// when `showing`).
    private func expectEveryDocument(of seeds: Range<UInt64>, toKeep invariants: ([UInt8]) -> [String],
                                     showing: Bool = true) {
        for seed in seeds {
            let document = RandomDocument.make(seed: seed)
            let problems = invariants(document)
            let shown = showing ? "\n\(String(decoding: document, as: UTF8.self))" : ""
            #expect(problems.isEmpty, "seed \(seed): \(problems)\(shown)")
        }
    }

    @Test func checkAndFixKeepEveryInvariant() {
        expectEveryDocument(of: Self.seeds, toKeep: PipelineInvariants.violations(for:))
    }

    @Test func parsedModelStaysInsideAndAgrees() {
        expectEveryDocument(of: Self.cheapSeeds, toKeep: MarkupInvariants.violations(for:))
    }

    @Test func reportsStayParseableAndInert() {
        expectEveryDocument(of: Self.seeds, toKeep: ReportInvariants.violations(for:), showing: false)
    }

    @Test func inliningKeepsTagsParsesAndSettles() {
        expectEveryDocument(of: Self.cheapSeeds, toKeep: InlinerInvariants.violations(for:))
    }

    @Test func cssTokensTileAndRangesStayInside() {
        // The documents are HTML, but to the CSS tokenizer and parser they are hostile CSS, which is the point.
        expectEveryDocument(of: Self.cheapSeeds, toKeep: CSSInvariants.violations(for:), showing: false)
    }

    @Test func generatorIsDeterministic() {
        #expect(RandomDocument.make(seed: 7) == RandomDocument.make(seed: 7))
        #expect(RandomDocument.make(seed: 7) != RandomDocument.make(seed: 8))
    }
}
