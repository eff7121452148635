/// Recognition of `{{ … }}`, `{{{ … }}}` and `{% … %}` tags (Liquid and Handlebars share the double brace).
extension TemplateMaskingPass {
    private enum CloseSearch {
        case found(Int)
        case unterminated
        /// A quote opened in the tag did not close on its line: retry ignoring quotes.
        case quoteTrouble
    }

    /// Liquid block tags whose body ends at `end<name>`.
    static let liquidBlockNames: Set<String> = [
        "if", "unless", "for", "case", "capture", "tablerow", "raw", "comment",
        "form", "paginate", "style", "javascript", "schema", "stylesheet", "highlight", "ifchanged", "doc",
    ]
    static let liquidElseNames: Set<String> = ["else", "elsif", "when"]
    /// Longest string literal honoured inside a tag; keeps stray quotes from making the scan quadratic.
    static let maxQuotedLength = 4096

    // MARK: - {{ … }}

    mutating func scanDoubleBrace(at d: Int) -> Int {
        var openEnd = d + 2
        var triple = false
        var tilde = false
        if openEnd < n && p[openEnd] == TemplateBytes.openBrace {
            triple = true
            openEnd += 1
        } else if openEnd < n && p[openEnd] == TemplateBytes.tilde {
            tilde = true
            openEnd += 1
            if openEnd < n && p[openEnd] == TemplateBytes.openBrace {
                triple = true
                openEnd += 1
            }
        }
        let sigil: UInt8 = openEnd < n ? p[openEnd] : 0
        let isElse = isElseWord(at: skipSpaces(from: openEnd, to: n))
        let handlebarsForm = triple || tilde || isElse || sigil == TemplateBytes.hash || sigil == TemplateBytes.slash
            || sigil == TemplateBytes.caret || sigil == TemplateBytes.greater || sigil == TemplateBytes.bang
            || sigil == TemplateBytes.ampersand
        let language: TemplateLanguage = liquid && handlebars
            ? (handlebarsForm ? .handlebars : .liquid)
            : (handlebars ? .handlebars : .liquid)
        if language == .liquid && !triple && openEnd < n && p[openEnd] == TemplateBytes.dash { openEnd += 1 }

        // Find where the tag closes.
        let isComment = language == .handlebars && !triple && sigil == TemplateBytes.bang
        let closeStart: Int?
        if isComment && TemplateBytes.hasPrefix(p, at: openEnd + 1, "--") {
            closeStart = findLongCommentClose(from: openEnd + 3)
        } else if isComment {
            closeStart = findPlainDoubleClose(from: openEnd + 1)
        } else {
            closeStart = findClose(from: openEnd, percent: false, triple: triple)
        }

        let nameEnd = closeStart ?? min(n, openEnd + 128)
        let (kind, name) = language == .handlebars
            ? handlebarsKind(sigil: sigil, triple: triple, isElse: isElse, innerStart: openEnd, innerEnd: nameEnd)
            : (TemplateTagKind.output, expressionName(from: openEnd, to: nameEnd))

        guard let close = closeStart else {
            let opener = triple ? "{{{" : "{{"
            let closer = triple ? "}}}" : (isComment && TemplateBytes.hasPrefix(p, at: openEnd + 1, "--") ? "--}}" : "}}")
            let what = language == .liquid ? "Liquid" : "Handlebars"
            return emitUnterminated(language: language, kind: kind, name: name, start: d,
                                    openerLength: triple ? (tilde ? 4 : 3) : 2,
                                    message: "Unterminated \(what) tag `\(opener)`: no closing `\(closer)`")
        }
        // Whitespace-control marks before the closer belong to the delimiter.
        var innerEnd = close
        let strip = language == .liquid ? TemplateBytes.dash : TemplateBytes.tilde
        if innerEnd > openEnd && p[innerEnd - 1] == strip { innerEnd -= 1 }
        var tagEnd = close + 2
        if triple { tagEnd = p[close + 1] == TemplateBytes.tilde ? close + 4 : close + 3 }
        var tag = TemplateTag(language: language, kind: kind, name: name,
                              range: ByteRange(start: d, end: tagEnd),
                              innerRange: ByteRange(start: openEnd, end: max(openEnd, innerEnd)), context: .text)
        return emit(&tag)
    }

    private func isElseWord(at k: Int) -> Bool {
        guard TemplateBytes.hasPrefix(p, at: k, "else") else { return false }
        return k + 4 >= n || !TemplateBytes.isWordByte(p[k + 4])
    }

    private func handlebarsKind(sigil: UInt8, triple: Bool, isElse: Bool,
                                innerStart: Int, innerEnd: Int) -> (TemplateTagKind, String) {
        if triple { return (.output, expressionName(from: innerStart, to: innerEnd)) }
        switch sigil {
        case TemplateBytes.hash:
            var k = innerStart + 1
            // `{{#> layout}}` (partial block) and `{{#*inline "x"}}` (inline partial) are blocks too.
            if k < innerEnd && (p[k] == TemplateBytes.greater || p[k] == TemplateBytes.star) { k += 1 }
            if TemplateBytes.hasPrefix(p, at: k, "inline") && p[k - 1] == TemplateBytes.star {
                return (.blockOpen, "inline")
            }
            return (.blockOpen, expressionName(from: k, to: innerEnd))
        case TemplateBytes.slash:
            return (.blockClose, expressionName(from: innerStart + 1, to: innerEnd))
        case TemplateBytes.caret:
            let name = expressionName(from: innerStart + 1, to: innerEnd)
            return (name.isEmpty ? .blockElse : .blockOpen, name)
        case TemplateBytes.greater:
            return (.partial, expressionName(from: innerStart + 1, to: innerEnd))
        case TemplateBytes.bang:
            return (.comment, "")
        case TemplateBytes.ampersand:
            return (.output, expressionName(from: innerStart + 1, to: innerEnd))
        default:
            if isElse { return (.blockElse, "else") }
            return (.output, expressionName(from: innerStart, to: innerEnd))
        }
    }

