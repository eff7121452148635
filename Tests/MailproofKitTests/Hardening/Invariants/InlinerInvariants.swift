import MailproofKit

/// What the CSS inliner must guarantee for any input: template tags survive (in order, but for the output tags
/// it moves from `<style>` rules into `style` attributes), the output parses with no markup error the input did
/// not have, and inlining the output again changes nothing.
enum InlinerInvariants {
    static func violations(for data: [UInt8]) -> [String] {
        guard let source = try? SourceFile(path: "fuzz.html", data: data) else { return [] }
        var problems: [String] = []
        for keepStyleTags in [false, true] {
            let inliner = CSSInliner(options: InlineOptions(keepStyleTags: keepStyleTags, applySizeAttributes: !keepStyleTags))
            let label = keepStyleTags ? "inline (keeping style tags)" : "inline"
            let once = inliner.inline(source)
            let onceSource = SourceFile(path: source.path, utf8: once, encoding: source.encoding)
            let document = Document.parse(source)
            let styleBlocks = document.styleSheets.map { document.element($0.element).range }
            problems += TemplateTagInvariant.lostTags(from: source, in: once, stage: label, movable: styleBlocks)
            let before = document.parseErrors.count
            let after = Document.parse(onceSource).parseErrors.count
            if after > before { problems.append("\(label): output has \(after) parse errors, input had \(before)") }
            let twice = inliner.inline(onceSource)
            if twice != once { problems.append("\(label): inlining the output again changes it") }
        }
        return problems
    }
}
