/// Which email clients see a piece of markup, decided by the Outlook conditional comments around it.
///
/// Outlook for Windows 2007–2019 renders with Word (`mso`) and evaluates `<!--[if …]>` comments; every other
/// client treats them as ordinary comments. So a node can be seen by the Word engine, by everyone else, by both,
/// or (inside a contradiction such as `[if mso]` within `[if !mso]`) by nobody.
public struct ClientScope: Hashable, Sendable, CustomStringConvertible {
    public var wordEngine: Bool
    public var otherClients: Bool

    public init(wordEngine: Bool, otherClients: Bool) {
        self.wordEngine = wordEngine
        self.otherClients = otherClients
    }

    public static let everyone = ClientScope(wordEngine: true, otherClients: true)
    public static let wordEngineOnly = ClientScope(wordEngine: true, otherClients: false)
    public static let allButWordEngine = ClientScope(wordEngine: false, otherClients: true)
    public static let nobody = ClientScope(wordEngine: false, otherClients: false)

    /// The scope of content nested in both `self` and `inner`.
    public func intersection(_ inner: ClientScope) -> ClientScope {
        ClientScope(wordEngine: wordEngine && inner.wordEngine, otherClients: otherClients && inner.otherClients)
    }

    public var description: String {
        switch (wordEngine, otherClients) {
        case (true, true): "everyone"
        case (true, false): "Outlook's Word engine only"
        case (false, true): "everyone but Outlook's Word engine"
        case (false, false): "no client"
        }
    }

    /// The scope of the content of a conditional comment with `condition` (e.g. `gte mso 9`, `!mso`, `(mso)|(IE)`).
    /// Clients that ignore conditional comments see the content only when it is `revealed`.
    static func conditional(_ condition: String, revealed: Bool) -> ClientScope {
        ClientScope(wordEngine: ConditionExpression.isTrueForWordEngine(condition), otherClients: revealed)
    }
}

/// Evaluates the expression language of conditional comments for Outlook's Word engine (mso 12 to 16).
///
/// Grammar (Microsoft's): terms `mso`, `IE`, `vml`, optionally with a version and a comparison (`gte mso 9`,
/// `lt IE 7`), `!` negation, `&` and `|`, parentheses. `IE` and `vml` are false for the Word engine.
enum ConditionExpression {
    /// Versions of the Word engine: Outlook 2007 (12) through 2016–2021 and 365 (16).
    private static let wordEngineVersions = 12...16

    static func isTrueForWordEngine(_ condition: String) -> Bool {
        var parser = Parser(tokens: tokenize(condition))
        // An expression we cannot read is treated as Outlook's, which is what `[if …]` almost always means.
        return parser.parseOr() ?? true
    }

    private static func tokenize(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        for character in text.lowercased() {
            // Compared with each literal: the same test as searching "()!&|", without walking a string per character.
            switch character {
            case "(", ")", "!", "&", "|":
                if !current.isEmpty { tokens.append(current); current = "" }
                tokens.append(String(character))
            case " ", "\t", "\n", "\r":
                if !current.isEmpty { tokens.append(current); current = "" }
            default:
                current.append(character)
            }
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }

    private struct Parser {
        var tokens: [String]
        var index = 0

        private var peek: String? { index < tokens.count ? tokens[index] : nil }

        mutating func parseOr() -> Bool? {
            guard var value = parseAnd() else { return nil }
            while peek == "|" {
                index += 1
                guard let rhs = parseAnd() else { return nil }
                value = value || rhs
            }
            return value
        }

        mutating func parseAnd() -> Bool? {
            guard var value = parseUnary() else { return nil }
            while peek == "&" {
                index += 1
                guard let rhs = parseUnary() else { return nil }
                value = value && rhs
            }
            return value
        }

        mutating func parseUnary() -> Bool? {
            guard let token = peek else { return nil }
            if token == "!" {
                index += 1
                return parseUnary().map { !$0 }
            }
            if token == "(" {
                index += 1
                let value = parseOr()
                if peek == ")" { index += 1 }
                return value
            }
            return parseTerm()
        }

        mutating func parseTerm() -> Bool? {
            guard var token = peek else { return nil }
            var comparison: String?
            if ["lt", "lte", "gt", "gte"].contains(token) {
                comparison = token
                index += 1
                guard let next = peek else { return nil }
                token = next
            }
            index += 1
            var version: Double?
            if let next = peek, let number = Double(next) {
                version = number
                index += 1
            }
            guard token == "mso" || token == "outlook" else { return false } // IE, vml, anything else
            guard let version else { return true }
            return wordEngineVersions.contains { major in
                let v = Double(major)
                switch comparison {
                case "lt": return v < version
                case "lte": return v <= version
                case "gt": return v > version
                case "gte": return v >= version
                default: return v == version.rounded(.down)
                }
            }
        }
    }
}
