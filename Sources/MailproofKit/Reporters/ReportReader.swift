/// Reads mailproof's own machine outputs back (`--format json`, `jsonl`, `sarif`), for `mailproof
/// merge-reports`: the shards of a run become one list of file results that any reporter can write again.
public enum ReportReader {
    public enum Kind: String, Sendable {
        case json, jsonl, sarif

        public var format: ReportFormat {
            switch self {
            case .json: .json
            case .jsonl: .jsonl
            case .sarif: .sarif
            }
        }
    }

    public struct ReadError: Error, CustomStringConvertible {
        public var description: String
    }

    public struct Report: Sendable {
        public var kind: Kind
        public var results: [FileResult]
    }

    /// Detects the format from the content: a SARIF log has `runs`, a mailproof JSON report `files`, and JSON
    /// Lines is several objects (or one object with a `path`).
    public static func read(_ bytes: [UInt8], name: String) throws -> Report {
        if let whole = try? JSONReader.parse(bytes) {
            if whole["runs"] != nil { return Report(kind: .sarif, results: try sarif(whole, name: name)) }
            if whole["files"] != nil { return Report(kind: .json, results: try json(whole, name: name)) }
            if whole["path"] != nil { return Report(kind: .jsonl, results: try jsonLines(bytes, name: name)) }
            throw ReadError(description: "\(name): not a mailproof JSON, JSON Lines or SARIF report")
        }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            // An empty JSON Lines report: a shard whose files had no findings.
            return Report(kind: .jsonl, results: [])
        }
        return Report(kind: .jsonl, results: try jsonLines(bytes, name: name))
    }

    static func json(_ root: JSONValue, name: String) throws -> [FileResult] {
        guard let files = root["files"]?.arrayValue else { throw ReadError(description: "\(name): `files` is not an array") }
        return try files.enumerated().map { position, file in
            guard let path = file["path"]?.stringValue else { throw ReadError(description: "\(name): file \(position + 1) has no path") }
            let findings = try (file["findings"]?.arrayValue ?? []).map { try finding($0, name: name) }
            return FileResult(path: path, findings: findings, error: file["error"]?.stringValue, source: nil)
        }
    }

    static func jsonLines(_ bytes: [UInt8], name: String) throws -> [FileResult] {
        var results: [FileResult] = []
        for (number, line) in bytes.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            guard line.contains(where: { $0 != 0x20 && $0 != 0x0D && $0 != 0x09 }) else { continue }
            let value: JSONValue
            do { value = try JSONReader.parse(Array(line)) } catch {
                throw ReadError(description: "\(name):\(number + 1): not JSON: \(error)")
            }
            guard let path = value["path"]?.stringValue else { throw ReadError(description: "\(name):\(number + 1): no path") }
            // Lines of one file are consecutive: a new path starts a new file result.
            if results.last?.path != path { results.append(FileResult(path: path, findings: [], error: nil, source: nil)) }
            if let error = value["error"]?.stringValue, value["rule"] == nil {
                results[results.count - 1].error = error
            } else {
                results[results.count - 1].findings.append(try finding(value, name: "\(name):\(number + 1)"))
            }
        }
        return results
    }

    static func sarif(_ root: JSONValue, name: String) throws -> [FileResult] {
        var results: [FileResult] = []
        for run in root["runs"]?.arrayValue ?? [] {
            for item in run["results"]?.arrayValue ?? [] {
                let physical = item["locations"]?.arrayValue?.first?["physicalLocation"]
                let path = uriPath(physical?["artifactLocation"]?["uri"]?.stringValue ?? "")
                let region = physical?["region"]
                let start = int(region?["byteOffset"]) ?? 0
                let length = int(region?["byteLength"]) ?? 0
                let severity: Severity = switch item["level"]?.stringValue {
                case "error": .error
                case "note", "none": .info
                default: .warning
                }
                var fix: [TextEdit] = []
                for change in item["fixes"]?.arrayValue?.first?["artifactChanges"]?.arrayValue ?? [] {
                    for replacement in change["replacements"]?.arrayValue ?? [] {
                        let offset = int(replacement["deletedRegion"]?["byteOffset"]) ?? 0
                        let deleted = int(replacement["deletedRegion"]?["byteLength"]) ?? 0
                        fix.append(TextEdit(range: ByteRange(start: offset, end: offset + max(0, deleted)),
                                            replacement: replacement["insertedContent"]?["text"]?.stringValue ?? ""))
                    }
                }
                let finding = Finding(
                    ruleID: RuleID(item["ruleId"]?.stringValue ?? "unknown"), severity: severity,
                    message: item["message"]?["text"]?.stringValue ?? "",
                    range: ByteRange(start: start, end: start + max(0, length)),
                    start: SourceLocation(offset: start, line: int(region?["startLine"]) ?? 1, column: int(region?["startColumn"]) ?? 1),
                    end: SourceLocation(offset: start + length, line: int(region?["endLine"]) ?? 1, column: int(region?["endColumn"]) ?? 1),
                    feature: item["properties"]?["feature"]?.stringValue, fix: fix,
                    impact: item["properties"]?["impact"]?.stringValue.flatMap(Impact.init(rawValue:)))
                if results.last?.path != path { results.append(FileResult(path: path, findings: [], error: nil, source: nil)) }
                results[results.count - 1].findings.append(finding)
            }
            for invocation in run["invocations"]?.arrayValue ?? [] {
                for note in invocation["toolExecutionNotifications"]?.arrayValue ?? [] {
                    guard let uri = note["locations"]?.arrayValue?.first?["physicalLocation"]?["artifactLocation"]?["uri"]?.stringValue else { continue }
                    results.append(FileResult(path: uriPath(uri), findings: [], error: note["message"]?["text"]?.stringValue ?? "could not be checked", source: nil))
                }
            }
        }
        return results
    }

    static func finding(_ value: JSONValue, name: String) throws -> Finding {
        guard let rule = value["rule"]?.stringValue, let severityName = value["severity"]?.stringValue,
              let severity = Severity(rawValue: severityName), let offset = int(value["offset"]), let length = int(value["length"]) else {
            throw ReadError(description: "\(name): a finding lacks rule, severity, offset or length")
        }
        let clients = (value["clients"]?.arrayValue ?? []).map { client in
            AffectedClient(id: client["id"]?.stringValue ?? "", name: client["name"]?.stringValue ?? "",
                           support: client["support"]?.stringValue ?? "u",
                           notes: (client["notes"]?.arrayValue ?? []).compactMap { int($0) })
        }
        let fix = (value["fix"]?.arrayValue ?? []).compactMap { edit -> TextEdit? in
            guard let start = int(edit["offset"]), let count = int(edit["length"]) else { return nil }
            return TextEdit(range: ByteRange(start: start, end: start + max(0, count)), replacement: edit["replacement"]?.stringValue ?? "")
        }
        return Finding(
            ruleID: RuleID(rule), severity: severity, message: value["message"]?.stringValue ?? "",
            range: ByteRange(start: offset, end: offset + max(0, length)),
            start: SourceLocation(offset: offset, line: int(value["line"]) ?? 1, column: int(value["column"]) ?? 1),
            end: SourceLocation(offset: offset + length, line: int(value["endLine"]) ?? 1, column: int(value["endColumn"]) ?? 1),
            clients: clients, feature: value["feature"]?.stringValue, fix: fix, url: value["url"]?.stringValue,
            impact: value["impact"]?.stringValue.flatMap(Impact.init(rawValue:)))
    }

    private static func int(_ value: JSONValue?) -> Int? {
        if case .number(let text)? = value { return Int(text) }
        return nil
    }

    /// A SARIF artifact URI back to the path mailproof was given: percent-decoded, `file://` dropped.
    static func uriPath(_ uri: String) -> String {
        var bytes: [UInt8] = []
        var rest = Array((uri.hasPrefix("file://") ? String(uri.dropFirst(7)) : uri).utf8)[...]
        while let byte = rest.popFirst() {
            if byte == UInt8(ascii: "%"), rest.count >= 2,
               let value = UInt8(String(decoding: rest.prefix(2), as: UTF8.self), radix: 16) {
                bytes.append(value)
                rest = rest.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
