/// Matches parsed selectors against the elements of a `Document`, right to left, as browsers do.
///
/// Only structural selectors are decided: type, class, id, attribute (every operator, `i`/`s` flags),
/// the four combinators, `:root`, `:empty`, the child-position and type-position pseudo-classes, `:not()`,
/// `:is()`, `:where()`, `:matches()`, `:-webkit-any()`, `:has()`, and `:link` (every link of an email is unvisited). A selector that depends on user interaction
/// or on things the markup does not say (`:hover`, `:visited`, `:focus`, `:lang()`) or that names a
/// pseudo-element is not "static": `isStatic` says so, and `matches` returns false for it.
final class SelectorMatcher {
    let facts: ElementFacts

    public init(document: Document) {
        facts = ElementFacts(document)
    }

    /// Whether `selector` matches the element at node `index`.
    public func matches(_ selector: CSSComplexSelector, element index: Node.Index) -> Bool {
        matches(compounds: selector.compounds, element: index)
    }

    /// `matches(_:element:)` given the selector's compounds alone (a caller holding many selectors need not copy
    /// each whole).
    func matches(compounds: [CSSCompoundSelector], element index: Node.Index) -> Bool {
        guard facts.isElement(index) else { return false }
        return matchComplex(compounds, compounds.count - 1, index)
    }

    /// `matches(compounds:element:)` for an element whose ancestors carry the selector's
    /// `AncestorFilter.required(by:)` bits (`required`), else false at once.
    func matches(compounds: [CSSCompoundSelector], requiring required: UInt64, element index: Node.Index) -> Bool {
        guard facts.isElement(index), required & ~facts.ancestorBits[Int(index)] == 0 else { return false }
        return matchComplex(compounds, compounds.count - 1, index)
    }

    /// Whether any selector of the list matches.
    public func matches(any selectors: [CSSComplexSelector], element index: Node.Index) -> Bool {
        selectors.contains { matches($0, element: index) }
    }

    /// Whether any selector of the list matches, trying only those whose `AncestorFilter.required(by:)` bits
    /// (`required`, in the list's order) the element's ancestors carry: a question asked of every candidate
    /// element of a file rules most of them out with one AND, as `SelectorIndex` does.
    func matches(any selectors: [CSSComplexSelector], requiring required: [UInt64], element index: Node.Index) -> Bool {
        guard facts.isElement(index) else { return false }
        let ancestors = facts.ancestorBits[Int(index)]
        for k in selectors.indices where required[k] & ~ancestors == 0 {
            if matchComplex(selectors[k].compounds, selectors[k].compounds.count - 1, index) { return true }
        }
        return false
    }

    /// Whether the selector depends only on the markup, so a style rule with it can move into `style=""`.
    public static func isStatic(_ selector: CSSComplexSelector) -> Bool {
        if selector.leadingCombinator != nil { return false }
        return selector.compounds.allSatisfy { compound in compound.components.allSatisfy(isStatic) }
    }

    static func isStatic(_ simple: CSSSimpleSelector) -> Bool {
        switch simple.kind {
        case .type, .universal, .id, .className, .attribute: return true
        case .pseudoElement, .nesting: return false
        case .pseudoClass(let pseudo):
            switch pseudo.argument {
            case .none: return structuralPseudoClasses.contains(pseudo.name)
            case .selectors(let list):
                guard logicalPseudoClasses.contains(pseudo.name) else { return false }
                if pseudo.name == "has" {
                    return list.allSatisfy { $0.compounds.allSatisfy { $0.components.allSatisfy(isStatic) } }
                }
                return list.allSatisfy(isStatic)
            case .nth(_, let of):
                guard nthPseudoClasses.contains(pseudo.name) else { return false }
                return (of ?? []).allSatisfy(isStatic)
            case .raw:
                return false
            }
        }
    }

    static let structuralPseudoClasses: Set<String> = [
        "root", "empty", "link", "any-link", "first-child", "last-child", "only-child", "first-of-type", "last-of-type", "only-of-type",
    ]
    static let logicalPseudoClasses: Set<String> = ["not", "is", "where", "matches", "-webkit-any", "-moz-any", "has"]
    static let nthPseudoClasses: Set<String> = ["nth-child", "nth-last-child", "nth-of-type", "nth-last-of-type"]

    // MARK: - Right-to-left matching

