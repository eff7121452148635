/// The single linear pass behind `TemplateMasker.mask`: walks the bytes once, feeding the HTML context tracker
/// and, at each candidate delimiter byte, recognising a template tag, recording it and overwriting it in place.
///
/// Bytes are only ever overwritten behind the scan position, so look-ahead always reads the original text.
struct TemplateMaskingPass {
    let p: UnsafeMutableBufferPointer<UInt8>
    let n: Int
    let liquid: Bool
    let handlebars: Bool
    let mailchimp: Bool
    var html = TemplateHTMLTracker()
    var scan = TemplateScan()
    /// The `{% endraw %}` closing the current `{% raw %}` body; nothing before it is scanned for tags.
    var pendingRawClose: TemplateTag?
    /// Searches that failed once fail again from any later offset; remembered to keep bad input linear.
    var noDoubleCloseFrom = Int.max
    var noCommentCloseFrom = Int.max
    var noLiquidCloseFrom: [String: Int] = [:]
    /// Cached next `{` / `*` (n when none or the language is off).
    private var nextBrace: Int
    private var nextStar: Int

    init(_ p: UnsafeMutableBufferPointer<UInt8>, languages: Set<TemplateLanguage>) {
        self.p = p
        n = p.count
        liquid = languages.contains(.liquid)
        handlebars = languages.contains(.handlebars)
        mailchimp = languages.contains(.mailchimp)
        nextBrace = liquid || handlebars ? -1 : p.count
        nextStar = mailchimp ? -1 : p.count
    }

    mutating func run() {
        // Files without any opener cost one scan and nothing else.
        guard let first = firstOpener() else { return }
        html.run(p, from: 0, to: first)
        var i = first
        while i < n {
            // Inside a `{% raw %}` body nothing is a tag until its `{% endraw %}`.
            let d = pendingRawClose?.range.start ?? nextCandidate(from: i)
            html.run(p, from: i, to: d)
            if d >= n { break }
            if var close = pendingRawClose, d == close.range.start {
                pendingRawClose = nil
                i = emit(&close)
                continue
            }
            i = tryTag(at: d)
        }
    }

    // MARK: - Finding delimiters

    /// The next offset at or after `start` holding a byte that may start a tag (`{` or `*`), or `n`. The next hit of
    /// each byte is cached, so each is searched for once over the file.
    private mutating func nextCandidate(from start: Int) -> Int {
        guard let base = UnsafePointer(p.baseAddress) else { return n }
        if (liquid || handlebars) && nextBrace < start {
            nextBrace = TemplateBytes.find(TemplateBytes.openBrace, base, from: start, to: n)
        }
        if mailchimp && nextStar < start {
            nextStar = TemplateBytes.find(TemplateBytes.star, base, from: start, to: n)
        }
        return min(nextBrace, nextStar)
    }

    /// True when a tag opener of an active language starts at `i`.
    private func isOpener(at i: Int) -> Bool {
        guard i + 1 < n else { return false }
        let c = p[i], c1 = p[i + 1]
        if c == TemplateBytes.openBrace {
            return c1 == TemplateBytes.openBrace || (liquid && c1 == TemplateBytes.percent)
        }
        return c == TemplateBytes.star && c1 == TemplateBytes.pipe && mailchimp && i + 2 < n
            && TemplateMaskingPass.isMergeNameStart(p[i + 2])
    }

    private mutating func firstOpener() -> Int? {
        var i = 0
        while true {
            i = nextCandidate(from: i)
            if i >= n { return nil }
            if isOpener(at: i) { return i }
            i += 1
        }
    }

    private mutating func tryTag(at d: Int) -> Int {
        let c = p[d]
        if c == TemplateBytes.openBrace && d + 1 < n {
            let c1 = p[d + 1]
            if c1 == TemplateBytes.openBrace {
                // Handlebars escapes a mustache with a backslash: `\{{x}}` is literal text.
                if handlebars && !liquid && d > 0 && p[d - 1] == TemplateBytes.backslash {
                    html.run(p, from: d, to: d + 2)
                    return d + 2
                }
                return scanDoubleBrace(at: d)
            }
            if c1 == TemplateBytes.percent && liquid { return scanLiquidStatement(at: d) }
        } else if c == TemplateBytes.star && isOpener(at: d) {
            return scanMergeTag(at: d)
        }
        html.step(c)
        return d + 1
    }

    // MARK: - Recording and masking

    /// Records a terminated tag, masks it for the current HTML context and returns the offset after it.
    mutating func emit(_ tag: inout TemplateTag) -> Int {
        tag.context = html.context
        let fill = TemplatePlaceholder.fillByte(kind: tag.kind, context: tag.context,
                                                inAttributeName: html.isInAttributeName)
        fillRange(tag.range.start, tag.range.end, with: fill)
        html.step(fill)
        scan.tags.append(tag)
        return tag.range.end
    }

    /// Records an unterminated tag (range = its opening delimiter) and a problem; nothing is masked and scanning
    /// resumes right after the opening delimiter.
    mutating func emitUnterminated(language: TemplateLanguage, kind: TemplateTagKind, name: String,
                                   start: Int, openerLength: Int, message: String) -> Int {
        let range = ByteRange(start: start, length: openerLength)
        scan.tags.append(TemplateTag(language: language, kind: kind, name: name, range: range,
                                     innerRange: .empty(at: range.end), context: html.context, isTerminated: false))
        scan.problems.append(TemplateProblem(message: message, range: range))
        html.run(p, from: start, to: range.end)
        return range.end
    }

    /// Overwrites `start..<end` with `byte`, keeping line breaks so line numbers stay true.
    func fillRange(_ start: Int, _ end: Int, with byte: UInt8) {
        var k = start
        while k < end {
            let c = p[k]
            if c != TemplateBytes.newline && c != TemplateBytes.carriageReturn { p[k] = byte }
            k += 1
        }
    }

    // MARK: - Small readers

    func skipSpaces(from start: Int, to end: Int) -> Int {
        var k = start
        while k < end && TemplateBytes.isSpace(p[k]) { k += 1 }
        return k
    }

    /// The first word of an expression: a variable path such as `subscriber.first_name` or `Campaign-Source`.
    func expressionName(from start: Int, to end: Int) -> String {
        let s = skipSpaces(from: start, to: end)
        var k = s
        let limit = min(end, s + 128)
        while k < limit {
            switch p[k] {
            case TemplateBytes.space, TemplateBytes.tab, TemplateBytes.newline, TemplateBytes.carriageReturn,
                 TemplateBytes.formFeed, TemplateBytes.pipe, TemplateBytes.closeBrace, TemplateBytes.tilde,
                 0x28, 0x29, 0x2C, TemplateBytes.doubleQuote, TemplateBytes.singleQuote, TemplateBytes.equals:
                return TemplateBytes.string(p, s, k)
            default:
                k += 1
            }
        }
        return TemplateBytes.string(p, s, k)
    }

    /// A word of letters, digits and underscores (Liquid tag names).
    func wordName(from start: Int, to end: Int) -> String {
        var k = start
        let limit = min(end, start + 128)
        while k < limit && TemplateBytes.isWordByte(p[k]) { k += 1 }
        return TemplateBytes.string(p, start, k)
    }
}
