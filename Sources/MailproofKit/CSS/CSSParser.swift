/// CSS Syntax Level 3 parser (§5) with browser error recovery, for `<style>` blocks and `style=""` attributes.
///
/// Rules whose selector is invalid, at-rules missing their block, declarations without `:` or value are dropped,
/// exactly where a browser drops them, and each problem is reported with its range.
public enum CSSParser {
    /// Nesting deeper than this (rules in rules, selectors in `:not()`) is reported and skipped, so hostile input
    /// cannot overflow the stack.
    public static let maxNestingDepth = 256

    public static func parseStylesheet(bytes: [UInt8], range: ByteRange) -> CSSStylesheet {
        precondition(range.start >= 0 && range.end <= bytes.count, "CSS range \(range) outside input")
        return bytes.withUnsafeBufferPointer { p in
            let lexed = CSSTokenizer.tokenize(p, range: range, includeComments: false)
            let core = CSSParserCore(p: p, range: range, tokenization: lexed)
            let rules = core.parseRuleList(0, core.tokens.count, topLevel: true, depth: 0)
            return CSSStylesheet(range: range, rules: rules, errors: core.sortedErrors(), comments: lexed.comments,
                                 tokens: core.tokens)
        }
    }

    /// Parses the value of a `style=""` attribute (a declaration list, no braces).
    public static func parseDeclarations(bytes: [UInt8], range: ByteRange) -> CSSDeclarationBlock {
        precondition(range.start >= 0 && range.end <= bytes.count, "CSS range \(range) outside input")
        return bytes.withUnsafeBufferPointer { p in
            let lexed = CSSTokenizer.tokenize(p, range: range, includeComments: false)
            let core = CSSParserCore(p: p, range: range, tokenization: lexed)
            var block = core.parseBlockContents(0, core.tokens.count, context: .attribute, depth: 0)
            block.range = range
            block.errors = core.sortedErrors()
            block.comments = lexed.comments
            return block
        }
    }

    /// Parses a selector list on its own (e.g. from configuration); nil with the error when invalid.
    public static func parseSelectorList(bytes: [UInt8], range: ByteRange)
        -> Result<[CSSComplexSelector], CSSSyntaxError> {
        precondition(range.start >= 0 && range.end <= bytes.count, "CSS range \(range) outside input")
        return bytes.withUnsafeBufferPointer { p in
            let lexed = CSSTokenizer.tokenize(p, range: range, includeComments: false)
            let core = CSSParserCore(p: p, range: range, tokenization: lexed)
            let (lo, hi) = core.trim(0, core.tokens.count)
            switch core.parseSelectorList(lo, hi, relative: false, forgiving: false, depth: 0) {
            case .success(let list): return .success(list)
            case .failure(let e): return .failure(CSSSyntaxError(message: e.message, range: e.range))
            }
        }
    }
}

/// Where a declaration block appears; decides which nested rules are allowed.
enum CSSBlockContext {
    /// Style rule (CSS Nesting: nested style rules and at-rules allowed).
    case styleRule
    /// `@font-face`, `@page`, keyframe blocks…: declarations and at-rules (margin rules), no style rules.
    case descriptors
    /// Unknown at-rule: anything, nothing reported.
    case unknown
    /// `style=""`: declarations only.
    case attribute
}

/// Parser state for one stylesheet or attribute. All positions are token indices; blocks are found through
/// `match`, computed once, so skipping a block is O(1) and nothing recurses on token nesting.
final class CSSParserCore {
    let p: UnsafeBufferPointer<UInt8>
    let cssRange: ByteRange
    let tokens: [CSSToken]
    /// For `(`, `[`, `{` and function tokens, the index of the matching closer (`tokens.count` when unclosed);
    /// for closers, the opener's index, or -1 for a stray closer.
    let match: [Int32]
    var errors: [CSSSyntaxError]
    /// > 0 inside unknown at-rules, whose contents browsers ignore wholesale.
    var muted = 0

