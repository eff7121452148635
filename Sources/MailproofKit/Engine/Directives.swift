/// Inline directives in HTML comments that switch rules off for part of a file:
///
///     <!-- mailproof-disable rule-a, rule-b -->  …  <!-- mailproof-enable -->
///     <!-- mailproof-disable-next-line rule-a -->
///     <!-- mailproof-disable-file -->
///
/// Without rule ids a directive applies to every rule. A directive that suppresses nothing is itself reported
/// (`unused-directive`), so stale ones do not pile up.
struct Directive {
    enum Kind: String {
        case disable = "mailproof-disable"
        case enable = "mailproof-enable"
        case disableNextLine = "mailproof-disable-next-line"
        case disableFile = "mailproof-disable-file"
    }

    var kind: Kind
    /// Rule ids; empty means every rule.
    var rules: Set<String>
    /// The comment holding the directive.
    var range: ByteRange
    /// The part of the file the directive silences.
    var scope: ByteRange

    func applies(to finding: RawFinding) -> Bool {
        guard rules.isEmpty || rules.contains(finding.ruleID.rawValue) else { return false }
        return kind == .disableFile || scope.contains(finding.range.start)
    }

    /// Reads every directive in the document's comments and works out the range each one covers.
    static func parse(_ document: Document) -> [Directive] {
        var directives: [Directive] = []
        var open: [Int] = [] // indices of disable directives not yet ended by an enable
        let end = document.source.bytes.count
        let bytes = document.source.bytes
        for node in document.nodes where node.kind == .comment {
            guard mayBeDirective(bytes, node.innerRange) else { continue }
            let text = document.text(node.innerRange).trimmingWhitespace()
            guard text.hasPrefix("mailproof-") else { continue }
            let (word, rest) = text.splitFirstWord()
            guard let kind = Kind(rawValue: word) else { continue }
            let rules = Set(rest.split(whereSeparator: { $0 == "," || $0 == " " || $0 == "\n" || $0 == "\t" }).map(String.init))
            switch kind {
            case .disable:
                open.append(directives.count)
                directives.append(Directive(kind: kind, rules: rules, range: node.range, scope: ByteRange(start: node.range.end, end: end)))
            case .enable:
                // Ends the matching disables: all of them when no rules are named.
                for index in open.reversed() where rules.isEmpty || !directives[index].rules.isDisjoint(with: rules) || directives[index].rules.isEmpty {
                    directives[index].scope = ByteRange(start: directives[index].scope.start, end: node.range.start)
                }
                open.removeAll { index in
                    rules.isEmpty || !directives[index].rules.isDisjoint(with: rules) || directives[index].rules.isEmpty
                }
            case .disableNextLine:
                let lines = document.source.lineIndex
                let commentLine = lines.lineIndex(of: node.range.end) + 1
                let next = lines.lineRange(commentLine + 1)
                let scope = commentLine < lines.lineCount ? ByteRange(start: next.start, end: max(next.end, next.start + 1)) : .empty(at: end)
                directives.append(Directive(kind: kind, rules: rules, range: node.range, scope: scope))
            case .disableFile:
                directives.append(Directive(kind: kind, rules: rules, range: node.range, scope: ByteRange(start: 0, end: end)))
            }
        }
        return directives
    }

    /// Whether a comment's text may start with `mailproof-` once trimmed, from its bytes: conditional comments hold
    /// whole tables, and most comments are not directives. A text starting with non-ASCII after ASCII whitespace is
    /// left to the trimming above (Unicode has more whitespace).
    private static func mayBeDirective(_ bytes: [UInt8], _ range: ByteRange) -> Bool {
        var k = range.start
        while k < range.end, bytes[k] == 0x20 || (0x09...0x0D).contains(bytes[k]) { k += 1 }
        guard k < range.end, bytes[k] < 0x80 else { return k < range.end }
        let prefix: StaticString = "mailproof-"
        guard range.end - k >= prefix.utf8CodeUnitCount else { return false }
        for offset in 0..<prefix.utf8CodeUnitCount where bytes[k + offset] != prefix.utf8Start[offset] { return false }
        return true
    }
}

extension String {
    /// The first whitespace-separated word and the rest of the string.
    func splitFirstWord() -> (String, String) {
        guard let space = firstIndex(where: { $0.isWhitespace }) else { return (self, "") }
        return (String(self[..<space]), String(self[index(after: space)...]))
    }
}
