/// One option a rule takes: its name, what values it accepts, its default and what it does. A rule's options are
/// declared in its description; configuration validation, `explain`, `init`'s commented file and the README's
/// options table are all read from that declaration.
public struct RuleOption: Sendable {
    public enum Kind: Sendable, Equatable {
        /// `error`, `warning`, `info` or `off`.
        case severity
        /// A whole number of at least zero.
        case count
        /// One of the listed words.
        case choice([String])
    }

    public var name: String
    public var kind: Kind
    /// The default as written in `.mailproof.yml`.
    public var defaultValue: String
    /// What it does, in one line.
    public var summary: String

    public init(_ name: String, _ kind: Kind, default defaultValue: String, _ summary: String) {
        self.name = name
        self.kind = kind
        self.defaultValue = defaultValue
        self.summary = summary
    }

    /// The accepted values, as the documentation says them.
    public var accepts: String {
        switch kind {
        case .severity: "error, warning, info or off"
        case .count: "a number"
        case .choice(let words): words.joined(separator: " or ")
        }
    }

    /// Checks a configured value against the option's kind.
    func check(_ value: RuleOptions.Value, origin: String) throws {
        let valid: Bool
        switch (kind, value) {
        case (.severity, .string(let word)): valid = word == "off" || Severity(rawValue: word) != nil
        // YAML reads an unquoted `off` (or `no`, `false`) as false: the user wrote off.
        case (.severity, .bool(false)): valid = true
        case (.count, .number(let number)): valid = number >= 0 && number == number.rounded()
        case (.choice(let words), .string(let word)): valid = words.contains(word)
        default: valid = false
        }
        if !valid { throw ConfigurationError(message: "option '\(name)' must be \(accepts)", location: origin) }
    }
}

extension RuleOptions {
    /// Rejects options the rule does not declare and values of the wrong kind, naming what it accepts.
    public func validate(against declared: [RuleOption]) throws {
        for key in values.keys.sorted() {
            guard let option = declared.first(where: { $0.name == key }) else {
                let known = declared.isEmpty ? "this rule takes no options" : "known options: \(declared.map(\.name).sorted().joined(separator: ", "))"
                throw ConfigurationError(message: "unknown option '\(key)' (\(known))", location: origin)
            }
            try option.check(values[key]!, origin: origin)
        }
    }

    /// A severity option (`off` is nil), or `fallback` when it is not set. The one place severities in options
    /// are read.
    public func severity(_ key: String, default fallback: Severity?) -> Severity? {
        // An unquoted `off` arrives as false (YAML's booleans); `check` lets no other boolean through.
        if case .bool(false)? = values[key] { return nil }
        guard case .string(let word)? = values[key] else { return fallback }
        return Severity(rawValue: word)
    }

    /// A word option, or `fallback` when it is not set.
    public func word(_ key: String, default fallback: String) -> String {
        guard case .string(let word)? = values[key] else { return fallback }
        return word
    }
}

extension Rule {
    /// The rule with its configured options, checked against its declared ones first.
    public static func make(options: RuleOptions) throws -> Self {
        try options.validate(against: description.options)
        return try Self(options: options)
    }
}