    /// Matches `compounds[0...last]` with `compounds[last]` on `element`. Recursion depth is the number of
    /// compounds, which the parser bounds.
    private func matchComplex(_ compounds: [CSSCompoundSelector], _ last: Int, _ element: Int32) -> Bool {
        guard matchCompound(compounds[last], element) else { return false }
        if last == 0 { return true }
        switch compounds[last].combinator ?? .descendant {
        case .child:
            let parent = facts.parentElement[Int(element)]
            return parent >= 0 && matchComplex(compounds, last - 1, parent)
        case .descendant:
            var ancestor = facts.parentElement[Int(element)]
            while ancestor >= 0 {
                if matchComplex(compounds, last - 1, ancestor) { return true }
                ancestor = facts.parentElement[Int(ancestor)]
            }
            return false
        case .nextSibling:
            let previous = facts.previousElement[Int(element)]
            return previous >= 0 && matchComplex(compounds, last - 1, previous)
        case .subsequentSibling:
            var previous = facts.previousElement[Int(element)]
            while previous >= 0 {
                if matchComplex(compounds, last - 1, previous) { return true }
                previous = facts.previousElement[Int(previous)]
            }
            return false
        }
    }

    func matchCompound(_ compound: CSSCompoundSelector, _ element: Int32) -> Bool {
        for simple in compound.components where !matchSimple(simple, element) { return false }
        return true
    }

    private func matchSimple(_ simple: CSSSimpleSelector, _ element: Int32) -> Bool {
        let e = Int(element)
        switch simple.kind {
        case .universal: return true
        case .type(let name): return facts.name(element) == name
        case .id(let id): return facts.ids[e] == id
        case .className(let name): return facts.classes[e].contains(name)
        case .attribute(let attribute): return matchAttribute(attribute, element)
        case .pseudoElement, .nesting: return false
        case .pseudoClass(let pseudo): return matchPseudoClass(pseudo, element)
        }
    }

    private func matchAttribute(_ selector: CSSAttributeSelector, _ element: Int32) -> Bool {
        guard let actual = facts.attributeValue(element, selector.name) else { return false }
        guard let expected = selector.value else { return true }
        let insensitive: Bool
        switch selector.caseSensitivity {
        case .insensitive: insensitive = true
        case .sensitive: insensitive = false
        case .default: insensitive = Self.caseInsensitiveAttributes.contains(selector.name)
        }
        let value = insensitive ? actual.lowercased() : actual
        let wanted = insensitive ? expected.lowercased() : expected
        switch selector.op {
        case .exists: return true
        case .equals: return value == wanted
        case .includes:
            return !wanted.isEmpty && !wanted.containsWhitespace && Self.hasWord(wanted, in: value)
        case .dashMatch: return value == wanted || value.hasPrefix(wanted + "-")
        case .prefix: return !wanted.isEmpty && value.hasPrefix(wanted)
        case .suffix: return !wanted.isEmpty && value.hasSuffix(wanted)
        case .substring: return !wanted.isEmpty && value.contains(wanted)
        }
    }

    /// Whether `word` is one of `list`'s whitespace-separated words. ASCII text (nearly every value) is split as
    /// bytes: splitting by characters tested every one for Unicode whitespace and built an array of words.
    static func hasWord(_ word: String, in list: String) -> Bool {
        var list = list
        var word = word
        let ascii: Bool? = list.withUTF8 { listBytes in
            word.withUTF8 { wordBytes in
                guard !listBytes.contains(where: { $0 >= 0x80 }), !wordBytes.contains(where: { $0 >= 0x80 }) else { return nil }
                var start = 0
                while start < listBytes.count {
                    // ASCII's whitespace characters: tab, line feed, vertical tab, form feed, carriage return, space.
                    if String.isCollapsibleASCIISpace(listBytes[start]) {
                        start += 1
                        continue
                    }
                    var end = start
                    while end < listBytes.count, !String.isCollapsibleASCIISpace(listBytes[end]) { end += 1 }
                    if end - start == wordBytes.count, UnsafeBufferPointer(rebasing: listBytes[start..<end]).elementsEqual(wordBytes) { return true }
                    start = end
                }
                return false
            }
        }
        return ascii ?? list.split(whereSeparator: { $0.isWhitespace }).contains { $0 == word }
    }

    /// HTML attributes whose values selectors compare case-insensitively without a flag (HTML §4.16.2).
    static let caseInsensitiveAttributes: NameSet = [
        "accept", "accept-charset", "align", "alink", "axis", "bgcolor", "charset", "checked", "clear", "codetype",
        "color", "compact", "declare", "defer", "dir", "direction", "disabled", "enctype", "face", "frame",
        "hreflang", "http-equiv", "lang", "language", "link", "media", "method", "multiple", "nohref", "noresize",
        "noshade", "nowrap", "readonly", "rel", "rev", "rules", "scope", "scrolling", "selected", "shape", "target",
        "text", "type", "valign", "valuetype", "vlink",
    ]

