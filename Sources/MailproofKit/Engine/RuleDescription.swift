/// Everything a user or a test needs to know about a rule. Its examples are its tests: one generic test runs
/// the examples of every registered rule.
public struct RuleDescription: Sendable {
    public var id: RuleID
    public var title: String
    public var category: RuleCategory
    public var defaultSeverity: Severity
    /// Why the rule exists, in plain words, for `mailproof explain`.
    public var rationale: String
    /// Where the facts come from (a caniemail page, a report, a vendor's documentation).
    public var source: String
    /// Examples that must trigger the rule, each expected finding's start marked with `↓`.
    public var triggering: [Example]
    /// Examples that must not trigger it.
    public var nonTriggering: [Example]
    /// Fixable rules: input (with `↓` marks like a triggering example) and the text after fixing.
    public var corrections: [Correction]
    /// Set by rules whose findings should not appear in the default (`recommended`) preset.
    public var isOptIn: Bool
    /// The kinds of file the rule applies to: the linter runs it on no other (a signup form for a web page is not
    /// an email, and form rules have nothing to say about a newsletter).
    public var kinds: Set<DocumentKind>
    /// The presets, beyond `recommended` and `strict`, that include the rule.
    public var tags: Set<RuleTag>
    /// How the problem is put to a customer in a hand-off; nil for rules about mailproof itself, which a hand-off
    /// leaves out.
    public var wording: CustomerWording?
    /// The options the rule takes (none for most).
    public var options: [RuleOption]

    public init(id: RuleID, title: String, category: RuleCategory, defaultSeverity: Severity, rationale: String,
                source: String, kinds: Set<DocumentKind> = Set(DocumentKind.allCases), tags: Set<RuleTag> = [],
                wording: CustomerWording? = nil, options: [RuleOption] = [], triggering: [Example], nonTriggering: [Example],
                corrections: [Correction] = [], isOptIn: Bool = false) {
        self.id = id
        self.kinds = kinds
        self.tags = tags
        self.wording = wording
        self.options = options
        self.title = title
        self.category = category
        self.defaultSeverity = defaultSeverity
        self.rationale = rationale
        self.source = source
        self.triggering = triggering
        self.nonTriggering = nonTriggering
        self.corrections = corrections
        self.isOptIn = isOptIn
    }

    public var isFixable: Bool { !corrections.isEmpty }
}

/// A preset a rule belongs to beyond `recommended` and `strict`: presets are queries over these tags.
public enum RuleTag: String, CaseIterable, Sendable {
    /// The `accessibility` audit.
    case accessibility
    /// The `kit-form` preset: what matters in a signup form embedded in a web page.
    case webForm
    /// The `deliverability` preset: what spam filters score in a template's HTML.
    case deliverability
}

public enum RuleCategory: String, CaseIterable, Sendable {
    case syntax
    case compatibility
    case structure
    case links
    case images
    case accessibility
    case deliverability
    case templates
    case forms
    case directives
}

/// An example document for a rule. In triggering examples each `↓` marks where a finding starts; the marks are
/// removed before the example is checked.
public struct Example: Sendable {
    public static let marker: Character = "↓"

    public var code: String
    /// Options for the rule while checking this example.
    public var options: RuleOptions
    /// Whether the generic test may prepend multibyte text (off for examples about the very start of a file).
    public var allowsPrefix: Bool
    public var file: String
    public var line: UInt

    public init(_ code: String, options: [String: RuleOptions.Value] = [:], allowsPrefix: Bool = true,
                file: String = #filePath, line: UInt = #line) {
        self.code = code
        self.options = RuleOptions(options, origin: "example")
        self.allowsPrefix = allowsPrefix
        self.file = file
        self.line = line
    }

    /// The example without its markers, and the byte offsets the markers stood at.
    public var unmarked: (code: String, offsets: [Int]) {
        var code = ""
        var offsets: [Int] = []
        for character in self.code {
            if character == Example.marker {
                offsets.append(code.utf8.count)
            } else {
                code.append(character)
            }
        }
        return (code, offsets)
    }
}

/// A fixable rule's before and after.
public struct Correction: Sendable {
    public var before: Example
    public var after: String

    public init(_ before: String, _ after: String, options: [String: RuleOptions.Value] = [:],
                file: String = #filePath, line: UInt = #line) {
        self.before = Example(before, options: options, file: file, line: line)
        self.after = after
    }
}
