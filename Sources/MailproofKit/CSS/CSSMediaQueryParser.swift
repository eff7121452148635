/// Media Queries Level 4 prelude parsing, enough to locate every type and feature for support checks.
extension CSSParserCore {
    func parseMediaQueryList(_ lo: Int, _ hi: Int) -> CSSMediaQueryList {
        var queries: [CSSMediaQuery] = []
        var start = lo
        var k = lo
        while true {
            if k >= hi || tokens[k].kind == .comma {
                let (qlo, qhi) = trim(start, min(k, hi))
                if qlo < qhi || k < hi {
                    queries.append(parseMediaQuery(qlo, qhi))
                }
                if k >= hi { break }
                start = k + 1
                k += 1
                continue
            }
            k = skipComponent(k)
        }
        return CSSMediaQueryList(range: span(lo, hi, fallback: offset(lo)), queries: queries)
    }

    func parseMediaQuery(_ lo: Int, _ hi: Int) -> CSSMediaQuery {
        let range = span(lo, hi, fallback: offset(lo))
        var query = CSSMediaQuery(range: range, modifier: .none, mediaType: nil, mediaTypeRange: nil, features: [],
                                  isValid: lo < hi)
        var k = lo
        var expectCondition = true   // true where a type, `(…)` or `not` may come; false after them (needs `and`)
        var first = true
        while k < hi {
            let t = tokens[k]
            switch t.kind {
            case .whitespace:
                k += 1
                continue
            case .ident:
                let word = value(k, lowercase: true)
                if first && (word == "not" || word == "only") {
                    query.modifier = word == "not" ? .not : .only
                } else if word == "and" || word == "or" {
                    if expectCondition { query.isValid = false }
                    expectCondition = true
                } else if word == "not" {
                    if !expectCondition { query.isValid = false }
                } else if query.mediaType == nil && query.features.isEmpty && expectCondition {
                    query.mediaType = word
                    query.mediaTypeRange = t.range
                    expectCondition = false
                } else {
                    query.isValid = false
                }
                k += 1
            case .leftParen:
                if !expectCondition { query.isValid = false }
                let close = Int(match[k])
                collectFeatures(k, min(close, hi), into: &query.features, valid: &query.isValid, depth: 0)
                expectCondition = false
                k = skipComponent(k)
            default:
                query.isValid = false
                k = skipComponent(k)
            }
            first = false
        }
        if expectCondition && lo < hi { query.isValid = false }
        if !query.isValid { report("Invalid media query '\(snippet(range))'", range) }
        return query
    }

    /// Features inside the `(` at `open` whose `)` is at `close` (or the end of the prelude when unclosed).
    func collectFeatures(_ open: Int, _ close: Int, into features: inout [CSSMediaFeature], valid: inout Bool,
                         depth: Int) {
        let (lo, hi) = trim(open + 1, close)
        let range = ByteRange(start: tokens[open].range.start,
                              end: close < tokens.count ? tokens[close].range.end : cssRange.end)
        guard lo < hi else {
            valid = false
            return
        }
        // A nested condition: `(not (…))`, `((a) or (b))`.
        let firstIsNot = tokens[lo].kind == .ident && CSSBytes.equalsLowercase(p, tokens[lo].valueRange, "not")
        if tokens[lo].kind == .leftParen || firstIsNot {
            if depth >= 32 {
                valid = false
                return
            }
            var k = lo
            while k < hi {
                if tokens[k].kind == .leftParen {
                    collectFeatures(k, min(Int(match[k]), hi), into: &features, valid: &valid, depth: depth + 1)
                }
                k = skipComponent(k)
            }
            return
        }
        var colon = -1
        var k = lo
        while k < hi {
            if tokens[k].kind == .colon {
                colon = k
                break
            }
            k = skipComponent(k)
        }
        if colon >= 0 {
            let nameEnd = trim(lo, colon).1
            guard tokens[lo].kind == .ident, nameEnd == lo + 1 else {
                valid = false
                return
            }
            let (vlo, vhi) = trim(colon + 1, hi)
            if vlo == vhi { valid = false }
            let valueRange = span(vlo, vhi, fallback: tokens[colon].range.end)
            features.append(CSSMediaFeature(name: value(lo, lowercase: true), nameRange: tokens[lo].range, range: range,
                                             syntax: .plain, value: text(valueRange), valueRange: valueRange))
            return
        }
        if hi == lo + 1 {
            guard tokens[lo].kind == .ident else {
                valid = false
                return
            }
            features.append(CSSMediaFeature(name: value(lo, lowercase: true), nameRange: tokens[lo].range, range: range,
                                             syntax: .boolean, value: nil, valueRange: nil))
            return
        }
        // Range syntax: the feature name is the ident among values and comparison operators.
        k = lo
        while k < hi {
            if tokens[k].kind == .ident {
                features.append(CSSMediaFeature(name: value(k, lowercase: true), nameRange: tokens[k].range,
                                                 range: range, syntax: .range, value: nil, valueRange: nil))
                return
            }
            k = skipComponent(k)
        }
        valid = false
    }
}
