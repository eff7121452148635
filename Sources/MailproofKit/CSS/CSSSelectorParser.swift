/// Why a selector is invalid, with the offending range.
struct CSSSelectorError: Error {
    var message: String
    var range: ByteRange
}

/// Selectors Level 4 parsing over tokens of a rule prelude.
extension CSSParserCore {
    typealias SelectorResult = Result<[CSSComplexSelector], CSSSelectorError>

    /// `lo..<hi` must be trimmed. `relative` allows a leading combinator (`:has()`, nested rules); `forgiving`
    /// drops invalid items instead of failing (`:is()`, `:where()`).
    func parseSelectorList(_ lo: Int, _ hi: Int, relative: Bool, forgiving: Bool, depth: Int) -> SelectorResult {
        if depth > CSSParser.maxNestingDepth {
            return .failure(CSSSelectorError(message: "selector nested too deeply", range: span(lo, hi, fallback: offset(lo))))
        }
        var list: [CSSComplexSelector] = []
        var start = lo
        var k = lo
        while true {
            if k == hi || tokens[k].kind == .comma {
                let (plo, phi) = trim(start, k)
                if plo == phi {
                    if !forgiving {
                        let at = k < hi ? tokens[k].range : ByteRange.empty(at: offset(min(k, hi)))
                        return .failure(CSSSelectorError(message: "empty selector in list", range: at))
                    }
                } else {
                    do {
                        list.append(try parseComplexSelector(plo, phi, relative: relative, depth: depth))
                    } catch let e as CSSSelectorError {
                        if !forgiving { return .failure(e) }
                    } catch {}
                }
                if k == hi { break }
                start = k + 1
                k += 1
                continue
            }
            k = min(skipComponent(k), hi)
        }
        return .success(list)
    }

    func combinator(at k: Int) -> CSSCombinator? {
        guard tokens[k].kind == .delim else { return nil }
        switch tokens[k].delim {
        case 0x3E: return .child
        case 0x2B: return .nextSibling
        case 0x7E: return .subsequentSibling
        default: return nil
        }
    }

    func fail(_ message: String, _ k: Int, _ hi: Int) -> CSSSelectorError {
        CSSSelectorError(message: message, range: k < hi ? tokens[k].range : .empty(at: offset(k)))
    }

    func parseComplexSelector(_ lo: Int, _ hi: Int, relative: Bool, depth: Int) throws -> CSSComplexSelector {
        var compounds: [CSSCompoundSelector] = []
        // One allocation for the common selectors (`.a td p`), not one per doubling from empty.
        compounds.reserveCapacity(4)
        var specificity = CSSSpecificity.zero
        var k = lo
        var pending: CSSCombinator?
        var pendingRange: ByteRange?
        if relative, let c = combinator(at: k) {
            pending = c
            pendingRange = tokens[k].range
            k = skipWhitespace(k + 1, hi)
        }
        while true {
            guard k < hi else { throw fail("nothing after combinator", k, hi) }
            guard let end = try parseCompound(k, hi, depth: depth, combinator: pending, combinatorRange: pendingRange,
                                              into: &compounds, specificity: &specificity) else {
                throw fail("unexpected '\(snippet(tokens[k].range))'", k, hi)
            }
            k = end
            if k == hi { break }
            let wsStart = k
            k = skipWhitespace(k, hi)
            if k == hi { break }
            if let c = combinator(at: k) {
                pending = c
                pendingRange = tokens[k].range
                k = skipWhitespace(k + 1, hi)
            } else if k > wsStart {
                pending = .descendant
                pendingRange = span(wsStart, k, fallback: 0)
            } else {
                throw fail("unexpected '\(snippet(tokens[k].range))'", k, hi)
            }
        }
        let range = span(lo, hi, fallback: offset(lo))
        return CSSComplexSelector(range: range, text: text(range), compounds: compounds, specificity: specificity)
    }

