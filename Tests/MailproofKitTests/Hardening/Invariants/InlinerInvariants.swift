import MailproofKit

/// What the CSS inliner must guarantee for any input: template tags survive (in order, but for the output tags
/// it moves from `<style>` rules into `style` attributes); for a clean input (no parse error), the output is
/// clean too and inlining it again changes nothing.
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
            // Idempotence holds for markup libxml2 reads without error; in broken markup, cutting a <style> block
            // can change how the rest parses (an unterminated tag now ends elsewhere), and so what a second run sees.
            let twice = inliner.inline(onceSource)
            if before == 0, twice != once { problems.append("\(label): inlining the output again changes it") }
        }
        return problems
    }
}
