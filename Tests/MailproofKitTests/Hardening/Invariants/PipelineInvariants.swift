import MailproofKit

/// What must hold for any input at all, whatever its bytes: decode → mask → parse → check with every rule and
/// every client → fix → check the fixed output. The libFuzzer target (Fuzz/Targets/pipeline.swift) and the
/// property tests (PipelinePropertyTests) assert the same list, so a fuzz crash and a failing test read alike.
///
/// This file is compiled into the test target and, by `Fuzz/run`, into the fuzz binaries: it uses only
/// MailproofKit's public interface.
enum PipelineInvariants {
    /// Every rule (the strict preset, opt-in rules included) judged against every client caniemail knows.
    static let linter: Linter = {
        var configuration = Configuration()
        configuration.extends = "strict"
        let database = CompatDatabase.embedded
        let target = CompatibilityTarget(database: database, clients: ClientSelection(preset: .all).clients(in: database))
        // The registry's own rules with their default options cannot fail to build.
        let rules = (try? configuration.enabledRules()) ?? []
        return Linter(rules: rules, settings: LintSettings(compatibility: target))
    }()

    /// The broken invariants for `data`, empty when all hold. Crashes and hangs are for the caller to notice.
    static func violations(for data: [UInt8]) -> [String] {
        guard let source = try? SourceFile(path: "fuzz.html", data: data) else { return [] } // binary: skipped by design
        var problems: [String] = []
        let findings = linter.lint(source)
        problems += locationProblems(findings, in: source, stage: "input")

        // One pass by hand: the first pass's edits, applied, leave every byte outside them as it was.
        let edits = findings.flatMap(\.fix)
        let applied = TextEdit.apply(edits, to: source.bytes)
        problems += outsideEditProblems(edits: edits, deferred: applied.deferred, before: source.bytes, after: applied.result)

        let fixer = Fixer(linter: linter)
        let fixed = fixer.fix(source)
        // The fixer's output as the fixer last saw it: the source itself while no edit changed it, which keeps what
        // decoding found (a transcoded file's problems), and afterwards the new bytes as they are.
        let fixedSource = fixed.bytes == source.bytes ? source : SourceFile(path: source.path, utf8: fixed.bytes, encoding: source.encoding)
        let again = fixer.fix(fixedSource)
        if again.bytes != fixed.bytes {
            problems.append("fixing is not idempotent: the fixed output changes again (\(again.appliedEdits) edits, rules \(Set(again.fixed.map(\.ruleID)).sorted()))")
        }
        // `remaining` is the check of a result's bytes: `again` checked the fixed output afresh, so the two agree.
        let fixedFindings = again.bytes == fixed.bytes ? again.remaining : linter.lint(fixedSource)
        if fixedFindings.map(\.ruleID) != fixed.remaining.map(\.ruleID) || fixedFindings.map(\.range) != fixed.remaining.map(\.range) {
            problems.append("the fixer's remaining findings (\(fixed.remaining.count)) are not those of its output (\(fixedFindings.count))")
        }
        problems += locationProblems(fixedFindings, in: fixedSource, stage: "fixed output")
        // Markup libxml2 reads without error stays so: a fix must not break it (removing the element that opened
        // a head left its `</head>` stray). Broken markup may move its errors about; it is not made worse on purpose.
        if fixed.bytes != source.bytes, Document.parse(source).parseErrors.isEmpty {
            let errors = Document.parse(fixedSource).parseErrors
            if let first = errors.first {
                problems.append("fix: output has \(errors.count) parse errors, the input none (first: \(first.message) at \(first.range))")
            }
        }
        problems += TemplateTagInvariant.lostTags(from: source, in: fixed.bytes, stage: "fix")
        return problems
    }

    /// Each finding's range (and its fix's ranges) inside the text; its line and column those of its offsets.
    static func locationProblems(_ findings: [Finding], in source: SourceFile, stage: String) -> [String] {
        var problems: [String] = []
        let size = source.bytes.count
        for finding in findings {
            let where_ = "\(stage): \(finding.ruleID) at \(finding.range)"
            if finding.range.start < 0 || finding.range.end > size {
                problems.append("\(where_): range outside the \(size)-byte text")
                continue
            }
            if finding.start != source.location(of: finding.range.start) || finding.end != source.location(of: finding.range.end) {
                problems.append("\(where_): location \(finding.start)–\(finding.end) does not match its offsets")
            }
            for edit in finding.fix where edit.range.start < 0 || edit.range.end > size {
                problems.append("\(where_): fix edit \(edit.range) outside the \(size)-byte text")
            }
        }
        return problems
    }

    /// Walks the accepted edits in order and compares the bytes between them: they must be the original ones.
    static func outsideEditProblems(edits: [TextEdit], deferred: [TextEdit], before: [UInt8], after: [UInt8]) -> [String] {
        var remaining = deferred
        var accepted: [TextEdit] = []
        for edit in edits {
            if let k = remaining.firstIndex(of: edit) { remaining.remove(at: k) } else { accepted.append(edit) }
        }
        accepted.sort { $0.range != $1.range ? $0.range < $1.range : false }
        var expected: [UInt8] = []
        expected.reserveCapacity(after.count)
        var cursor = 0
        for edit in accepted {
            guard edit.range.start >= cursor, edit.range.end <= before.count else {
                return ["accepted edits overlap or leave the text: \(edit.range) after offset \(cursor)"]
            }
            expected += before[cursor..<edit.range.start]
            expected += Array(edit.replacement.utf8)
            cursor = edit.range.end
        }
        expected += before[cursor...]
        return expected == after ? [] : ["applying \(accepted.count) edits changed bytes outside them"]
    }
}

/// Template tags are the customer's data: every tag of the input must still be in the output, in order.
/// Tags inside `movable` ranges (the inliner moves output tags from `<style>` rules into `style` attributes)
/// need only be somewhere in the output.
enum TemplateTagInvariant {
    static func lostTags(from source: SourceFile, in output: [UInt8], stage: String, movable: [ByteRange] = []) -> [String] {
        let tags = Document.parse(source).templateTags
        var cursor = 0
        for tag in tags {
            let needle = Array(source.bytes[tag.range.start..<tag.range.end])
            if movable.contains(where: { $0.contains(tag.range) }) {
                if firstIndex(of: needle, in: output, from: 0) == nil {
                    return ["\(stage) lost template tag \(String(decoding: needle, as: UTF8.self).debugDescription) at \(tag.range)"]
                }
                continue
            }
            guard let found = firstIndex(of: needle, in: output, from: cursor) else {
                return ["\(stage) lost template tag \(String(decoding: needle, as: UTF8.self).debugDescription) at \(tag.range) (or moved it out of order)"]
            }
            cursor = found + needle.count
        }
        return []
    }

    private static func firstIndex(of needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty else { return start }
        guard haystack.count >= needle.count else { return nil }
        var i = start
        while i + needle.count <= haystack.count {
            if haystack[i] == needle[0], haystack[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }
}