    private func matchPseudoClass(_ pseudo: CSSPseudoClass, _ element: Int32) -> Bool {
        let e = Int(element)
        switch pseudo.argument {
        case .none:
            switch pseudo.name {
            case "root": return facts.parentElement[e] < 0
            case "empty": return facts.isEmpty(element)
            // In an email nothing is visited yet: every link is a `:link` (css-inline and juice agree).
            case "link", "any-link":
                return ["a", "area"].contains(facts.name(element)) && facts.attributeValue(element, "href") != nil
            case "first-child": return facts.position[e] == 1
            case "last-child": return facts.position[e] == facts.siblingCount[e]
            case "only-child": return facts.siblingCount[e] == 1
            case "first-of-type": return facts.typePosition[e] == 1
            case "last-of-type": return facts.typePosition[e] == facts.typeCount[e]
            case "only-of-type": return facts.typeCount[e] == 1
            default: return false
            }
        case .selectors(let list):
            switch pseudo.name {
            case "not": return !list.contains { matches($0, element: element) }
            case "is", "where", "matches", "-webkit-any", "-moz-any": return list.contains { matches($0, element: element) }
            case "has": return list.contains { matchRelative($0, anchor: element) }
            default: return false
            }
        case .nth(let nth, let of):
            switch pseudo.name {
            case "nth-child", "nth-last-child":
                let fromEnd = pseudo.name == "nth-last-child"
                guard let of else {
                    let index = fromEnd ? facts.siblingCount[e] - facts.position[e] + 1 : facts.position[e]
                    return nth.matches(index: Int(index))
                }
                guard of.contains(where: { matches($0, element: element) }) else { return false }
                var index = 1
                var sibling = fromEnd ? facts.nextElement[e] : facts.previousElement[e]
                while sibling >= 0 {
                    if of.contains(where: { matches($0, element: sibling) }) { index += 1 }
                    sibling = fromEnd ? facts.nextElement[Int(sibling)] : facts.previousElement[Int(sibling)]
                }
                return nth.matches(index: index)
            case "nth-of-type":
                return nth.matches(index: Int(facts.typePosition[e]))
            case "nth-last-of-type":
                return nth.matches(index: Int(facts.typeCount[e] - facts.typePosition[e] + 1))
            default:
                return false
            }
        case .raw:
            return false
        }
    }

    /// `:has()`: a relative selector anchored at `anchor` (leading combinator, descendant by default).
    private func matchRelative(_ selector: CSSComplexSelector, anchor: Int32) -> Bool {
        let nodes = facts.nodes
        let subtree = Int(anchor) + 1..<Int(nodes[Int(anchor)].subtreeEnd)
        let combinator = selector.leadingCombinator ?? .descendant
        var candidates: [Int32] = []
        switch combinator {
        case .descendant, .child:
            for k in subtree where nodes[k].kind == .element { candidates.append(Int32(k)) }
        case .nextSibling, .subsequentSibling:
            var sibling = facts.nextElement[Int(anchor)]
            while sibling >= 0 {
                candidates.append(sibling)
                sibling = facts.nextElement[Int(sibling)]
            }
        }
        return candidates.contains { candidate in
            guard matchComplex(selector.compounds, selector.compounds.count - 1, candidate) else { return false }
            // Walk back to the first compound's element and check its relation to the anchor.
            return anchored(selector, candidate: candidate, anchor: anchor)
        }
    }

    /// Whether some match of `selector` ending at `candidate` starts at the right place relative to `anchor`.
    private func anchored(_ selector: CSSComplexSelector, candidate: Int32, anchor: Int32) -> Bool {
        // Rewrite the relative selector as an absolute one whose first compound must be the anchor itself.
        var compounds = selector.compounds
        let lead = compounds[0].combinator ?? .descendant
        compounds[0].combinator = lead
        return matchAnchored(compounds, compounds.count - 1, candidate, anchor)
    }

    private func matchAnchored(_ compounds: [CSSCompoundSelector], _ last: Int, _ element: Int32, _ anchor: Int32) -> Bool {
        guard matchCompound(compounds[last], element) else { return false }
        let relation = compounds[last].combinator ?? .descendant
        let next: (Int32) -> Bool = { candidate in
            last == 0 ? candidate == anchor : self.matchAnchored(compounds, last - 1, candidate, anchor)
        }
        switch relation {
        case .child:
            let parent = facts.parentElement[Int(element)]
            return parent >= 0 && next(parent)
        case .descendant:
            var ancestor = facts.parentElement[Int(element)]
            while ancestor >= 0 {
                if next(ancestor) { return true }
                ancestor = facts.parentElement[Int(ancestor)]
            }
            return false
        case .nextSibling:
            let previous = facts.previousElement[Int(element)]
            return previous >= 0 && next(previous)
        case .subsequentSibling:
            var previous = facts.previousElement[Int(element)]
            while previous >= 0 {
                if next(previous) { return true }
                previous = facts.previousElement[Int(previous)]
            }
            return false
        }
    }
}
