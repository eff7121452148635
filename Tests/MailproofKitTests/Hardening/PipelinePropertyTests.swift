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

    @Test func checkAndFixKeepEveryInvariant() {
        for seed in Self.seeds {
            let document = RandomDocument.make(seed: seed)
            let problems = PipelineInvariants.violations(for: document)
            #expect(problems.isEmpty, "seed \(seed): \(problems)\n\(String(decoding: document, as: UTF8.self))")
        }
    }

    @Test func parsedModelStaysInsideAndAgrees() {
        for seed in Self.cheapSeeds {
            let document = RandomDocument.make(seed: seed)
            let problems = MarkupInvariants.violations(for: document)
            #expect(problems.isEmpty, "seed \(seed): \(problems)\n\(String(decoding: document, as: UTF8.self))")
        }
    }

    @Test func reportsStayParseableAndInert() {
        for seed in Self.seeds {
            let document = RandomDocument.make(seed: seed)
            let problems = ReportInvariants.violations(for: document)
            #expect(problems.isEmpty, "seed \(seed): \(problems)")
        }
    }

    @Test func inliningKeepsTagsParsesAndSettles() {
        for seed in Self.cheapSeeds {
            let document = RandomDocument.make(seed: seed)
            let problems = InlinerInvariants.violations(for: document)
            #expect(problems.isEmpty, "seed \(seed): \(problems)\n\(String(decoding: document, as: UTF8.self))")
        }
    }

    @Test func cssTokensTileAndRangesStayInside() {
        for seed in Self.cheapSeeds {
            // The documents are HTML, but to the CSS tokenizer and parser they are hostile CSS, which is the point.
            let document = RandomDocument.make(seed: seed)
            let problems = CSSInvariants.violations(for: document)
            #expect(problems.isEmpty, "seed \(seed): \(problems)")
        }
    }

    @Test func generatorIsDeterministic() {
        #expect(RandomDocument.make(seed: 7) == RandomDocument.make(seed: 7))
        #expect(RandomDocument.make(seed: 7) != RandomDocument.make(seed: 8))
    }
}