    /// Appends the compound selector starting at `lo` to `compounds` and returns where it ends; nil (nothing
    /// appended) when no simple selector starts there. Appended in place: returning it as an optional pair
    /// copied it twice, its array of simple selectors retained and released each time.
    func parseCompound(_ lo: Int, _ hi: Int, depth: Int, combinator: CSSCombinator?, combinatorRange: ByteRange?,
                       into compounds: inout [CSSCompoundSelector], specificity: inout CSSSpecificity) throws -> Int? {
        var components: [CSSSimpleSelector] = []
        components.reserveCapacity(2) // `td.x`, `a:hover`: one allocation
        // Each simple selector's specificity is added as it is made: summed afterwards, each was copied out of
        // its array to be read.
        func add(_ simple: CSSSimpleSelector) {
            specificity = specificity + simple.specificity
            components.append(simple)
        }
        var k = lo
        let first = tokens[k]
        if first.kind == .ident || isDelim(k, 0x2A) {
            if k + 1 < hi && isDelim(k + 1, 0x7C) { throw fail("namespace prefixes are not supported", k + 1, hi) }
            add(CSSSimpleSelector(kind: first.kind == .ident ? .type(value(k, lowercase: true)) : .universal,
                                  range: first.range))
            k += 1
        } else if isDelim(k, 0x7C) {
            throw fail("namespace prefixes are not supported", k, hi)
        }
        loop: while k < hi {
            let t = tokens[k]
            switch t.kind {
            case .hash:
                guard t.flags.contains(.idHash) else { throw fail("'\(snippet(t.range))' is not a valid ID", k, hi) }
                add(CSSSimpleSelector(kind: .id(value(k)), range: t.range))
                k += 1
            case .delim where t.delim == 0x2E:
                guard k + 1 < hi, tokens[k + 1].kind == .ident else { throw fail("expected a class name after '.'", k, hi) }
                add(CSSSimpleSelector(kind: .className(value(k + 1)),
                                      range: ByteRange(start: t.range.start, end: tokens[k + 1].range.end)))
                k += 2
            case .delim where t.delim == 0x26:
                add(CSSSimpleSelector(kind: .nesting, range: t.range))
                k += 1
            case .leftBracket:
                let close = Int(match[k])
                guard close < hi else { throw fail("missing ']'", k, hi) }
                let attribute = try parseAttribute(k + 1, close)
                add(CSSSimpleSelector(kind: .attribute(attribute),
                                      range: ByteRange(start: t.range.start, end: tokens[close].range.end)))
                k = close + 1
            case .colon:
                let (simple, next) = try parsePseudo(k, hi, depth: depth)
                add(simple)
                k = next
            case .ident:
                throw fail("'\(snippet(t.range))' must come first in its compound selector", k, hi)
            case .delim where t.delim == 0x2A:
                throw fail("'\(snippet(t.range))' must come first in its compound selector", k, hi)
            default:
                break loop
            }
        }
        if components.isEmpty { return nil }
        compounds.append(CSSCompoundSelector(range: span(lo, k, fallback: offset(lo)), combinator: combinator,
                                             combinatorRange: combinatorRange, components: components))
        return k
    }

    func parseAttribute(_ lo: Int, _ hi: Int) throws -> CSSAttributeSelector {
        var k = skipWhitespace(lo, hi)
        guard k < hi else { throw fail("empty attribute selector", lo - 1, hi) }
        if isDelim(k, 0x7C) || isDelim(k, 0x2A) || (k + 1 < hi && isDelim(k + 1, 0x7C) && !(k + 2 < hi && isDelim(k + 2, 0x3D))) {
            throw fail("namespace prefixes are not supported", k, hi)
        }
        guard tokens[k].kind == .ident else { throw fail("expected an attribute name", k, hi) }
        let nameIndex = k
        k = skipWhitespace(k + 1, hi)
        var attribute = CSSAttributeSelector(name: value(nameIndex, lowercase: true), nameRange: tokens[nameIndex].range,
                                             op: .exists, value: nil, valueRange: nil, caseSensitivity: .default)
        if k == hi { return attribute }
        if isDelim(k, 0x3D) {
            attribute.op = .equals
            k += 1
        } else if tokens[k].kind == .delim, k + 1 < hi, isDelim(k + 1, 0x3D) {
            switch tokens[k].delim {
            case 0x7E: attribute.op = .includes
            case 0x7C: attribute.op = .dashMatch
            case 0x5E: attribute.op = .prefix
            case 0x24: attribute.op = .suffix
            case 0x2A: attribute.op = .substring
            default: throw fail("unknown attribute operator", k, hi)
            }
            k += 2
        } else {
            throw fail("expected '=', '~=', '|=', '^=', '$=' or '*=' in attribute selector", k, hi)
        }
        k = skipWhitespace(k, hi)
        guard k < hi, tokens[k].kind == .ident || tokens[k].kind == .string else {
            throw fail("expected an attribute value", k, hi)
        }
        attribute.value = value(k)
        attribute.valueRange = tokens[k].range
        k = skipWhitespace(k + 1, hi)
        if k < hi, tokens[k].kind == .ident {
            if CSSBytes.equalsLowercase(p, tokens[k].valueRange, "i") {
                attribute.caseSensitivity = .insensitive
            } else if CSSBytes.equalsLowercase(p, tokens[k].valueRange, "s") {
                attribute.caseSensitivity = .sensitive
            } else {
                throw fail("unknown attribute flag '\(snippet(tokens[k].range))'", k, hi)
            }
            k = skipWhitespace(k + 1, hi)
        }
        guard k == hi else { throw fail("unexpected '\(snippet(tokens[k].range))' in attribute selector", k, hi) }
        return attribute
    }

