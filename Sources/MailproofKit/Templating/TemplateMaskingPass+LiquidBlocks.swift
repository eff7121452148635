/// Liquid blocks whose body is not template code: `{% comment %}…{% endcomment %}` (masked whole) and
/// `{% raw %}…{% endraw %}` (body left as literal text, not scanned for tags).
extension TemplateMaskingPass {
    mutating func scanLiquidLiteralBlock(open: inout TemplateTag) -> Int {
        let isComment = open.name == "comment"
        let closeName = isComment ? "endcomment" : "endraw"
        guard var close = findLiquidClose(from: open.range.end, openName: open.name, closeName: closeName,
                                          nests: isComment) else {
            scan.problems.append(TemplateProblem(
                message: "Unterminated Liquid `{% \(open.name) %}` block: no `{% \(closeName) %}`", range: open.range))
            return emit(&open)
        }
        let bodyStart = emit(&open)
        let body = ByteRange(start: bodyStart, end: close.range.start)
        if isComment {
            // The body is a template comment: masked like the tags around it, unseen by the HTML tracker.
            fillRange(body.start, body.end, with: TemplateBytes.space)
            scan.commentBodies.append(body)
            return emit(&close)
        }
        scan.rawBodies.append(body)
        pendingRawClose = close
        return bodyStart
    }

    /// Finds the `{% closeName %}` ending a block opened just before `start` (counting nested openers when `nests`,
    /// as Liquid does for comments). Returns the closing tag, context not yet known.
    private mutating func findLiquidClose(from start: Int, openName: String, closeName: String,
                                          nests: Bool) -> TemplateTag? {
        if let failed = noLiquidCloseFrom[closeName], start >= failed { return nil }
        var depth = 1
        var sawClose = false
        var k = start
        while k + 1 < n {
            guard p[k] == TemplateBytes.openBrace && p[k + 1] == TemplateBytes.percent else {
                k += 1
                continue
            }
            var openEnd = k + 2
            if openEnd < n && p[openEnd] == TemplateBytes.dash { openEnd += 1 }
            let name = wordName(from: skipSpaces(from: openEnd, to: n), to: n)
            // Bodies are not Liquid code, so the first `%}` closes, quotes or not.
            var e = openEnd
            while e + 1 < n && !(p[e] == TemplateBytes.percent && p[e + 1] == TemplateBytes.closeBrace) { e += 1 }
            guard e + 1 < n else { break }
            if name == closeName {
                sawClose = true
                depth -= 1
                if depth == 0 {
                    let innerEnd = e > openEnd && p[e - 1] == TemplateBytes.dash ? e - 1 : e
                    return TemplateTag(language: .liquid, kind: .blockClose, name: closeName,
                                       range: ByteRange(start: k, end: e + 2),
                                       innerRange: ByteRange(start: openEnd, end: innerEnd), context: .text)
                }
            } else if nests && name == openName {
                depth += 1
            }
            k = e + 2
        }
        if !sawClose { noLiquidCloseFrom[closeName] = start }
        return nil
    }
}
