/// One parameter of a snippet, as its manifest declares it: what kind of value it takes, its default, and what it does.
public struct SnippetParameter: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case color, url, px, text, int, `enum`, bool
    }

    public var name: String
    public var kind: Kind
    public var defaultValue: String
    public var description: String
    /// The allowed values of an `enum` parameter.
    public var choices: [String]
    /// Bounds for `px` and `int` parameters.
    public var minimum: Int?
    public var maximum: Int?
    /// An empty value is allowed and means "leave this out".
    public var optional: Bool
    /// A regular expression a `text` value must match as a whole (ids that land in URLs, field lists).
    public var pattern: String?

    public init(name: String, kind: Kind, defaultValue: String, description: String, choices: [String] = [],
                minimum: Int? = nil, maximum: Int? = nil, optional: Bool = false, pattern: String? = nil) {
        self.name = name
        self.kind = kind
        self.defaultValue = defaultValue
        self.description = description
        self.choices = choices
        self.minimum = minimum
        self.maximum = maximum
        self.optional = optional
        self.pattern = pattern
    }

    /// The value in its canonical form (`24px` → `24`, `#FFF` → `#ffffff`, `yes` → `true`), or an error saying
    /// what a valid value looks like. Validation happens before rendering, so a template never sees a bad value.
    public func validate(_ raw: String) throws -> String {
        let value = raw.trimmingWhitespace()
        func fail(_ expected: String) -> SnippetError {
            SnippetError("\(name): '\(raw)' is not \(expected)")
        }
        if optional, value.isEmpty { return "" }
        switch kind {
        case .text:
            if let pattern {
                guard let regex = try? Regex(pattern), (try? regex.wholeMatch(in: raw)) != nil else {
                    throw fail("in the expected form (\(pattern))")
                }
            }
            guard !raw.contains(where: { $0.isASCII && $0.asciiValue! < 0x20 && $0 != "\n" && $0 != "\t" }) else {
                throw fail("text without control characters")
            }
            return raw
        case .color:
            guard let color = SnippetValues.color(value) else { throw fail("a colour (#rgb, #rrggbb or a CSS colour name)") }
            return color
        case .url:
            guard SnippetValues.isURL(value) else {
                throw fail("an absolute http(s) URL or a template tag such as {{ unsubscribe_url }} or *|UNSUB|*")
            }
            return value
        case .px, .int:
            var digits = Substring(value)
            if kind == .px, digits.lowercased().hasSuffix("px") { digits = digits.dropLast(2) }
            guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(digits) else {
                throw fail(kind == .px ? "a whole number of pixels (e.g. 24 or 24px)" : "a whole number")
            }
            if let minimum, number < minimum { throw fail("at least \(minimum)") }
            if let maximum, number > maximum { throw fail("at most \(maximum)") }
            return String(number)
        case .enum:
            guard choices.contains(value) else { throw fail("one of \(choices.joined(separator: ", "))") }
            return value
        case .bool:
            switch value.lowercased() {
            case "true", "yes", "on", "1": return "true"
            case "false", "no", "off", "0": return "false"
            default: throw fail("true or false")
            }
        }
    }
}

/// Recognising parameter values. Shared with the checker's snippet suggestions, which read the same kinds of
/// values from a customer's markup.
enum SnippetValues {
    /// Colour names email developers actually use; anything fancier should be written as hex, which VML needs anyway.
    static let namedColors: [String: String] = [
        "black": "#000000", "white": "#ffffff", "red": "#ff0000", "green": "#008000", "blue": "#0000ff",
        "gray": "#808080", "grey": "#808080", "silver": "#c0c0c0", "navy": "#000080", "orange": "#ffa500",
        "purple": "#800080", "teal": "#008080", "maroon": "#800000", "yellow": "#ffff00",
    ]

    /// `#abc`/`#aabbcc`/a name → lower-case `#aabbcc`; nil for anything else.
    static func color(_ text: String) -> String? {
        let lower = text.lowercased()
        if let named = namedColors[lower] { return named }
        guard lower.hasPrefix("#") else { return nil }
        let hex = lower.dropFirst()
        guard hex.allSatisfy({ $0.isHexDigit && $0.isASCII }) else { return nil }
        switch hex.count {
        case 6: return lower
        case 3: return "#" + hex.map { "\($0)\($0)" }.joined()
        default: return nil
        }
    }

    /// An absolute http(s) URL without spaces or quotes, or a single template tag (`{{ x }}`, `{% x %}`, `*|X|*`).
    static func isURL(_ text: String) -> Bool {
        if isTemplateTag(text) { return true }
        let lower = text.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://") else { return false }
        let rest = lower.drop(while: { $0 != "/" }).dropFirst(2)
        guard let host = rest.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).first,
              !host.isEmpty else { return false }
        // Whitespace first, as bytes where the text is ASCII; the others are ASCII characters.
        return !text.containsWhitespace && !text.contains { $0 == "\"" || $0 == "'" || $0 == "<" || $0 == ">" || $0 == "\\" || $0 == "`" }
    }

    static func isTemplateTag(_ text: String) -> Bool {
        let pairs = [("{{", "}}"), ("{%", "%}"), ("*|", "|*")]
        return pairs.contains { open, close in
            guard text.hasPrefix(open), text.hasSuffix(close), text.count > open.count + close.count else { return false }
            let inner = text.dropFirst(open.count).dropLast(close.count)
            return !inner.contains { $0 == "<" || $0 == ">" || $0 == "\"" || $0 == "'" || $0 == "\n" }
                && !inner.contains(open) && !inner.contains(close)
        }
    }
}
