/// What becomes of the `<style>` blocks once their rules are inlined: each inlined rule is cut out (its whole line
/// when it stands alone), a rule with some inlinable selectors keeps only the others (`a, a:hover {}` →
/// `a:hover {}`), a rule or at-rule that appears again later in the blocks is kept once (the last time, so the
/// cascade does not change), and a block left with only whitespace and comments goes entirely, unless a template
/// tag is left in it (in a comment, say); where it opened a head that `</head>` closes, it becomes `<head>`.
/// Everything else in a block — at-rules, comments, formatting, template output tags — stays byte for byte, and
/// so does an inlined rule that `keeps` (one whose template tags would otherwise be lost).
enum StyleBlockPruning {
    static func edits(for sheets: [StyleSheet], rules: [InlinableRule], ruleForRange: [ByteRange: Int],
                      document: Document, keeping keeps: (ByteRange) -> Bool = { _ in false }) -> [TextEdit] {
        let bytes = document.source.bytes
        // A rule's text with whitespace runs collapsed, for spotting duplicates.
        func key(_ range: ByteRange) -> String { document.text(range).collapsingWhitespace() }
        var lastOccurrence: [String: ByteRange] = [:]
        for sheet in sheets {
            for rule in sheet.stylesheet.rules where ruleForRange[rule.range].map({ rules[$0].otherSelectors.isEmpty }) != true {
                if ruleForRange[rule.range] == nil { lastOccurrence[key(rule.range)] = rule.range }
            }
        }
        var edits: [TextEdit] = []
        var emptied: [Element] = []
        for sheet in sheets {
            var removed: [ByteRange] = []
            var sheetEdits: [TextEdit] = []
            for rule in sheet.stylesheet.rules {
                if let number = ruleForRange[rule.range] {
                    let inlinable = rules[number]
                    if keeps(rule.range) {
                        continue
                    } else if inlinable.otherSelectors.isEmpty {
                        removed.append(rule.range)
                        sheetEdits.append(.removal(of: rule.range, in: bytes))
                    } else {
                        let kept = inlinable.otherSelectors.map { document.text($0.range) }.joined(separator: ", ")
                        sheetEdits.append(TextEdit(range: inlinable.rule.preludeRange, replacement: kept))
                    }
                } else if let last = lastOccurrence[key(rule.range)], last != rule.range {
                    removed.append(rule.range)
                    sheetEdits.append(.removal(of: rule.range, in: bytes))
                }
            }
            if sheetEdits.isEmpty { continue }
            // A template tag outside the cut rules (in a comment, in the start tag) keeps the block.
            let block = document.element(sheet.element)
            let holdsTag = document.templateTags(overlapping: block.range).contains { tag in !removed.contains { $0.contains(tag.range) } }
            if !holdsTag && isBlank(sheet.stylesheet, removing: removed, bytes: bytes) {
                emptied.append(block)
            } else {
                edits += sheetEdits
            }
        }
        let going = Set(emptied.map(\.index))
        edits += emptied.map { document.removal(of: $0, alsoGoes: { going.contains($0.index) }) }
        return edits
    }

    /// Whether nothing but whitespace and comments is left once `removed` rules are gone.
    private static func isBlank(_ stylesheet: CSSStylesheet, removing removed: [ByteRange], bytes: [UInt8]) -> Bool {
        let gone = (removed + stylesheet.comments).sorted()
        var k = stylesheet.range.start
        var next = 0
        while k < stylesheet.range.end {
            while next < gone.count && gone[next].end <= k { next += 1 }
            if next < gone.count && gone[next].contains(k) {
                k = gone[next].end
                continue
            }
            let b = bytes[k]
            if !(b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C) { return false }
            k += 1
        }
        return true
    }
}