    init(p: UnsafeBufferPointer<UInt8>, range: ByteRange, tokenization: CSSTokenization) {
        self.p = p
        self.cssRange = range
        self.tokens = tokenization.tokens
        var errors = tokenization.errors
        self.match = CSSParserCore.matchBlocks(p, tokenization.tokens, &errors)
        self.errors = errors
    }

    static func matchBlocks(_ p: UnsafeBufferPointer<UInt8>, _ tokens: [CSSToken],
                            _ errors: inout [CSSSyntaxError]) -> [Int32] {
        let n = tokens.count
        var match = [Int32](repeating: -1, count: n)
        var stack: [Int32] = []
        for k in 0..<n {
            let kind = tokens[k].kind
            switch kind {
            case .leftBrace, .leftBracket, .leftParen, .function:
                stack.append(Int32(k))
            case .rightBrace, .rightBracket, .rightParen:
                if let top = stack.last, closes(tokens[Int(top)].kind, kind) {
                    match[Int(top)] = Int32(k)
                    match[k] = top
                    stack.removeLast()
                } else if kind != .rightBrace || stack.isEmpty {
                    // A `}` inside an unclosed `(`/`[` is swallowed by it (the unclosed opener is reported).
                    let c = kind == .rightBrace ? "}" : kind == .rightParen ? ")" : "]"
                    errors.append(CSSSyntaxError(message: "Unexpected '\(c)'", range: tokens[k].range))
                }
            default:
                break
            }
        }
        for top in stack {
            let k = Int(top)
            match[k] = Int32(n)
            switch tokens[k].kind {
            case .leftParen:
                errors.append(CSSSyntaxError(message: "Missing ')'", range: tokens[k].range))
            case .function:
                let name = CSSBytes.snippet(p, tokens[k].range)
                errors.append(CSSSyntaxError(message: "Missing ')' after '\(name)'", range: tokens[k].range))
            case .leftBracket:
                errors.append(CSSSyntaxError(message: "Missing ']'", range: tokens[k].range))
            default:
                break // unclosed `{` is reported by the rule that owns it
            }
        }
        return match
    }

    @inline(__always) static func closes(_ opener: CSSTokenKind, _ closer: CSSTokenKind) -> Bool {
        switch closer {
        case .rightBrace: return opener == .leftBrace
        case .rightBracket: return opener == .leftBracket
        case .rightParen: return opener == .leftParen || opener == .function
        default: return false
        }
    }

    func sortedErrors() -> [CSSSyntaxError] {
        // Most blocks have no error (every `style=""` of a file is parsed on its own): nothing to sort.
        if errors.count < 2 { return errors }
        // Stable: tokenizer and block-matching errors come first for equal positions.
        return errors.enumerated().sorted { l, r in
            l.element.range.start != r.element.range.start ? l.element.range.start < r.element.range.start
                : l.offset < r.offset
        }.map(\.element)
    }

    // MARK: Helpers

    func report(_ message: String, _ range: ByteRange, dropsOnlyItself: Bool = false) {
        if muted == 0 { errors.append(CSSSyntaxError(message: message, range: range, dropsOnlyItself: dropsOnlyItself)) }
    }

    @inline(__always) func isOpener(_ k: Int) -> Bool {
        switch tokens[k].kind {
        case .leftBrace, .leftBracket, .leftParen, .function: return true
        default: return false
        }
    }

    /// Index after the component value at `k` (a whole block for openers).
    @inline(__always) func skipComponent(_ k: Int) -> Int {
        isOpener(k) ? Int(match[k]) + 1 : k + 1
    }

    @inline(__always) func skipWhitespace(_ k: Int, _ hi: Int) -> Int {
        var k = k
        while k < hi, tokens[k].kind == .whitespace { k += 1 }
        return k
    }

    func trim(_ lo: Int, _ hi: Int) -> (Int, Int) {
        let lo = skipWhitespace(lo, hi)
        var hi = hi
        while hi > lo, tokens[hi - 1].kind == .whitespace { hi -= 1 }
        return (lo, hi)
    }

