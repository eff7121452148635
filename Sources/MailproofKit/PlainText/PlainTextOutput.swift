/// The plain text being written: paragraphs collected word by word, wrapped at the width when a block ends, one
/// blank line between blocks; captures for the text of a link or heading; list items with their marker and a
/// hanging indent.
struct PlainTextOutput {
    let width: Int
    var listDepth = 0
    private var lines: [String] = []
    private var paragraph = ""
    /// Text collected for a link or heading, innermost last.
    private var captures: [String] = []
    /// The marker of the list item whose first line is not written yet, and the indent of its lines.
    private var itemMarker: String?
    private var itemIndent = 0

    init(width: Int) {
        self.width = width
    }

    /// Text as it stands in the markup: entities decoded, runs of whitespace (and no-break spaces) one space.
    mutating func text(_ raw: String) {
        let decoded = HTMLEntities.decode(raw)
        var collapsed = ""
        var space = false
        for character in decoded {
            if character.isWhitespace || character == "\u{A0}" {
                space = true
            } else {
                if space { collapsed.append(" ") }
                space = false
                collapsed.append(character)
            }
        }
        if space { collapsed.append(" ") }
        append(collapsed)
    }

    private mutating func append(_ text: String) {
        if captures.isEmpty { paragraph += text } else { captures[captures.count - 1] += text }
    }

    mutating func beginCapture() { captures.append("") }

    mutating func endCapture() -> String { captures.popLast() ?? "" }

    /// `<br>`: the line ends here.
    mutating func lineBreak() {
        append("\n")
    }

    mutating func rule() {
        lines.append(String(repeating: "-", count: min(width, 40)))
        lines.append("")
    }

    mutating func heading(_ text: String, underline: Character) {
        guard !text.isEmpty else { return }
        endBlock()
        for line in wrap(text, width: width) { lines.append(line) }
        let longest = wrap(text, width: width).map(\.count).max() ?? 0
        lines.append(String(repeating: underline, count: longest))
        lines.append("")
    }

    mutating func beginItem(marker: String) {
        itemMarker = marker
        itemIndent = 2 * max(0, listDepth - 1)
    }

    mutating func endItem() {
        itemMarker = nil
    }

    /// Writes the paragraph collected so far, wrapped, and a blank line after it.
    mutating func endBlock() {
        let text = paragraph
        paragraph = ""
        var written = false
        for part in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = String(part).trimmingWhitespace()
            guard !trimmed.isEmpty else { continue }
            if let marker = itemMarker {
                let indent = String(repeating: " ", count: itemIndent)
                let hanging = String(repeating: " ", count: itemIndent + marker.count)
                for (k, line) in wrap(trimmed, width: width - itemIndent - marker.count).enumerated() {
                    lines.append((k == 0 ? indent + marker : hanging) + line)
                }
                itemMarker = nil
            } else {
                lines.append(contentsOf: wrap(trimmed, width: width))
            }
            written = true
        }
        // Items of a list follow each other without blank lines; the list ends with one.
        if written, listDepth == 0 { lines.append("") }
    }

    mutating func beginList() {
        endBlock()
        listDepth += 1
    }

    mutating func endList() {
        endBlock()
        listDepth -= 1
        if listDepth == 0 { lines.append("") }
    }

    /// The text, with at most one blank line in a row and none at either end.
    mutating func finish() -> String {
        endBlock()
        var result: [String] = []
        for line in lines {
            let trimmed = String(line.reversed().drop { $0 == " " }.reversed())
            if trimmed.isEmpty, result.last?.isEmpty ?? true { continue }
            result.append(trimmed)
        }
        while result.last?.isEmpty == true { result.removeLast() }
        return result.isEmpty ? "" : result.joined(separator: "\n") + "\n"
    }

    /// Greedy word wrap; a word longer than the width (a URL) stands on a line of its own, whole.
    private func wrap(_ text: String, width: Int) -> [String] {
        let limit = max(10, width)
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= limit {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
