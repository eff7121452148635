import MailproofKit

/// What the CSS inliner must guarantee for any input: template tags survive (in order, but for the output tags
/// it moves from `<style>` rules into `style` attributes), a clean input gives a clean output, and inlining the
/// output again changes nothing.
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
            // Only a clean input must stay clean: cutting an inlined <style> out of broken markup (one that implied
            // a <head> closed by a stray </head>) can move libxml2's error elsewhere without making anything worse.
            if before == 0, after > 0 { problems.append("\(label): output has \(after) parse errors, the input none") }
            let twice = inliner.inline(onceSource)
            if twice != once { problems.append("\(label): inlining the output again changes it") }
        }
        return problems
    }
}