    func offset(_ k: Int) -> Int { k < tokens.count ? tokens[k].range.start : cssRange.end }

    /// Byte range covering tokens `lo..<hi`, or an empty range at `fallback`.
    func span(_ lo: Int, _ hi: Int, fallback: Int) -> ByteRange {
        lo < hi ? ByteRange(start: tokens[lo].range.start, end: tokens[hi - 1].range.end) : .empty(at: fallback)
    }

    func text(_ r: ByteRange) -> String { CSSBytes.string(p, r) }
    func snippet(_ r: ByteRange) -> String { CSSBytes.snippet(p, r) }
    func value(_ k: Int, lowercase: Bool = false) -> String { tokens[k].value(in: p, lowercase: lowercase) }

    func isDelim(_ k: Int, _ c: UInt8) -> Bool { tokens[k].kind == .delim && tokens[k].delim == c }

    func containsStrayCloser(_ lo: Int, _ hi: Int) -> Bool {
        for k in lo..<max(lo, hi) where match[k] == -1 {
            switch tokens[k].kind {
            case .rightBrace, .rightParen, .rightBracket: return true
            default: continue
            }
        }
        return false
    }

    // MARK: Rule lists

    /// §5.4.1 consume a list of rules, over tokens `lo..<hi`.
    func parseRuleList(_ lo: Int, _ hi: Int, topLevel: Bool, depth: Int) -> [CSSRule] {
        var rules: [CSSRule] = []
        var i = lo
        while i < hi {
            let kind = tokens[i].kind
            if kind == .whitespace || (topLevel && (kind == .cdo || kind == .cdc)) {
                // `<!--` / `-->` are allowed at the top level of a <style> block for pre-CSS browsers.
                i += 1
            } else if kind == .atKeyword {
                let (rule, next) = parseAtRule(i, hi, inStyleRule: false, depth: depth)
                if let rule { rules.append(.atRule(rule)) }
                i = next
            } else {
                guard let brace = findBlock(i, hi, stopAtSemicolon: false) else {
                    let (plo, phi) = trim(i, hi)
                    if !containsStrayCloser(plo, phi) {
                        let prelude = span(plo, phi, fallback: offset(i))
                        report("Expected '{' after '\(snippet(prelude))'", prelude)
                    }
                    return rules
                }
                let (rule, next) = parseStyleRule(i, brace, hi, nested: false, depth: depth)
                if let rule { rules.append(.style(rule)) }
                i = next
            }
        }
        return rules
    }

    /// Index of the first `{` at this level, scanning from `i`; nil at `hi` (or at a `;` when asked).
    func findBlock(_ i: Int, _ hi: Int, stopAtSemicolon: Bool) -> Int? {
        var k = i
        while k < hi {
            let kind = tokens[k].kind
            if kind == .leftBrace { return k }
            if kind == .semicolon && stopAtSemicolon { return nil }
            k = skipComponent(k)
        }
        return nil
    }

    /// The block `{` at `brace` closes at the returned index, or is unclosed and runs to `hi`.
    func blockEnd(_ brace: Int, _ hi: Int) -> (close: Int, unclosed: Bool) {
        let close = Int(match[brace])
        return close < hi ? (close, false) : (hi, true)
    }

    func blockRange(_ brace: Int, _ close: Int, unclosed: Bool) -> ByteRange {
        ByteRange(start: tokens[brace].range.start, end: unclosed ? cssRange.end : tokens[close].range.end)
    }

