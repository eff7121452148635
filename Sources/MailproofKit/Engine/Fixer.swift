/// Applies findings' fixes to the original bytes, again and again until nothing changes.
///
/// Edits that overlap go to a later pass, after the document has been checked again; a bounded number of passes
/// keeps a rule whose fix does not settle from looping. Bytes outside the edits are never touched.
public struct Fixer {
    public static let maximumPasses = 10

    public let linter: Linter
    /// Only fixes from these rules; nil means every rule's.
    public let ruleFilter: Set<String>?

    public init(linter: Linter, ruleFilter: Set<String>? = nil) {
        self.linter = linter
        self.ruleFilter = ruleFilter
    }

    public struct Result {
        public var bytes: [UInt8]
        /// The fixable findings of the first pass: what `--dry-run` lists.
        public var fixed: [Finding]
        public var appliedEdits: Int
        public var passes: Int
        /// Fixes not applied because the markup around them is too broken to edit safely.
        public var refused: [Finding]
        /// False when the passes ran out while fixes still changed the file: a fix that does not settle.
        public var settled: Bool
        /// Every finding in `bytes`, fixable or not: the last pass's check, which saw the final text (checked once
        /// more when the passes ran out), so what remains can be reported without checking again.
        public var remaining: [Finding]

        public var changed: Bool { appliedEdits > 0 }
    }

    /// Fixes `source`. Unless `force`, a fix whose edits touch markup that has a parse error is left out: where
    /// the structure is ambiguous, an edit could land somewhere the author did not mean.
    public func fix(_ source: SourceFile, force: Bool = false) -> Result {
        var current = source
        var applied = 0
        var passes = 0
        var firstPass: [Finding]?
        var refused: [Finding] = []
        var settled = false
        var findings: [Finding] = []
        while passes < Self.maximumPasses {
            findings = linter.lint(current)
            let broken = findings.filter { $0.ruleID == .htmlParse && $0.severity == .error }.map(\.range)
            var fixable: [Finding] = []
            for finding in findings where !finding.fix.isEmpty && (ruleFilter?.contains(finding.ruleID.rawValue) ?? true) {
                let unsafe = !force && finding.fix.contains { edit in broken.contains { $0.overlaps(edit.range) || $0 == edit.range } }
                if unsafe {
                    if passes == 0 { refused.append(finding) }
                } else {
                    fixable.append(finding)
                }
            }
            if firstPass == nil { firstPass = fixable }
            let edits = fixable.flatMap(\.fix)
            guard !edits.isEmpty else { settled = true; break }
            passes += 1
            let (bytes, deferred) = TextEdit.apply(edits, to: current.bytes)
            applied += edits.count - deferred.count
            if bytes == current.bytes { settled = true; break }
            current = SourceFile(path: source.path, utf8: bytes, encoding: source.encoding)
        }
        if !settled { findings = linter.lint(current) }
        return Result(bytes: current.bytes, fixed: firstPass ?? [], appliedEdits: applied, passes: passes, refused: refused,
                      settled: settled, remaining: findings)
    }
}
