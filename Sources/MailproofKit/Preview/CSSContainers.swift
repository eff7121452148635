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
        for block in document.inlineStyles.values {
            for declaration in block.declarations { declarations.append((declaration.range, declaration.property)) }
        }
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

    /// The innermost construct holding `range`: the at-rule or style rule whose head holds it, else the declaration.
    func container(of range: ByteRange) -> Container? {
        var best: (head: ByteRange, container: Container)?
        for entry in heads where entry.head.contains(range) && (entry.head.start < range.end || range.isEmpty) {
            if best == nil || entry.head.length < best!.head.length { best = entry }
        }
        if let best { return best.container }
        var declaration: (range: ByteRange, property: String)?
        for entry in declarations where entry.range.contains(range) {
            if declaration == nil || entry.range.length < declaration!.range.length { declaration = entry }
        }
        return declaration.map { .declaration(property: $0.property, range: $0.range) }
    }
}