    /// A qualified rule whose prelude is `i..<brace`; returns the rule (nil when dropped) and the next index.
    func parseStyleRule(_ i: Int, _ brace: Int, _ hi: Int, nested: Bool, depth: Int) -> (CSSStyleRule?, Int) {
        let (close, unclosed) = blockEnd(brace, hi)
        let next = unclosed ? hi : close + 1
        let (plo, phi) = trim(i, brace)
        let preludeRange = span(plo, phi, fallback: tokens[brace].range.start)
        let block = blockRange(brace, close, unclosed: unclosed)
        if unclosed {
            report("Missing '}' at end of rule '\(snippet(preludeRange))'", tokens[brace].range)
        }
        if depth >= CSSParser.maxNestingDepth {
            report("Rules nested more than \(CSSParser.maxNestingDepth) levels deep", tokens[brace].range)
            return (nil, next)
        }
        let selectors: [CSSComplexSelector]
        if plo == phi {
            report("Missing selector before '{'", tokens[brace].range)
            return (nil, next)
        }
        switch parseSelectorList(plo, phi, relative: nested, forgiving: false, depth: depth + 1) {
        case .success(let list):
            selectors = list
        case .failure(let e):
            if !containsStrayCloser(plo, phi) {
                report("Invalid selector '\(snippet(preludeRange))': \(e.message)", e.range)
            }
            // Browsers skip the whole rule, block included, so its contents are not parsed or reported.
            return (nil, next)
        }
        let contents = parseBlockContents(brace + 1, close, context: .styleRule, depth: depth + 1)
        // One selector spanning the prelude already holds its text: one string for both.
        let selectorText = selectors.count == 1 && selectors[0].range == preludeRange ? selectors[0].text : text(preludeRange)
        let rule = CSSStyleRule(range: ByteRange(start: preludeRange.start, end: block.end),
                                preludeRange: preludeRange, selectorText: selectorText,
                                selectors: selectors, blockRange: block, declarations: contents.declarations,
                                nestedRules: contents.rules)
        return (rule, next)
    }

    // MARK: At-rules

    enum AtRuleKind {
        case group, descriptors, keyframes, statement, unknown
    }

    static func classify(_ name: String) -> AtRuleKind {
        switch name {
        case "media", "supports", "document", "-moz-document", "layer", "container", "scope", "starting-style":
            return .group
        case "font-face", "page", "counter-style", "property", "viewport", "-ms-viewport", "font-palette-values",
             "font-feature-values", "color-profile", "position-try", "view-transition",
             "top-left-corner", "top-left", "top-center", "top-right", "top-right-corner", "bottom-left-corner",
             "bottom-left", "bottom-center", "bottom-right", "bottom-right-corner", "left-top", "left-middle",
             "left-bottom", "right-top", "right-middle", "right-bottom":
            return .descriptors
        case "keyframes", "-webkit-keyframes", "-moz-keyframes", "-o-keyframes", "-ms-keyframes":
            return .keyframes
        case "import", "charset", "namespace":
            return .statement
        default:
            return .unknown
        }
    }

