import MailproofKit

/// What the CSS tokenizer and parser must guarantee for any bytes: tokens tile the range in order, and every
/// rule, declaration, error and comment they report lies inside the range they were given.
enum CSSInvariants {
    /// Checks `data` as a stylesheet, as a `style=""` value and as a selector list, each over the range that
    /// starts `data.first % 8` bytes in, so offsets that do not start at 0 are exercised too.
    static func violations(for data: [UInt8]) -> [String] {
        let start = data.isEmpty ? 0 : min(Int(data[0] % 8), data.count)
        let range = ByteRange(start: start, end: data.count)
        var problems: [String] = []

        let lexed = CSSTokenizer.tokenize(bytes: data, range: range, includeComments: true)
        var cursor = range.start
        for token in lexed.tokens {
            if token.range.start != cursor || token.range.end <= token.range.start {
                problems.append("token \(token.kind) at \(token.range) does not continue from offset \(cursor)")
                break
            }
            cursor = token.range.end
        }
        if problems.isEmpty, cursor != range.end { problems.append("tokens end at \(cursor), not at \(range.end)") }
        problems += outside(lexed.errors.map(\.range), range, "tokenizer error")

        let sheet = CSSParser.parseStylesheet(bytes: data, range: range)
        problems += outside(sheet.errors.map(\.range) + sheet.comments, range, "stylesheet error or comment")
        sheet.forEachRule { rule in problems += outside([rule.range], range, "rule") }
        for declaration in sheet.allDeclarations {
            problems += outside([declaration.range, declaration.propertyRange, declaration.valueRange], range, "declaration")
            if !declaration.range.contains(declaration.valueRange) {
                problems.append("declaration value \(declaration.valueRange) outside its declaration \(declaration.range)")
            }
        }

        let block = CSSParser.parseDeclarations(bytes: data, range: range)
        problems += outside(block.declarations.flatMap { [$0.range, $0.propertyRange, $0.valueRange] } + block.errors.map(\.range),
                            range, "style attribute declaration or error")

        if case .failure(let error) = CSSParser.parseSelectorList(bytes: data, range: range) {
            problems += outside([error.range], range, "selector error")
        }
        return problems
    }

    private static func outside(_ ranges: [ByteRange], _ range: ByteRange, _ what: String) -> [String] {
        ranges.filter { !range.contains($0) }.map { "\(what) \($0) outside \(range)" }
    }
}
