@testable import MailproofKit

/// CSS text with expected ranges marked by `⟦ ⟧`, placed after a multibyte HTML prefix so that every range is an
/// absolute byte offset that is neither 0 nor a character count.
struct MarkedCSS {
    static let defaultPrefix = "<p>Grüße ✓</p><style>"

    let bytes: [UInt8]
    let range: ByteRange
    /// Marked ranges, sorted by start offset (outer first when two start together).
    let marks: [ByteRange]

    init(_ text: String, prefix: String = MarkedCSS.defaultPrefix, suffix: String = "</style>") {
        var out = Array(prefix.utf8)
        let start = out.count
        var open: [Int] = []
        var marks: [ByteRange] = []
        for scalar in text.unicodeScalars {
            if scalar == "⟦" {
                open.append(out.count)
            } else if scalar == "⟧" {
                marks.append(ByteRange(start: open.removeLast(), end: out.count))
            } else {
                out.append(contentsOf: Array(String(scalar).utf8))
            }
        }
        let end = out.count
        out.append(contentsOf: Array(suffix.utf8))
        bytes = out
        range = ByteRange(start: start, end: end)
        // Outer ranges before the ranges they contain.
        self.marks = marks.sorted { $0.start != $1.start ? $0.start < $1.start : $0.end > $1.end }
    }

    func text(_ r: ByteRange) -> String { String(decoding: bytes[r.start..<r.end], as: UTF8.self) }

    func tokens(includeComments: Bool = true) -> CSSTokenization {
        CSSTokenizer.tokenize(bytes: bytes, range: range, includeComments: includeComments)
    }

    func stylesheet() -> CSSStylesheet { CSSParser.parseStylesheet(bytes: bytes, range: range) }

    func declarations() -> CSSDeclarationBlock { CSSParser.parseDeclarations(bytes: bytes, range: range) }
}

extension CSSRule {
    var styleRule: CSSStyleRule? {
        if case .style(let r) = self { return r }
        return nil
    }

    var atRule: CSSAtRule? {
        if case .atRule(let r) = self { return r }
        return nil
    }
}

extension CSSAtRuleBody {
    var rules: [CSSRule]? {
        if case .rules(let r) = self { return r }
        return nil
    }

    var block: CSSDeclarationBlock? {
        if case .declarations(let b) = self { return b }
        return nil
    }

    var keyframes: [CSSKeyframeBlock]? {
        if case .keyframes(let k) = self { return k }
        return nil
    }

    var isNone: Bool {
        if case .none = self { return true }
        return false
    }
}

/// Parses `selector { }` and returns its selectors (empty when the rule was dropped).
func selectors(_ text: String) -> [CSSComplexSelector] {
    MarkedCSS("\(text) { }").stylesheet().rules.first?.styleRule?.selectors ?? []
}