    /// §5.4.2 consume an at-rule starting at the at-keyword `i`.
    func parseAtRule(_ i: Int, _ hi: Int, inStyleRule: Bool, depth: Int) -> (CSSAtRule?, Int) {
        let nameRange = tokens[i].range
        let name = value(i, lowercase: true)
        var k = i + 1
        var brace = -1
        while k < hi {
            let kind = tokens[k].kind
            if kind == .semicolon { break }
            if kind == .leftBrace {
                brace = k
                break
            }
            k = skipComponent(k)
        }
        let preludeEnd = min(k, hi)
        let (plo, phi) = trim(i + 1, preludeEnd)
        let preludeRange = span(plo, phi, fallback: nameRange.end)
        let headRange = ByteRange(start: nameRange.start, end: preludeRange.end)
        let kind = CSSParserCore.classify(name)

        var next: Int
        var blockRange: ByteRange?
        var inner = (lo: 0, hi: 0)
        var end: Int
        if brace >= 0 {
            let (close, unclosed) = blockEnd(brace, hi)
            next = unclosed ? hi : close + 1
            blockRange = self.blockRange(brace, close, unclosed: unclosed)
            inner = (brace + 1, close)
            end = blockRange!.end
            if unclosed { report("Missing '}' at end of '\(snippet(headRange))'", tokens[brace].range) }
        } else if k < hi {
            next = k + 1
            end = tokens[k].range.end
        } else {
            next = hi
            end = headRange.end
            if kind == .statement || (kind == .group && name == "layer") {
                report("Missing ';' after '\(snippet(headRange))'", headRange)
            }
        }
        var rule = CSSAtRule(name: name, nameRange: nameRange, range: ByteRange(start: nameRange.start, end: end),
                             preludeRange: preludeRange, prelude: text(preludeRange), blockRange: blockRange,
                             body: .none, mediaQueries: nil)

        if brace >= 0 && depth >= CSSParser.maxNestingDepth {
            report("Rules nested more than \(CSSParser.maxNestingDepth) levels deep", tokens[brace].range)
            return (nil, next)
        }
        switch kind {
        case .group, .descriptors, .keyframes:
            guard brace >= 0 else {
                if name == "layer" { break } // `@layer a, b;` declares layer order
                report("'@\(name)' needs a '{…}' block", headRange)
                return (nil, next)
            }
            switch kind {
            case .group:
                rule.body = inStyleRule
                    ? .declarations(parseBlockContents(inner.lo, inner.hi, context: .styleRule, depth: depth + 1))
                    : .rules(parseRuleList(inner.lo, inner.hi, topLevel: false, depth: depth + 1))
            case .descriptors:
                rule.body = .declarations(parseBlockContents(inner.lo, inner.hi, context: .descriptors,
                                                             depth: depth + 1))
            default:
                rule.body = .keyframes(parseKeyframes(inner.lo, inner.hi, depth: depth + 1))
            }
        case .statement:
            if brace >= 0 {
                report("'@\(name)' can't have a '{…}' block", blockRange!)
                return (nil, next)
            }
        case .unknown:
            if brace >= 0 {
                muted += 1
                let block = parseBlockContents(inner.lo, inner.hi, context: .unknown, depth: depth + 1)
                muted -= 1
                rule.body = block.declarations.isEmpty && !block.rules.isEmpty ? .rules(block.rules)
                    : .declarations(block)
            }
        }
        if name == "media" {
            rule.mediaQueries = parseMediaQueryList(plo, phi)
        } else if name == "import" {
            // `@import url(x) [layer] [supports(…)] media-list;`
            var m = plo
            if m < phi { m = skipComponent(m) }
            m = skipWhitespace(m, phi)
            while m < phi, (tokens[m].kind == .ident && CSSBytes.equalsLowercase(p, tokens[m].valueRange, "layer"))
                || (tokens[m].kind == .function && (CSSBytes.equalsLowercase(p, tokens[m].valueRange, "layer")
                    || CSSBytes.equalsLowercase(p, tokens[m].valueRange, "supports"))) {
                m = skipWhitespace(skipComponent(m), phi)
            }
            if m < phi { rule.mediaQueries = parseMediaQueryList(m, phi) }
        }
        return (rule, next)
    }

