/// Cheap language detection from delimiter forms.
extension TemplateMasker {
    /// Which template languages `bytes` uses: `{%`, `{{-`, `-}}` and `{{ x | filter }}` mean Liquid; `{{#`, `{{/`,
    /// `{{^`, `{{>`, `{{!`, `{{&`, `{{{`, `{{~` and `{{else}}` mean Handlebars; `*|NAME|*` means Mailchimp.
    /// Plain `{{ x }}` alone means Liquid, the platform's default.
    public static func detectLanguages(in bytes: [UInt8]) -> Set<TemplateLanguage> {
        bytes.withUnsafeBufferPointer { p in
            var liquid = false, handlebars = false, mailchimp = false, plain = false
            guard let base = p.baseAddress else { return [] }
            let n = p.count
            var nextBrace = TemplateBytes.find(TemplateBytes.openBrace, base, from: 0, to: n)
            var nextStar = TemplateBytes.find(TemplateBytes.star, base, from: 0, to: n)
            while true {
                let i = min(nextBrace, nextStar)
                guard i + 1 < n else { break }
                if i == nextBrace {
                    let c1 = p[i + 1]
                    var next = i + 1
                    if c1 == TemplateBytes.percent {
                        liquid = true
                    } else if c1 == TemplateBytes.openBrace && i + 2 < n {
                        switch classifyDoubleBrace(p, at: i) {
                        case .liquid: liquid = true
                        case .handlebars: handlebars = true
                        case .plain: plain = true
                        }
                        next = i + 2
                    }
                    nextBrace = TemplateBytes.find(TemplateBytes.openBrace, base, from: next, to: n)
                } else {
                    if !mailchimp && p[i + 1] == TemplateBytes.pipe { mailchimp = isMergeTag(p, at: i) }
                    // Once Mailchimp is known, stars no longer matter.
                    nextStar = mailchimp ? n : TemplateBytes.find(TemplateBytes.star, base, from: i + 1, to: n)
                }
                if liquid && handlebars { nextBrace = n }
            }
            var result = Set<TemplateLanguage>()
            if liquid || (plain && !handlebars) { result.insert(.liquid) }
            if handlebars { result.insert(.handlebars) }
            if mailchimp { result.insert(.mailchimp) }
            return result
        }
    }

    private enum DoubleBraceForm { case liquid, handlebars, plain }

    /// Classifies the `{{` at `i` by its form.
    private static func classifyDoubleBrace(_ p: UnsafeBufferPointer<UInt8>, at i: Int) -> DoubleBraceForm {
        let n = p.count
        switch p[i + 2] {
        case TemplateBytes.openBrace, TemplateBytes.tilde, TemplateBytes.hash, TemplateBytes.slash,
             TemplateBytes.caret, TemplateBytes.greater, TemplateBytes.bang, TemplateBytes.ampersand:
            return .handlebars
        case TemplateBytes.dash:
            return .liquid
        default:
            break
        }
        var k = i + 2
        while k < n && TemplateBytes.isSpace(p[k]) { k += 1 }
        if k + 4 <= n && p[k] == 0x65 && p[k + 1] == 0x6C && p[k + 2] == 0x73 && p[k + 3] == 0x65
            && (k + 4 == n || !TemplateBytes.isWordByte(p[k + 4])) {
            return .handlebars
        }
        // A filter pipe or a `-}}` before the close is Liquid; look no further than a short tag's length.
        let limit = min(n - 1, i + 256)
        while k < limit {
            let c = p[k]
            if c == TemplateBytes.closeBrace && p[k + 1] == TemplateBytes.closeBrace {
                return p[k - 1] == TemplateBytes.dash ? .liquid : .plain
            }
            if c == TemplateBytes.pipe { return .liquid }
            if c == TemplateBytes.openBrace && p[k + 1] == TemplateBytes.openBrace { break }
            k += 1
        }
        return .plain
    }

    /// `*|` followed by a name and a `|*` on the same line.
    private static func isMergeTag(_ p: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let n = p.count
        guard i + 2 < n, TemplateMaskingPass.isMergeNameStart(p[i + 2]) else { return false }
        var k = i + 3
        let limit = min(n - 1, i + 256)
        while k < limit {
            let c = p[k]
            if c == TemplateBytes.pipe && p[k + 1] == TemplateBytes.star { return true }
            if c == TemplateBytes.newline || c == TemplateBytes.carriageReturn { return false }
            k += 1
        }
        return false
    }
}
