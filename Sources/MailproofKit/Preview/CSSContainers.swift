/// Every CSS construct of a document that a client can drop as a whole, found by a range inside it: at-rules (by
/// their head), style rules (by their selector) and declarations, in `<style>` sheets and `style=""` attributes.
struct CSSContainers {
    enum Container {
        case atRule(name: String, range: ByteRange)
        case styleRule(range: ByteRange)
        case declaration(property: String, range: ByteRange)
    }

    private var heads: [(head: ByteRange, container: Container)] = []
    private var declarations: [(range: ByteRange, property: String)] = []

    init(_ document: Document) {
        for sheet in document.styleSheets {
            for rule in sheet.stylesheet.rules { add(rule) }
        }
        for style in document.inlineStyleBlocks {
            for declaration in style.block.declarations { declarations.append((declaration.range, declaration.property)) }
        }
        // Heads never overlap one another, nor do declarations: sorted, each lookup is a binary search.
        heads.sort { $0.head.start < $1.head.start }
        declarations.sort { $0.range.start < $1.range.start }
    }

    private mutating func add(_ rule: CSSRule) {
        switch rule {
        case .style(let style):
            heads.append((style.preludeRange, .styleRule(range: style.range)))
            for declaration in style.declarations { declarations.append((declaration.range, declaration.property)) }
        case .atRule(let at):
            let headEnd = at.blockRange?.start ?? at.range.end
            heads.append((ByteRange(start: at.range.start, end: headEnd), .atRule(name: at.name, range: at.range)))
            if case .declarations(let block) = at.body {
                for declaration in block.declarations { declarations.append((declaration.range, declaration.property)) }
            }
            if case .keyframes(let frames) = at.body {
                for frame in frames { for declaration in frame.declarations { declarations.append((declaration.range, declaration.property)) } }
            }
        }
        for child in rule.childRules { add(child) }
    }

    /// The construct holding `range`: the at-rule or style rule whose head holds it, else the declaration.
    func container(of range: ByteRange) -> Container? {
        if let index = Self.last(in: heads, startingAtOrBefore: range.start, start: \.head.start),
           heads[index].head.contains(range) {
            return heads[index].container
        }
        if let index = Self.last(in: declarations, startingAtOrBefore: range.start, start: \.range.start),
           declarations[index].range.contains(range) {
            return .declaration(property: declarations[index].property, range: declarations[index].range)
        }
        return nil
    }

    private static func last<T>(in sorted: [T], startingAtOrBefore offset: Int, start: (T) -> Int) -> Int? {
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if start(sorted[middle]) <= offset { low = middle + 1 } else { high = middle }
        }
        return low == 0 ? nil : low - 1
    }
}
