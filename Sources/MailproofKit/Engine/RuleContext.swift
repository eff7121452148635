/// What a rule reports into while it checks one document.
public final class RuleContext {
    public let document: Document
    /// Options shared by every rule of a run (target clients, file kind…).
    public let settings: LintSettings
    /// What rules keep between the files of one linter.
    let memory: LinterMemory
    /// The linter's rules and their configured severities, and the one now running (an index into both: the
    /// linter switches rules for every element it visits, and an index costs no reference counting).
    private let ruleIDs: [RuleID]
    private let severities: [Severity]
    private var current = 0
    /// The rule now running, and the severity the configuration gives it.
    var ruleID: RuleID { ruleIDs[current] }
    public var severity: Severity { severities[current] }
    private(set) var findings: [RawFinding] = []
    /// What the file is (template, message, form, snippet) and how that was decided; worked out once per file.
    public private(set) lazy var kindResolution: (kind: DocumentKind, origin: DocumentKind.Origin) =
        DocumentKind.resolve(document, declared: settings.kind, forms: forms)
    /// The live signup forms and form embeds of the file, with their providers; found once per file.
    private(set) lazy var forms = FormScan(document)
    /// What spam filters measure in the file (visible text, images, their area); measured once per file for the
    /// rules that read it.
    private(set) lazy var bodyText = BodyText(document)
    /// The `url()` values of the file's CSS (sheets and `style=""`), found once per file for the rules that judge
    /// URLs (insecure-url, absolute-urls).
    private(set) lazy var cssURLs = URLValue.cssURLs(in: document)
    /// Where the file's `<html>`, `<head>` and `<body>` are, worked out once for the rules that ask (a dozen).
    private(set) lazy var shape = DocumentShape(document)
    /// How each element's text looks, worked out once per file for the rules that judge text by its look
    /// (color-contrast, hidden-text): the second rule to ask reads what the first worked out.
    var textAppearances = TextAppearanceWalk()
    /// An element's link targets, parsed for the first rule that reads them (ip-address-url, url-port) and kept for
    /// the others.
    func linkTargets(of element: Element) -> [(attribute: Attribute, target: LinkTarget)] {
        let index = Int(element.index)
        if knownLinkTargets.isEmpty { knownLinkTargets = Array(repeating: nil, count: document.nodes.count) }
        if let known = knownLinkTargets[index] { return known }
        let targets = LinkTarget.targets(of: element)
        knownLinkTargets[index] = targets
        return targets
    }
    /// By node index; nil where not parsed yet. Unchecked exclusivity: only `linkTargets(of:)` touches it, and it
    /// hands no access to code that could come back here.
    @exclusivity(unchecked) private var knownLinkTargets: [[(attribute: Attribute, target: LinkTarget)]?] = []
    /// The service the file's signup form sends addresses to; nil when it holds no signup form.
    public var provider: FormProvider? { forms.provider }
    public var kind: DocumentKind { kindResolution.kind }
    /// The file is a signup-form embed for a web page, not an email: it has a base URL and Outlook never renders
    /// it. Email-only rules skip such files.
    public var isWebEmbed: Bool { kind == .form }

    init(document: Document, settings: LintSettings, memory: LinterMemory, ruleIDs: [RuleID], severities: [Severity]) {
        self.document = document
        self.settings = settings
        self.memory = memory
        self.ruleIDs = ruleIDs
        self.severities = severities
    }

    /// The rule at this index of `ruleIDs` runs next.
    func begin(_ rule: Int) {
        current = rule
    }

    /// Reports a problem at `range`. `severity` nil means the rule's configured severity.
    public func report(_ message: String, at range: ByteRange, severity: Severity? = nil, fix: [TextEdit] = [],
                       clients: [AffectedClient] = [], feature: String? = nil, url: String? = nil,
                       impact: Impact? = nil, snippet: SnippetCall? = nil) {
        // A fix reaching outside the text (anchored on a tag the file never finished) cannot be applied as meant;
        // one that deletes a template tag or writes inside one would lose the customer's data. Either way the
        // finding stands, without a fix.
        let size = document.source.bytes.count
        let fix = fix.allSatisfy { $0.range.start >= 0 && $0.range.end <= size && !document.cutsTemplateTag($0) } ? fix : []
        findings.append(RawFinding(ruleID: ruleID, severity: severity ?? self.severity, message: message, range: range,
                                   clients: clients, feature: feature, fix: fix, url: url, impact: impact, snippet: snippet))
    }
}

/// A finding before it is placed on lines and columns and filtered by directives.
struct RawFinding {
    var ruleID: RuleID
    var severity: Severity
    var message: String
    var range: ByteRange
    var clients: [AffectedClient]
    var feature: String?
    var fix: [TextEdit]
    var url: String?
    var impact: Impact?
    var snippet: SnippetCall?
}
