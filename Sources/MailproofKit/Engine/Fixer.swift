/// Applies findings' fixes to the original bytes, again and again until nothing changes.
///
/// Edits that overlap go to a later pass, after the document has been checked again; a bounded number of passes
/// keeps a rule whose fix does not settle from looping.
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
        public var appliedEdits: Int
        public var passes: Int
    }

    public func fix(_ source: SourceFile) -> Result {
        var current = source
        var applied = 0
        var passes = 0
        while passes < Self.maximumPasses {
            let edits = linter.lint(current)
                .filter { ruleFilter?.contains($0.ruleID) ?? true }
                .flatMap(\.fix)
            guard !edits.isEmpty else { break }
            passes += 1
            let (bytes, deferred) = TextEdit.apply(edits, to: current.bytes)
            applied += edits.count - deferred.count
            if bytes == current.bytes { break }
            current = SourceFile(path: source.path, text: String(decoding: bytes, as: UTF8.self))
        }
        return Result(bytes: current.bytes, appliedEdits: applied, passes: passes)
    }
}