    /// `@keyframes` body: `from`, `to`, `NN%` blocks.
    func parseKeyframes(_ lo: Int, _ hi: Int, depth: Int) -> [CSSKeyframeBlock] {
        var blocks: [CSSKeyframeBlock] = []
        var i = lo
        while i < hi {
            let kind = tokens[i].kind
            if kind == .whitespace {
                i += 1
                continue
            }
            if kind == .atKeyword {
                let (_, next) = parseAtRule(i, hi, inStyleRule: false, depth: depth)
                report("'@\(value(i, lowercase: true))' is not allowed in @keyframes", tokens[i].range)
                i = next
                continue
            }
            guard let brace = findBlock(i, hi, stopAtSemicolon: false) else {
                let (plo, phi) = trim(i, hi)
                let prelude = span(plo, phi, fallback: offset(i))
                report("Expected '{' after '\(snippet(prelude))'", prelude)
                return blocks
            }
            let (close, unclosed) = blockEnd(brace, hi)
            let next = unclosed ? hi : close + 1
            let (plo, phi) = trim(i, brace)
            let selectorRange = span(plo, phi, fallback: tokens[brace].range.start)
            if unclosed { report("Missing '}' at end of keyframe '\(snippet(selectorRange))'", tokens[brace].range) }
            var selectors: [CSSKeyframeSelector] = []
            var valid = plo < phi
            var k = plo
            while valid && k < phi {
                let t = tokens[k]
                if t.kind == .percentage {
                    selectors.append(CSSKeyframeSelector(percentage: t.numericValue, range: t.range))
                } else if t.kind == .ident && CSSBytes.equalsLowercase(p, t.valueRange, "from") {
                    selectors.append(CSSKeyframeSelector(percentage: 0, range: t.range))
                } else if t.kind == .ident && CSSBytes.equalsLowercase(p, t.valueRange, "to") {
                    selectors.append(CSSKeyframeSelector(percentage: 100, range: t.range))
                } else {
                    valid = false
                    break
                }
                k = skipWhitespace(k + 1, phi)
                if k < phi {
                    if tokens[k].kind != .comma { valid = false; break }
                    k = skipWhitespace(k + 1, phi)
                    if k == phi { valid = false }
                }
            }
            if valid {
                let contents = parseBlockContents(brace + 1, close, context: .descriptors, depth: depth + 1)
                let block = blockRange(brace, close, unclosed: unclosed)
                blocks.append(CSSKeyframeBlock(range: ByteRange(start: selectorRange.start, end: block.end),
                                               selectorRange: selectorRange, selectorText: text(selectorRange),
                                               selectors: selectors, blockRange: block,
                                               declarations: contents.declarations))
            } else {
                report("Invalid keyframe selector '\(snippet(selectorRange))' (use from, to or a percentage)",
                       selectorRange)
            }
            i = next
        }
        return blocks
    }

    // MARK: Declarations

    /// Block contents (§5.4.4 of the current draft, which browsers ship with CSS Nesting): declarations, at-rules
    /// and nested rules, over tokens `lo..<hi`. Bad declarations are skipped up to the next `;` at this level.
    func parseBlockContents(_ lo: Int, _ hi: Int, context: CSSBlockContext, depth: Int) -> CSSDeclarationBlock {
        var declarations: [CSSDeclaration] = []
        // A declaration is large: growing the array by doubling copied each one about twice. Every declaration
        // has a colon, and little else in a block does.
        var colons = 0
        for k in lo..<max(lo, hi) where tokens[k].kind == .colon { colons += 1 }
        declarations.reserveCapacity(colons)
        var rules: [CSSRule] = []
        var i = lo
        while i < hi {
            let kind = tokens[i].kind
            switch kind {
            case .whitespace, .semicolon:
                i += 1
                continue
            case .rightBrace:
                // Only possible at the top level of a style attribute; already reported as unexpected.
                i += 1
                continue
            case .atKeyword:
                let (rule, next) = parseAtRule(i, hi, inStyleRule: context == .styleRule, depth: depth)
                if let rule {
                    if context == .attribute {
                        report("'@\(rule.name)' is not allowed in a style attribute", rule.range)
                    } else {
                        rules.append(.atRule(rule))
                    }
                }
                i = next
                continue
            default:
                break
            }

            // Try a declaration: ident, ':' and a value up to ';'.
            var colon = -1
            if kind == .ident {
                let j = skipWhitespace(i + 1, hi)
                if j < hi && tokens[j].kind == .colon { colon = j }
            }
            if colon >= 0 {
                let custom = tokens[i].valueRange.length >= 2 && p[tokens[i].valueRange.start] == 0x2D
                    && p[tokens[i].valueRange.start + 1] == 0x2D
                var k = colon + 1
                var sawBrace = false
                var sawOther = false
                var mixed = false
                while k < hi {
                    let t = tokens[k].kind
                    if t == .semicolon { break }
                    if t == .leftBrace {
                        if sawOther || sawBrace { mixed = true }
                        sawBrace = true
                    } else if t != .whitespace {
                        if sawBrace { mixed = true }
                        sawOther = true
                    }
                    // A `{}` mixed with other values cannot be a declaration: stop early, it is a nested rule.
                    if mixed && !custom { break }
                    k = skipComponent(k)
                }
                if !mixed || custom {
                    let end = min(k, hi)
                    if let decl = makeDeclaration(i, colon, end, hi, custom: custom) { declarations.append(decl) }
                    i = end + 1
                    continue
                }
            }

            // Not a declaration: a nested rule if a `{` comes before the next `;`.
            if let brace = findBlock(i, hi, stopAtSemicolon: true) {
                let (rule, next) = parseStyleRule(i, brace, hi, nested: true, depth: depth)
                if let rule {
                    switch context {
                    case .styleRule, .unknown:
                        rules.append(.style(rule))
                    case .descriptors, .attribute:
                        report("Unexpected '{': nested rule '\(snippet(rule.preludeRange))' is not allowed here",
                               rule.range)
                    }
                }
                i = next
                continue
            }
            var k = i
            while k < hi && tokens[k].kind != .semicolon { k = skipComponent(k) }
            let end = min(k, hi)
            let (slo, shi) = trim(i, end)
            let stmt = span(slo, shi, fallback: offset(i))
            if !containsStrayCloser(slo, shi) {
                if kind == .ident {
                    report("Expected ':' after '\(value(i))'", stmt)
                } else {
                    report("Invalid declaration '\(snippet(stmt))'", stmt)
                }
            }
            i = end + 1
        }
        return CSSDeclarationBlock(range: span(lo, hi, fallback: offset(lo)), declarations: declarations, rules: rules)
    }

