import Testing
@testable import MailproofKit

@Suite("Feature detection")
struct FeatureDetectionTests {
    /// Put before examples to prove ranges are byte offsets; `<b>` is no caniemail feature.
    static let multibytePrefix = "<b>Grüße, 日本語, emoji 😀</b>\n"

    @Test("every caniemail feature has a detector or a reason it cannot be seen in source")
    func databaseWalk() {
        let database = CompatDatabase.embedded
        let detected = FeatureDetectorCatalog.detectedSlugs
        let undetectable = FeatureDetectorCatalog.undetectable
        var covered = 0
        for slug in database.featureSlugs {
            let isDetected = detected.contains(slug)
            #expect(isDetected || undetectable[slug] != nil, "\(slug): no detector and not listed as undetectable")
            #expect(!(isDetected && undetectable[slug] != nil), "\(slug): detected, yet listed as undetectable")
            if isDetected { covered += 1 }
        }
        // A detector reporting a slug the database does not know is a typo.
        let known = Set(database.featureSlugs)
        #expect(detected.subtracting(known).sorted() == [])
        #expect(Set(undetectable.keys).subtracting(known).sorted() == [])
        for (slug, reason) in undetectable { #expect(!reason.isEmpty, "\(slug) needs a reason") }
        let total = database.featureCount
        print("Feature detection covers \(covered) of \(total) caniemail features (\(covered * 1000 / total / 10).\(covered * 1000 / total % 10)%)")
        #expect(covered * 100 >= total * 95)
    }

    @Test("every detected feature has a row in the example table")
    func tableCoversCatalog() {
        let inTable = Set(DetectionTable.all.map(\.slug))
        #expect(FeatureDetectorCatalog.detectedSlugs.subtracting(inTable).sorted() == [])
        #expect(inTable.subtracting(FeatureDetectorCatalog.detectedSlugs).sorted() == [])
    }

    @Test("the triggering example finds its feature exactly between the marks, and nothing unexpected",
          arguments: DetectionTable.all)
    func triggering(_ row: DetectionCase) {
        let (code, offsets) = row.triggering.unmarked
        #expect(offsets.count == 2, "\(row.slug): mark the range with two ↓")
        guard offsets.count == 2 else { return }
        let marked = ByteRange(start: offsets[0], end: offsets[1])
        check(row, code: code, marked: marked)
        if row.triggering.allowsPrefix {
            let shift = Self.multibytePrefix.utf8.count
            check(row, code: Self.multibytePrefix + code,
                  marked: ByteRange(start: marked.start + shift, end: marked.end + shift))
        }
    }

    private func check(_ row: DetectionCase, code: String, marked: ByteRange) {
        let found = FeatureDetector.detect(in: parse(code))
        let ranges = found.filter { $0.slug == row.slug }.map(\.range)
        #expect(ranges == [marked], "\(row.slug) in \(code.debugDescription): \(describe(found, code))")
        let others = Set(found.map(\.slug)).subtracting([row.slug])
        #expect(others == row.also, "\(row.slug) in \(code.debugDescription): other features \(others.sorted())")
    }

    @Test("the non-triggering example does not find the feature", arguments: DetectionTable.all)
    func nonTriggering(_ row: DetectionCase) {
        let code = row.nonTriggering.unmarked.code
        let found = FeatureDetector.detect(in: parse(code))
        #expect(!found.contains { $0.slug == row.slug }, "\(row.slug) in \(code.debugDescription): \(describe(found, code))")
    }

    private func describe(_ found: [FeatureOccurrence], _ code: String) -> String {
        let bytes = Array(code.utf8)
        return found.map { "\($0.slug)@\(String(decoding: bytes[$0.range.start..<$0.range.end], as: UTF8.self))" }
            .joined(separator: ", ")
    }
}

/// Impact lowers severities; it must never lose a feature. With `baseline: info` and every client, each row's
/// feature is still reported by client-support (where some client lacks it), at some severity.
@Suite("client-support keeps caniemail's recall")
struct ImpactRecallTests {
    static let linter: Linter = {
        let database = CompatDatabase.embedded
        let settings = LintSettings(compatibility: CompatibilityTarget(database: database, clients: database.clients))
        let rule = try! ClientSupportRule.make(options: RuleOptions(["baseline": .string("info"), "unknown": .string("info")]))
        return Linter(rules: [.init(rule: rule, severity: .error)], settings: settings)
    }()

    @Test("every detected feature that some client lacks is reported", arguments: DetectionTable.all)
    func reported(_ row: DetectionCase) {
        let database = CompatDatabase.embedded
        // A live signup form is form-in-email's to report, whole and with its replacement.
        guard row.slug != "html-form", let feature = database.feature(row.slug),
              database.clients.contains(where: { feature.currentSupport(for: $0) != .yes }) else { return }
        let code = row.triggering.unmarked.code
        let found = Self.linter.lint(SourceFile(path: "t.html", text: code))
        #expect(found.contains { $0.feature == row.slug }, "\(row.slug) in \(code.debugDescription) is not reported")
    }
}
