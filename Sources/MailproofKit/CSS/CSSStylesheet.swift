/// A parsed `<style>` block (or any stylesheet text).
public struct CSSStylesheet: Sendable {
    public var range: ByteRange
    /// Valid rules in source order; invalid ones are dropped (as browsers do) and reported in `errors`.
    public var rules: [CSSRule]
    /// Problems in source order.
    public var errors: [CSSSyntaxError]
    /// Every `/* … */` comment.
    public var comments: [ByteRange]
    /// All tokens except comments; `CSSDeclaration.valueTokens` are slices of this array.
    public var tokens: [CSSToken]

    /// Calls `body` for every rule, depth first, including rules nested in at-rules and style rules.
    public func forEachRule(_ body: (CSSRule) -> Void) {
        CSSRule.visit(rules, body)
    }

    /// Every declaration of every rule (style rules, nested rules, `@font-face`, keyframes …), in source order.
    public var allDeclarations: [CSSDeclaration] {
        var result: [CSSDeclaration] = []
        forEachRule { rule in
            switch rule {
            case .style(let style): result.append(contentsOf: style.declarations)
            case .atRule(let at):
                switch at.body {
                case .declarations(let block): result.append(contentsOf: block.declarations)
                case .keyframes(let frames): for f in frames { result.append(contentsOf: f.declarations) }
                case .none, .rules: break
                }
            }
        }
        return result
    }
}

public enum CSSRule: Sendable {
    case style(CSSStyleRule)
    /// Boxed: an at-rule is twice a style rule's size and far rarer, and every rule in an array took its size.
    indirect case atRule(CSSAtRule)

    public var range: ByteRange {
        switch self {
        case .style(let r): return r.range
        case .atRule(let r): return r.range
        }
    }

    /// A style rule's declarations (none for an at-rule): read from a rule in place, where binding the style
    /// rule would copy it whole.
    var styleDeclarations: [CSSDeclaration] {
        if case .style(let r) = self { return r.declarations }
        return []
    }

    /// Directly nested rules.
    public var childRules: [CSSRule] {
        switch self {
        case .style(let r): return r.nestedRules
        case .atRule(let r):
            switch r.body {
            case .rules(let rules): return rules
            case .declarations(let block): return block.rules
            case .none, .keyframes: return []
            }
        }
    }

    static func visit(_ rules: [CSSRule], _ body: (CSSRule) -> Void) {
        // Depth is bounded by the parser's nesting cap, so recursion is safe here.
        // By index: a `for in` copied every rule (its selectors, declarations and strings retained) before the
        // body read it.
        for k in rules.indices {
            body(rules[k])
            visit(rules[k].childRules, body)
        }
    }
}

/// `selector-list { declarations }`
public struct CSSStyleRule: Sendable {
    /// From the first selector token through the closing `}` (or end of input when unclosed).
    public var range: ByteRange
    /// Trimmed selector list.
    public var preludeRange: ByteRange
    public var selectorText: String
    public var selectors: [CSSComplexSelector]
    /// From `{` through `}`.
    public var blockRange: ByteRange
    public var declarations: [CSSDeclaration]
    /// CSS Nesting: style rules and at-rules inside this rule's block.
    public var nestedRules: [CSSRule]
}

/// `@name prelude;` or `@name prelude { … }`.
public struct CSSAtRule: Sendable {
    /// Lowercased name without `@` (`media`, `font-face`, `-webkit-keyframes`, or any unknown name).
    public var name: String
    /// Range of the at-keyword including `@`.
    public var nameRange: ByteRange
    /// From `@` through `;` or `}` (or end of input).
    public var range: ByteRange
    /// Trimmed prelude (`screen and (max-width: 600px)`), empty when there is none.
    public var preludeRange: ByteRange
    public var prelude: String
    /// From `{` through `}`, nil for statement at-rules.
    public var blockRange: ByteRange?
    public var body: CSSAtRuleBody
    /// Media query list of `@media`, and of `@import` when it has one.
    public var mediaQueries: CSSMediaQueryList?
}

public enum CSSAtRuleBody: Sendable {
    /// Statement at-rules: `@import`, `@charset`, `@namespace`, `@layer a, b;`, unknown ones without a block.
    case none
    /// `@media`, `@supports`, `@document`, `@layer`, `@container`, `@scope`, `@starting-style` at the top level.
    case rules([CSSRule])
    /// `@font-face`, `@page`, `@counter-style`, `@property`, unknown at-rules with a block, and grouping rules
    /// nested in a style rule (whose bodies hold declarations directly; nested rules are in `rules`).
    case declarations(CSSDeclarationBlock)
    /// `@keyframes` and its vendor-prefixed forms.
    case keyframes([CSSKeyframeBlock])
}

/// One `from { … }` / `50%, 75% { … }` block of `@keyframes`.
public struct CSSKeyframeBlock: Sendable {
    public var range: ByteRange
    public var selectorRange: ByteRange
    public var selectorText: String
    public var selectors: [CSSKeyframeSelector]
    public var blockRange: ByteRange
    public var declarations: [CSSDeclaration]
}

public struct CSSKeyframeSelector: Sendable, Hashable {
    /// Offset in percent: `from` is 0, `to` is 100.
    public var percentage: Double
    public var range: ByteRange
}