    /// Builds the declaration `name : value` with name at `i`, colon at `colon`, value up to `end` (a `;` or `hi`).
    func makeDeclaration(_ i: Int, _ colon: Int, _ end: Int, _ hi: Int, custom: Bool) -> CSSDeclaration? {
        var (vlo, vhi) = trim(colon + 1, end)
        var important = false
        var importantRange: ByteRange?
        if vhi > vlo, tokens[vhi - 1].kind == .ident,
           CSSBytes.equalsLowercase(p, tokens[vhi - 1].valueRange, "important") {
            var bang = vhi - 2
            while bang >= vlo && tokens[bang].kind == .whitespace { bang -= 1 }
            if bang >= vlo && isDelim(bang, 0x21) {
                important = true
                importantRange = ByteRange(start: tokens[bang].range.start, end: tokens[vhi - 1].range.end)
                (vlo, vhi) = trim(vlo, bang)
            }
        }
        let nameRange = tokens[i].range
        let declEnd = end < hi ? tokens[end].range.end
            : max(importantRange?.end ?? 0, vhi > vlo ? tokens[vhi - 1].range.end : tokens[colon].range.end)
        let range = ByteRange(start: nameRange.start, end: declEnd)
        let property = custom || tokens[i].flags.contains(.hasEscape) ? value(i, lowercase: !custom)
            : CSSPropertyNames.common.value(p, tokens[i].valueRange, folding: true) ?? value(i, lowercase: true)
        if vlo == vhi && !custom {
            report("Declaration '\(property)' has no value; clients skip it and keep the rest", range, dropsOnlyItself: true)
            return nil
        }
        for k in vlo..<vhi where tokens[k].kind == .badString || tokens[k].kind == .badURL {
            // Already reported by the tokenizer; the declaration is invalid and browsers drop it.
            return nil
        }
        let valueRange = span(vlo, vhi, fallback: tokens[colon].range.end)
        return CSSDeclaration(property: property, propertyRange: nameRange, value: text(valueRange),
                              valueRange: valueRange, important: important, importantRange: importantRange,
                              range: range, valueTokens: tokens[vlo..<vhi])
    }
}