    /// `:name`, `:name(…)`, `::name`, `::name(…)` starting at the colon `k`.
    func parsePseudo(_ k: Int, _ hi: Int, depth: Int) throws -> (CSSSimpleSelector, Int) {
        var m = k + 1
        let isElement = m < hi && tokens[m].kind == .colon
        if isElement { m += 1 }
        guard m < hi, tokens[m].kind == .ident || tokens[m].kind == .function else {
            throw fail("expected a pseudo-class name after ':'", m < hi ? m : k, hi)
        }
        let nameToken = tokens[m]
        let name = value(m, lowercase: true)
        var next = m + 1
        var argLo = 0
        var argHi = 0
        var argumentRange: ByteRange?
        if nameToken.kind == .function {
            let close = Int(match[m])
            guard close < hi else { throw fail("missing ')'", m, hi) }
            (argLo, argHi) = trim(m + 1, close)
            argumentRange = ByteRange(start: nameToken.range.end, end: tokens[close].range.start)
            next = close + 1
            if argLo == argHi { throw fail("':\(name)()' needs an argument", m, hi) }
        }
        let range = ByteRange(start: tokens[k].range.start, end: tokens[next - 1].range.end)
        let legacyElement = !isElement && nameToken.kind == .ident
            && (name == "before" || name == "after" || name == "first-line" || name == "first-letter")
        if isElement || legacyElement {
            let argument = argumentRange.map { _ in text(span(argLo, argHi, fallback: 0)) }
            let element = CSSPseudoElement(name: name, nameRange: nameToken.valueRange, isLegacySyntax: legacyElement,
                                           argument: argument, argumentRange: argumentRange)
            return (CSSSimpleSelector(kind: .pseudoElement(element), range: range), next)
        }
        var pseudo = CSSPseudoClass(name: name, nameRange: nameToken.valueRange, argument: nil,
                                    argumentRange: argumentRange)
        if nameToken.kind == .function {
            switch name {
            case "not", "is", "where", "matches", "-webkit-any", "-moz-any", "has", "host", "host-context":
                let forgiving = name == "is" || name == "where"
                switch parseSelectorList(argLo, argHi, relative: name == "has", forgiving: forgiving, depth: depth + 1) {
                case .success(let list): pseudo.argument = .selectors(list)
                case .failure(let e): throw e
                }
            case "nth-child", "nth-last-child", "nth-of-type", "nth-last-of-type", "nth-col", "nth-last-col":
                var ofIndex = -1
                if name == "nth-child" || name == "nth-last-child" {
                    var q = argLo
                    while q < argHi {
                        if tokens[q].kind == .ident && CSSBytes.equalsLowercase(p, tokens[q].valueRange, "of") {
                            ofIndex = q
                            break
                        }
                        q = skipComponent(q)
                    }
                }
                let (nlo, nhi) = trim(argLo, ofIndex >= 0 ? ofIndex : argHi)
                guard nlo < nhi, let nth = CSSNth.parse(p, span(nlo, nhi, fallback: 0)) else {
                    throw fail("invalid An+B argument (expected e.g. 2n+1, odd, even, 3)", m, hi)
                }
                var of: [CSSComplexSelector]?
                if ofIndex >= 0 {
                    let (slo, shi) = trim(ofIndex + 1, argHi)
                    guard slo < shi else { throw fail("expected a selector after 'of'", ofIndex, hi) }
                    switch parseSelectorList(slo, shi, relative: false, forgiving: false, depth: depth + 1) {
                    case .success(let list): of = list
                    case .failure(let e): throw e
                    }
                }
                pseudo.argument = .nth(nth, of: of)
            default:
                pseudo.argument = .raw(text(span(argLo, argHi, fallback: 0)))
            }
        }
        return (CSSSimpleSelector(kind: .pseudoClass(pseudo), range: range), next)
    }
}