    // MARK: - {% … %}

    mutating func scanLiquidStatement(at d: Int) -> Int {
        var openEnd = d + 2
        if openEnd < n && p[openEnd] == TemplateBytes.dash { openEnd += 1 }
        let nameStart = skipSpaces(from: openEnd, to: n)
        let isInlineComment = nameStart < n && p[nameStart] == TemplateBytes.hash
        let name = isInlineComment ? "#" : wordName(from: nameStart, to: n)
        let kind: TemplateTagKind
        if isInlineComment {
            kind = .comment
        } else if Self.liquidBlockNames.contains(name) {
            kind = .blockOpen
        } else if name.hasPrefix("end") && name.count > 3 {
            kind = .blockClose
        } else if Self.liquidElseNames.contains(name) {
            kind = .blockElse
        } else {
            kind = .tag
        }
        guard let close = findClose(from: openEnd, percent: true, triple: false) else {
            return emitUnterminated(language: .liquid, kind: kind, name: name, start: d, openerLength: 2,
                                    message: "Unterminated Liquid tag `{%`: no closing `%}`")
        }
        var innerEnd = close
        if innerEnd > openEnd && p[innerEnd - 1] == TemplateBytes.dash { innerEnd -= 1 }
        var tag = TemplateTag(language: .liquid, kind: kind, name: name,
                              range: ByteRange(start: d, end: close + 2),
                              innerRange: ByteRange(start: openEnd, end: max(openEnd, innerEnd)), context: .text)
        if kind == .blockOpen && (name == "comment" || name == "raw") {
            return scanLiquidLiteralBlock(open: &tag)
        }
        return emit(&tag)
    }

    // MARK: - Closing delimiters

    /// Where the closing `}}`, `}}}` or `%}` starts. Quotes are honoured so `"}}"` in a string does not close the
    /// tag; a new `{{` or `{%` outside quotes means this tag was never closed.
    func findClose(from start: Int, percent: Bool, triple: Bool) -> Int? {
        switch scanClose(from: start, percent: percent, triple: triple, quotes: true) {
        case .found(let k): return k
        case .unterminated: return nil
        case .quoteTrouble:
            if case .found(let k) = scanClose(from: start, percent: percent, triple: triple, quotes: false) { return k }
            return nil
        }
    }

    private func scanClose(from start: Int, percent: Bool, triple: Bool, quotes: Bool) -> CloseSearch {
        var k = start
        var quote: UInt8 = 0
        var quoteStart = 0
        while k < n {
            let c = p[k]
            if quote != 0 {
                if c == quote {
                    quote = 0
                } else if c == TemplateBytes.newline || c == TemplateBytes.carriageReturn
                    || k - quoteStart > Self.maxQuotedLength {
                    // A line break or a huge string (minified files are one line) means a stray quote.
                    return .quoteTrouble
                }
            } else if quotes && (c == TemplateBytes.doubleQuote || c == TemplateBytes.singleQuote) {
                quote = c
                quoteStart = k
            } else if c == TemplateBytes.closeBrace {
                if !percent && isBraceClose(at: k, triple: triple) { return .found(k) }
            } else if c == TemplateBytes.percent {
                if percent && k + 1 < n && p[k + 1] == TemplateBytes.closeBrace { return .found(k) }
            } else if c == TemplateBytes.openBrace && k + 1 < n {
                let c1 = p[k + 1]
                if c1 == TemplateBytes.openBrace || (liquid && c1 == TemplateBytes.percent) { return .unterminated }
            }
            k += 1
        }
        return quote != 0 ? .quoteTrouble : .unterminated
    }

    private func isBraceClose(at k: Int, triple: Bool) -> Bool {
        guard k + 1 < n else { return false }
        if !triple { return p[k + 1] == TemplateBytes.closeBrace }
        guard k + 2 < n else { return false }
        if p[k + 1] == TemplateBytes.closeBrace { return p[k + 2] == TemplateBytes.closeBrace }
        return p[k + 1] == TemplateBytes.tilde && k + 3 < n
            && p[k + 2] == TemplateBytes.closeBrace && p[k + 3] == TemplateBytes.closeBrace
    }

    /// `{{! … }}` ends at the first `}}`, whatever is inside.
    private mutating func findPlainDoubleClose(from start: Int) -> Int? {
        guard start < noDoubleCloseFrom else { return nil }
        var k = start
        while k + 1 < n {
            if p[k] == TemplateBytes.closeBrace && p[k + 1] == TemplateBytes.closeBrace { return k }
            k += 1
        }
        noDoubleCloseFrom = start
        return nil
    }

    /// `{{!-- … --}}` ends at `--}}` (or `--~}}`); returns where the `}}` / `~}}` starts.
    private mutating func findLongCommentClose(from start: Int) -> Int? {
        guard start < noCommentCloseFrom else { return nil }
        var k = start
        while k + 3 < n {
            if p[k] == TemplateBytes.dash && p[k + 1] == TemplateBytes.dash {
                if p[k + 2] == TemplateBytes.closeBrace && p[k + 3] == TemplateBytes.closeBrace { return k + 2 }
                if p[k + 2] == TemplateBytes.tilde && k + 4 < n
                    && p[k + 3] == TemplateBytes.closeBrace && p[k + 4] == TemplateBytes.closeBrace { return k + 3 }
            }
            k += 1
        }
        noCommentCloseFrom = start
        return nil
    }
}
