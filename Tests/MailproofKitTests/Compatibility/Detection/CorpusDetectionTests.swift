import Foundation
import Testing
@testable import MailproofKit

/// Runs detection over the shared corpus when it is present (it is not part of the repository) and prints the
/// most used features and the time `detect` takes. Enable with MAILPROOF_CORPUS=/path/to/corpus.
@Suite("Feature detection on a corpus")
struct CorpusDetectionTests {
    @Test("detect runs over every corpus template", .enabled(if: ProcessInfo.processInfo.environment["MAILPROOF_CORPUS"] != nil))
    func corpus() throws {
        let root = ProcessInfo.processInfo.environment["MAILPROOF_CORPUS"]!
        let files = (FileManager.default.enumerator(atPath: root)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".html") || $0.hasSuffix(".htm") || $0.hasSuffix(".liquid") || $0.hasSuffix(".hbs") || $0.hasSuffix(".tpl") }
            .sorted()
        var counts: [String: Int] = [:]
        var bytes = 0
        var seconds = 0.0
        var parseSeconds = 0.0
        var samples: [String: [String]] = [:]
        for file in files {
            let data = try [UInt8](Data(contentsOf: URL(fileURLWithPath: root + "/" + file)))
            let source = try SourceFile(path: file, data: data)
            let parseStart = DispatchTime.now().uptimeNanoseconds
            let document = Document.parse(source)
            parseSeconds += Double(DispatchTime.now().uptimeNanoseconds - parseStart) / 1e9
            bytes += data.count
            let start = DispatchTime.now().uptimeNanoseconds
            var found: [FeatureOccurrence] = []
            for _ in 0..<5 { found = FeatureDetector.detect(in: document) }
            seconds += Double(DispatchTime.now().uptimeNanoseconds - start) / 5e9
            for occurrence in found {
                counts[occurrence.slug, default: 0] += 1
                if samples[occurrence.slug, default: []].count < 3 {
                    let text = document.text(occurrence.range).prefix(60).replacingOccurrences(of: "\n", with: "⏎")
                    samples[occurrence.slug, default: []].append("\(file):\(document.source.location(of: occurrence.range.start)) \(text)")
                }
            }
        }
        let megabytes = Double(bytes) / 1_000_000
        print("corpus: \(files.count) files, \(bytes) bytes, detect \(String(format: "%.1f", seconds * 1000)) ms = \(String(format: "%.1f", seconds * 1000 / megabytes)) ms/MB; Document.parse \(String(format: "%.1f", parseSeconds * 1000 / megabytes)) ms/MB")
        for (slug, count) in counts.sorted(by: { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }) {
            print("\(count)\t\(slug)\t\(samples[slug]!.joined(separator: " | "))")
        }
        print("features seen: \(counts.count)")
    }
}
