/// Known findings to suppress (`--baseline FILE`), written by `--write-baseline FILE`.
///
/// A finding is known when the baseline holds the same file (normalised relative path), the same rule and the
/// same fingerprint: a hash of the rule, the caniemail feature and the finding's source text (the bytes of its
/// range, whitespace runs collapsed). Line numbers play no part, so adding or removing lines elsewhere in the
/// file does not bring old findings back. Identical findings in one file are told apart by their occurrence
/// index: a baseline that knew two `<img>` tags without alt suppresses two, and a third is new.
public struct Baseline: Sendable {
    public struct Entry: Sendable, Hashable {
        public var path: String
        public var rule: String
        public var fingerprint: String
        public var occurrence: Int
        /// For people reading the file; not used in matching.
        public var line: Int
        public var message: String
    }

    private struct Key: Hashable {
        var path: String
        var rule: String
        var fingerprint: String
        var occurrence: Int
    }

    private var known: Set<Key>
    /// Files with known findings: the others need no fingerprints.
    private var paths: Set<String>
    public private(set) var count: Int

    public init(_ entries: [Entry] = []) {
        known = Set(entries.map { Key(path: $0.path, rule: $0.rule, fingerprint: $0.fingerprint, occurrence: $0.occurrence) })
        paths = Set(entries.map(\.path))
        count = known.count
    }

    public struct LoadError: Error, CustomStringConvertible {
        public var description: String
    }

    public static func load(path: String) throws -> Baseline {
        let bytes: [UInt8]
        do { bytes = try FileReading.readBytes(path) } catch { throw LoadError(description: "baseline: \(error)") }
        let root: JSONValue
        do { root = try JSONReader.parse(bytes) } catch { throw LoadError(description: "\(path): not a mailproof baseline: \(error)") }
        guard root["version"] == .number("1"), let findings = root["findings"]?.arrayValue else {
            throw LoadError(description: "\(path): not a mailproof baseline (expected {\"version\":1,\"findings\":[…]})")
        }
        var entries: [Entry] = []
        for (position, item) in findings.enumerated() {
            guard let path = item["path"]?.stringValue, let rule = item["rule"]?.stringValue,
                  let fingerprint = item["fingerprint"]?.stringValue,
                  case .number(let occurrence)? = item["occurrence"], let index = Int(occurrence) else {
                throw LoadError(description: "\(path): finding \(position + 1) lacks path, rule, fingerprint or occurrence")
            }
            entries.append(Entry(path: path, rule: rule, fingerprint: fingerprint, occurrence: index, line: 0, message: ""))
        }
        return Baseline(entries)
    }

    /// The baseline entries for the findings of one checked file.
    public static func entries(for result: FileResult, workingDirectory: String = PathName.absolute(".")) -> [Entry] {
        guard let source = result.source else { return [] }
        let path = PathName.normalizedRelative(result.path, workingDirectory: workingDirectory)
        var seen: [String: Int] = [:]
        return result.findings.map { finding in
            let fingerprint = Self.fingerprint(finding, in: source)
            let occurrence = seen["\(finding.ruleID)\u{0}\(fingerprint)", default: 0]
            seen["\(finding.ruleID)\u{0}\(fingerprint)"] = occurrence + 1
            return Entry(path: path, rule: finding.ruleID.rawValue, fingerprint: fingerprint, occurrence: occurrence,
                         line: finding.start.line, message: finding.message)
        }
    }

    /// The result without its known findings, and how many were suppressed.
    public func filter(_ result: FileResult, workingDirectory: String = PathName.absolute(".")) -> (result: FileResult, suppressed: Int) {
        guard !known.isEmpty, !result.findings.isEmpty,
              paths.contains(PathName.normalizedRelative(result.path, workingDirectory: workingDirectory)) else { return (result, 0) }
        let entries = Self.entries(for: result, workingDirectory: workingDirectory)
        guard entries.count == result.findings.count else { return (result, 0) }
        var kept = result
        kept.findings = zip(result.findings, entries).compactMap { finding, entry in
            known.contains(Key(path: entry.path, rule: entry.rule, fingerprint: entry.fingerprint, occurrence: entry.occurrence)) ? nil : finding
        }
        return (kept, result.findings.count - kept.findings.count)
    }

    /// Rule, feature and the source text of the range with whitespace runs collapsed (re-indenting a block
    /// keeps its findings known), hashed so that a finding spanning a whole table stays one short line.
    static func fingerprint(_ finding: Finding, in source: SourceFile) -> String {
        var bytes = Array(finding.ruleID.rawValue.utf8)
        bytes.append(0)
        bytes += (finding.feature ?? "").utf8
        bytes.append(0)
        let end = min(finding.range.start + finding.range.length, source.bytes.count)
        var pendingSpace = false
        var wroteText = false
        for byte in source.bytes[min(finding.range.start, end)..<end] {
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C {
                pendingSpace = wroteText
                continue
            }
            if pendingSpace { bytes.append(0x20) }
            pendingSpace = false
            wroteText = true
            bytes.append(byte)
        }
        return StableHash.hex(StableHash.fnv1a64(bytes))
    }

    /// The baseline file: `{"version":1,"findings":[{"path","rule","fingerprint","occurrence","line","message"}…]}`.
    public static func render(_ entries: [Entry]) -> String {
        var out = "{\"version\":1,\"findings\":["
        out += entries.map { entry in
            "\n{\"path\":\(JSON.string(entry.path)),\"rule\":\(JSON.string(entry.rule)),\"fingerprint\":\"\(entry.fingerprint)\",\"occurrence\":\(entry.occurrence),\"line\":\(entry.line),\"message\":\(JSON.string(entry.message))}"
        }.joined(separator: ",")
        return out + (entries.isEmpty ? "]}\n" : "\n]}\n")
    }
}
