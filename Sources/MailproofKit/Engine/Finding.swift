/// One problem found in one file, at an exact place.
public struct Finding: Sendable, Hashable {
    public var ruleID: RuleID
    public var severity: Severity
    public var message: String
    public var range: ByteRange
    public var start: SourceLocation
    public var end: SourceLocation
    /// Email clients affected, with how well each supports what the finding is about (compatibility findings).
    public var clients: [AffectedClient]
    /// The caniemail feature slug, for compatibility findings.
    public var feature: String?
    /// Edits that correct the problem; empty when there is no safe automatic fix.
    public var fix: [TextEdit]
    /// Where to read more.
    public var url: String?
    /// What the reader loses, for compatibility findings judged by impact.
    public var impact: Impact?
    /// A snippet that replaces the broken block, with the customer's own values.
    public var snippet: SnippetCall?

    public init(
        ruleID: RuleID, severity: Severity, message: String, range: ByteRange,
        start: SourceLocation, end: SourceLocation, clients: [AffectedClient] = [],
        feature: String? = nil, fix: [TextEdit] = [], url: String? = nil, impact: Impact? = nil, snippet: SnippetCall? = nil
    ) {
        self.ruleID = ruleID
        self.severity = severity
        self.message = message
        self.range = range
        self.start = start
        self.end = end
        self.clients = clients
        self.feature = feature
        self.fix = fix
        self.url = url
        self.impact = impact
        self.snippet = snippet
    }
}

/// An email client named in a finding, with its support verdict (`y`, `n`, `a`, `u`) and caniemail note numbers.
public struct AffectedClient: Sendable, Hashable {
    public var id: String
    public var name: String
    public var support: String
    public var notes: [Int]

    public init(id: String, name: String, support: String, notes: [Int] = []) {
        self.id = id
        self.name = name
        self.support = support
        self.notes = notes
    }
}
