/// Features that the target email clients do not support, judged per occurrence with its context: which clients
/// see it (Outlook conditional comments, `mso-hide:all`), whether it is progressive enhancement (inside `@media`
/// or `@supports`), and whether a fallback declaration precedes it.
struct ClientSupportRule: Rule {
    static let description = RuleDescription(
        id: .clientSupport,
        title: "Features must work in the email clients you target",
        category: .compatibility,
        defaultSeverity: .error,
        rationale: """
            Email clients support far less HTML and CSS than browsers, and each drops something different. This rule \
            finds every HTML element, attribute, CSS property, value, unit, function, selector, at-rule, media feature \
            and image format that caniemail.com tracks, and asks of each one the clients you target (`clients:` in \
            .mailproof.yml, `--clients`) do not support: what does the reader lose there? Every feature has an \
            impact (`mailproof explain client-support --feature SLUG` shows it, with what the reader sees):
            - none: a hint only (lang, dir, role, aria-*, color-scheme): info;
            - decoration: polish is lost, the message is intact (rounded corners, shadows, :hover, web fonts with a \
            font stack, rgba() after a plain colour): info, grouped into one line by the text report;
            - layout: things move, stack or change size (flex, grid, float, position, min/max sizes, calc()): error, \
            or warning with a fallback in view;
            - content: the reader loses content or sees content meant to be hidden (WebP, SVG or data: images, \
            <video>, inline <svg>, text on a CSS-only background image, a hiding technique without a fallback): \
            error;
            - structure: the client drops more than the feature (a linked stylesheet, a colour syntax that makes \
            Gmail drop the whole style): error.
            A client with partial support costs one step less. The message says what the reader sees, then the \
            clients, then the feature; JSON, JSONL and SARIF carry the impact.

            The impact is read in context:
            - a fallback for the same effect: a colour before rgba() or a gradient, `bgcolor` or `background-color` \
            (and a VML fill for Outlook) beside a background image, a width or a `width` attribute beside min/max \
            sizes, a font stack after a web font, other declarations that hide the same element;
            - Outlook's own version: content in an MSO ghost table, a VML background, `align` beside `float`;
            - a rule whose selector a client drops loses what its declarations do, and nothing when it matches no \
            element of the file (client hacks such as `u + #body`, unused classes); user states (:hover, :focus) \
            are decoration unless they reveal content;
            - a declaration that only resets a default (`border-spacing:0`, `float:none`) loses nothing;
            - inside <!--[if mso]> only Outlook's Word engine is judged; content hidden from it (<!--[if !mso]>, \
            mso-hide:all) is not judged for it; VML is never reported for Gmail;
            - declarations inside @media or @supports, and the @media rule itself, are progressive enhancement: \
            lowered to the `enhancement` severity (info by default). A declaration preceded by a fallback for the \
            same property in the same block is lowered to the `fallback` severity (info by default).

            The building blocks every email is made of (class and type selectors, padding on cells, the width \
            attribute, font-size…) are not reported unless the `baseline` option asks for them. A CSS-only rounded \
            button (border-radius on a link, or on the cell around a single link, with a fill colour and no VML \
            beside it) loses its corners and padding in Outlook for Windows: a warning whose message ends with the \
            `mailproof snippet button` command that generates a bulletproof one.
            """,
        source: "caniemail.com support data (MIT), https://www.caniemail.com",
        kinds: DocumentKind.emailKinds,
        wording: CustomerWording(
            problem: "Some styles do not work in every email app",
            why: "Those apps ignore it, so that part of the design looks plainer or different there.",
            action: "Preview the email in those apps: if it still reads well, nothing needs to change; otherwise ask us for an email-safe alternative.",
            affects: "the apps listed"),
        options: [
            RuleOption("mode", .choice(["impact", "support"]), default: "impact",
                       "impact: severity by what the reader loses; support: by caniemail's verdict alone (the strict preset)"),
            RuleOption("none", .severity, default: "info", "impact mode: where a client drops a hint (lang, role, aria-*)"),
            RuleOption("decoration", .severity, default: "info", "impact mode: where polish is lost (rounded corners, :hover, shadows)"),
            RuleOption("layout", .severity, default: "error", "impact mode: where things move or stack (one step lower with a fallback in view)"),
            RuleOption("content", .severity, default: "error", "impact mode: where the reader loses content or sees hidden content"),
            RuleOption("structure", .severity, default: "error", "impact mode: where the client drops more than the feature"),
            RuleOption("unsupported", .severity, default: "error", "support mode: caniemail's n verdict"),
            RuleOption("partial", .severity, default: "warning", "support mode: caniemail's a verdict"),
            RuleOption("unknown", .severity, default: "off", "caniemail's u verdict (no data for the client)"),
            RuleOption("noEffect", .severity, default: "info", "support mode: features whose absence changes nothing visible"),
            RuleOption("enhancement", .severity, default: "info", "the most a finding inside @media or @supports gets"),
            RuleOption("fallback", .severity, default: "info", "the most a declaration after a fallback for the same property gets"),
            RuleOption("baseline", .severity, default: "off", "the building blocks every email uses (class selectors, padding, width)"),
        ],
        triggering: [
            Example("<div style=\"display:↓flex\">x</div>"),
            Example("<style>.a { ↓border-radius: 4px }</style>"),
            Example("<!--[if !mso]><!--><p>a</p><!--<![endif]--><div style=\"display:↓flex\">x</div>"),
            Example("<p ↓lang=\"fr\">Bonjour</p>"),
            Example("<table ↓role=\"presentation\"><tr><td>Hello</td></tr></table>", options: ["baseline": .string("info")]),
            Example("<img src=\"↓https://example.com/hero.webp\" alt=\"Hero\" width=\"600\">", options: ["decoration": .string("off"), "layout": .string("off")]),
        ],
        nonTriggering: [
            Example("<table cellpadding=\"0\" cellspacing=\"0\"><tr><td style=\"padding: 8px; color: #333333\">Hello</td></tr></table>"),
            Example("<p lang=\"fr\">Bonjour</p>", options: ["noEffect": .string("off")]),
            Example("<style>@media (max-width: 600px) { .column { width: 100% !important } }</style>", options: ["enhancement": .string("off")]),
            // Outlook's Word engine and max-width are outlook-max-width's business, ghost tables in view.
            Example("<div style=\"max-width:600px; margin:0 auto\">x</div>"),
            Example("<table role=\"presentation\"><tr><td aria-hidden=\"true\">Hello</td></tr></table>"),
            Example("<div style=\"border-radius: 4px; box-shadow: 0 1px 2px #999999\">Card</div>", options: ["decoration": .string("off")]),
            Example("<style>u + #body a { color: inherit }</style><p>x</p>", options: ["none": .string("off"), "decoration": .string("off")]),
            Example("<form action=\"https://app.kit.com/forms/1/subscriptions\" method=\"post\"><input type=\"email\" required><button>Join</button></form>"),
            Example("<!--[if !mso]><!--><div style=\"border-radius: 4px\">x</div><!--<![endif]-->", options: ["partial": .string("off")]),
            Example("<div style=\"display:flex\">x</div>", options: ["unsupported": .string("off"), "partial": .string("off")]),
        ]
    )

    /// How severities are decided: by what the reader loses (the default), or by caniemail's verdict alone.
    enum Mode: String { case impact, support }

    private let mode: Mode
    private let mapping: SupportSeverityMapping
    /// Impact mode: the severity where a client drops a feature of each impact, by `Impact.rank`; nil = not
    /// reported.
    private let impactLevels: [Severity?]
    /// Severity for findings inside @media/@supports; nil = not reported.
    private let enhancement: Severity?
    /// Severity for findings with a fallback declaration before them; nil = not reported.
    private let fallback: Severity?
    /// Severity for the baseline building blocks; nil (the default) = not reported.
    private let baseline: Severity?
    /// Highest severity for features whose absence changes nothing visible (support mode).
    private let noEffect: Severity?
    /// What the rule knows of each feature the file uses, looked up once per use instead of once per question: a
    /// file uses the same few dozen features hundreds of times. `slots` gives, by `FeatureID.index`, where a used
    /// feature's entries are in the arrays below (-1: not used yet): no allocation per feature. (The rule is
    /// copied fresh for each file.)
    private var slots: [Int32] = []
    private var facts: [FeatureFacts] = []
    /// What the linter keeps of each feature, for the questions this file asks first.
    private var keptFeatures: [KeptFeature] = []
    /// By slot × `audience(_:)`; an inner nil when every client of that audience supports the feature.
    private var assessments: [CompatAssessment??] = []
    /// The wording of each assessment, by (slot × audience) × what the reader sees (`Sees`).
    private var wordings: [Wording?] = []

    /// The four audiences an occurrence may have: Outlook's Word engine, the other clients, both, neither.
    private static func audience(_ scope: ClientScope) -> Int { (scope.wordEngine ? 2 : 0) + (scope.otherClients ? 1 : 0) }
    private static let audiences = 4

    /// What the reader sees, as the message words it: caniemail's summary (support mode), the feature's own
    /// `sees`, or "no difference" where the context took the impact to none.
    private enum Sees: Int, CaseIterable {
        case summary, base, noDifference
    }

    /// A class: read for every use of a feature in a file, and a copy of a struct retained its two strings.
    private final class FeatureFacts: Sendable {
        let slug: String
        let isBaseline: Bool
        let isFormFamily: Bool
        let judgedElsewhereForWordEngine: Bool
        let noEffectWhenUnsupported: Bool
        let isEnhancementAtRule: Bool
        let base: FeatureImpact

        init(_ id: FeatureID) {
            let slug = id.slug
            self.slug = slug
            isBaseline = ClientSupportPolicy.baseline[slug] != nil
            isFormFamily = ClientSupportRule.formFamily.contains(where: slug.hasPrefix)
            judgedElsewhereForWordEngine = ClientSupportPolicy.judgedElsewhereForWordEngine[slug] != nil
            noEffectWhenUnsupported = ClientSupportPolicy.noEffectWhenUnsupported[slug] != nil
            isEnhancementAtRule = ClientSupportPolicy.isEnhancementAtRule(slug)
            base = FeatureImpactTable.impact(of: slug)
        }
    }

    /// The message and client list of an assessment as the reader sees it: the same feature seen the same way is
    /// worded once per file (`wordings`), not once per use.
    private struct Wording {
        var message: String
        var clients: [AffectedClient]
    }

    /// What the rule keeps between the files of one linter: facts and caniemail's verdicts per feature, and the
    /// wording of each verdict (the per-file tables above start from these).
    private final class Kept: @unchecked Sendable {
        /// By `FeatureID.index`, made on a feature's first use.
        let features = SharedSlots<KeptFeature>(count: FeatureID.count)
    }

    private final class KeptFeature: @unchecked Sendable {
        let facts: FeatureFacts
        /// By audience.
        let assessments = SharedSlots<CompatAssessment?>(count: audiences)
        /// By audience × `Sees`.
        let wordings = SharedSlots<Wording>(count: audiences * Sees.allCases.count)

        init(_ id: FeatureID) { facts = FeatureFacts(id) }
    }

    init(options: RuleOptions) throws {
        switch options.word("mode", default: Mode.impact.rawValue) {
        case Mode.support.rawValue: mode = .support
        default: mode = .impact
        }
        mapping = SupportSeverityMapping(unsupported: options.severity("unsupported", default: .error),
                                         partial: options.severity("partial", default: .warning),
                                         unknown: options.severity("unknown", default: nil))
        enhancement = options.severity("enhancement", default: .info)
        fallback = options.severity("fallback", default: .info)
        baseline = options.severity("baseline", default: nil)
        noEffect = options.severity("noEffect", default: .info)
        var levels: [Severity?] = Array(repeating: nil, count: Impact.allCases.count)
        for impact in Impact.allCases {
            levels[impact.rank] = options.severity(impact.rawValue, default: impact == .none ? noEffect : impact.defaultSeverity)
        }
        impactLevels = levels
    }

    mutating func finish(_ document: Document, _ context: RuleContext) {
        let target = context.settings.compatibility
        // A live form is reported whole by form-in-email, with its replacement; its controls are not repeated here.
        let forms = context.forms.forms.map(\.element.range)
        let detection = FeatureDetector.scan(document)
        let analysis = ImpactAnalysis(document: document, detection: detection)
        let kept = context.memory.kept(Kept.self) { Kept() }
        let occurrences = detection.occurrences
        // Messages with their asides, made once per file for each wording, note and asides.
        var composed: [(wording: String, note: String?, asides: Asides, message: String)] = []
        for i in occurrences.indices {
            // Most uses end here (a building block, or supported by every target client): their fields are read
            // in place, and only the others are copied out.
            let feature = fileFeature(occurrences[i].feature, kept: kept)
            let facts = self.facts[feature]
            if !forms.isEmpty, facts.isFormFamily, forms.contains(where: { $0.contains(occurrences[i].range.start) }) {
                continue
            }
            let isBaseline = facts.isBaseline
            if isBaseline && baseline == nil { continue }
            var scope = occurrences[i].scope
            if occurrences[i].context.hiddenFromWordEngine { scope.wordEngine = false }
            // VML is drawn by Outlook's Word engine alone; every other client ignores the unknown elements. The
            // `style` of a VML shape is VML's own (position, width, height of the shape), not the CSS of an element.
            if occurrences[i].context.inVML {
                scope.otherClients = false
                if facts.slug.hasPrefix("css-"), let element = occurrences[i].context.element,
                   document.nodes.name(at: Int(element)).contains(":") { continue }
            }
            if facts.judgedElsewhereForWordEngine { scope.wordEngine = false }
            let base = facts.base
            // Most uses are supported by every target client: no need to read their context. (The context only
            // ever takes clients away, so a use nobody lacks stays unreported.)
            guard var assessment = assessment(feature, scope: scope, target: target) else { continue }
            let occurrence = occurrences[i]
            var verdict: ImpactAnalysis.Verdict?
            if mode == .impact {
                let judged = analysis.verdict(for: occurrence, base: base)
                if judged.coveredForWordEngine, scope.wordEngine {
                    scope.wordEngine = false
                    guard let narrowed = self.assessment(feature, scope: scope, target: target) else { continue }
                    assessment = narrowed
                }
                verdict = judged
            }
            let impact = verdict?.impact ?? base.impact
            var severity: Severity?
            if let verdict {
                severity = impactSeverity(assessment, verdict)
            } else {
                severity = assessment.severity
                if facts.noEffectWhenUnsupported {
                    severity = severity.flatMap { lowered($0, to: noEffect) }
                }
            }
            if isBaseline { severity = severity.flatMap { lowered($0, to: baseline) } }
            let isEnhancement = occurrence.context.conditionalAtRule != nil || facts.isEnhancementAtRule
            if isEnhancement { severity = severity.flatMap { lowered($0, to: enhancement) } }
            if occurrence.context.hasFallback { severity = severity.flatMap { lowered($0, to: fallback) } }
            // A CSS-only button loses its padding in Outlook for Windows as well as its corners (padding on a link
            // is ignored there): more than decoration, and the bulletproof snippet is the answer.
            var call: SnippetCall?
            if occurrence.feature == Self.borderRadius, scope.wordEngine, severity != nil {
                call = Self.buttonSnippet(at: occurrence.range, in: document)
                if call != nil, mode == .impact, let layout = impactLevels[Impact.layout.rank] {
                    severity = max(severity!, layout.lower)
                }
            }
            guard let severity else { continue }
            // `scope` is now the audience `assessment` was made for.
            // Support mode words caniemail's summary; a context that took the impact to none says so; any other
            // impact keeps the feature's own `sees`.
            let sees: Sees = verdict == nil ? .summary : (impact == base.impact || impact != .none ? .base : .noDifference)
            let wording = wording(of: assessment, for: feature, scope: scope, sees: sees, in: target.database)
            let note = verdict?.note
            let asides = (occurrence.context.conditionalAtRule != nil ? Asides.conditional : [])
                .union(isEnhancement ? .enhancement : []).union(occurrence.context.hasFallback ? .fallback : [])
            var message: String
            if note == nil && asides.isEmpty {
                message = wording.message
            } else if let known = composed.firstIndex(where: {
                $0.asides == asides && $0.wording.hasSameText(as: wording.message) && $0.note == note
            }) {
                // A wording's message is hundreds of bytes: appended to for every use, it was copied every time.
                message = composed[known].message
            } else {
                message = wording.message
                if let note { message += " (\(note))" }
                if asides.contains(.conditional) {
                    message += " (inside @media/@supports: progressive enhancement)"
                } else if asides.contains(.enhancement) {
                    message += " (progressive enhancement: those clients keep the styles outside it)"
                }
                if asides.contains(.fallback) { message += " (a fallback precedes it)" }
                if composed.count < 32 { composed.append((wording.message, note, asides, message)) }
            }
            if let call, severity >= .warning {
                message += "; for a button Outlook draws with rounded corners: \(call.command)"
            } else {
                call = nil
            }
            context.report(message, at: occurrence.range, severity: severity, clients: wording.clients,
                           feature: occurrence.slug, url: assessment.url, impact: impact, snippet: call)
        }
    }

    /// What a message adds after its wording about where the use stands.
    private struct Asides: OptionSet {
        let rawValue: UInt8
        /// Inside `@media` or `@supports`.
        static let conditional = Asides(rawValue: 1)
        /// In an at-rule that is progressive enhancement by nature.
        static let enhancement = Asides(rawValue: 2)
        /// An earlier declaration of the block is the fallback.
        static let fallback = Asides(rawValue: 4)
    }

    /// The feature's slot in this file's arrays, made on its first use.
    private mutating func fileFeature(_ id: FeatureID, kept: Kept) -> Int {
        if slots.isEmpty {
            slots = Array(repeating: -1, count: FeatureID.count)
            // A template uses a few dozen features: room for them at once, not grown by doubling.
            let expected = 48
            facts.reserveCapacity(expected)
            keptFeatures.reserveCapacity(expected)
            assessments.reserveCapacity(expected * Self.audiences)
            wordings.reserveCapacity(expected * Self.audiences * Sees.allCases.count)
        }
        let known = Int(slots[id.index])
        if known >= 0 { return known }
        let slot = facts.count
        slots[id.index] = Int32(slot)
        let feature = kept.features.value(id.index) { KeptFeature(id) }
        keptFeatures.append(feature)
        facts.append(feature.facts)
        for _ in 0..<Self.audiences { assessments.append(nil) }
        for _ in 0..<(Self.audiences * Sees.allCases.count) { wordings.append(nil) }
        return slot
    }

    private static let borderRadius = FeatureID("css-border-radius")

    /// `assessment` is the feature's for `scope`, made once per file and slot.
    private mutating func wording(of assessment: CompatAssessment, for feature: Int, scope: ClientScope, sees: Sees,
                                  in database: CompatDatabase) -> Wording {
        let asked = Self.audience(scope) * Sees.allCases.count + sees.rawValue
        let index = feature * Self.audiences * Sees.allCases.count + asked
        if let known = wordings[index] { return known }
        let facts = self.facts[feature]
        let text: String? = switch sees {
        case .summary: nil
        case .base: facts.base.sees
        case .noDifference: Self.seesNoDifference
        }
        let wording = keptFeatures[feature].wordings.value(asked) {
            let message = text.map { Self.readerMessage(for: assessment, sees: $0, in: database) } ?? assessment.summary(in: database)
            return Wording(message: message, clients: assessment.affectedClients)
        }
        wordings[index] = wording
        return wording
    }

    /// caniemail's verdicts for the clients that see the occurrence; nil when every one supports it.
    private mutating func assessment(_ feature: Int, scope: ClientScope, target: CompatibilityTarget) -> CompatAssessment? {
        let audience = Self.audience(scope)
        if let cached = assessments[feature * Self.audiences + audience] { return cached }
        let facts = self.facts[feature]
        let slug = facts.slug
        let assessment = keptFeatures[feature].assessments.value(audience) {
            target.database.assess(slug, for: target.clients(seeing: scope), mapping: mapping)
        }
        assessments[feature * Self.audiences + audience] = .some(assessment)
        return assessment
    }

    /// The worst severity over the affected clients: a client without the feature costs the reader the full
    /// impact, a client with partial support one step less, an unknown verdict what `unknown` says.
    private func impactSeverity(_ assessment: CompatAssessment, _ verdict: ImpactAnalysis.Verdict) -> Severity? {
        guard var full = impactLevels[verdict.impact.rank] else { return nil }
        if verdict.fallbackInView, verdict.impact >= .layout { full = full.lower }
        var worst: Severity?
        for client in assessment.affected {
            let level: Severity?
            switch client.support {
            case .no: level = full
            case .partial: level = full.lower
            case .unknown: level = mapping.unknown.map { min($0, full) }
            case .yes: level = nil
            }
            if let level { worst = max(worst ?? level, level) }
        }
        return worst
    }

    /// What the reader sees where the context took the feature's impact to none.
    private static let seesNoDifference = "no difference"

    /// "Outlook (Windows) shows square corners instead of rounded ones (border-radius is not supported there;
    /// partly in Gmail (iOS))": what the reader sees, who sees it, then the feature.
    static func readerMessage(for assessment: CompatAssessment, sees: String, in database: CompatDatabase) -> String {
        let missing = assessment.affected.filter { $0.support == .no }.map(\.client)
        let partial = assessment.affected.filter { $0.support == .partial }.map(\.client)
        let unknown = assessment.affected.filter { $0.support == .unknown }.map(\.client)
        guard !missing.isEmpty || !partial.isEmpty else { return assessment.summary(in: database) }
        let lead = missing.isEmpty ? partial : missing
        let families = Set(lead.map(\.family)).count
        let verb = missing.isEmpty ? "may show" : (families == 1 ? "shows" : "show")
        var detail = missing.isEmpty ? "\(assessment.title) is only partly supported there"
                                     : "\(assessment.title) is not supported there"
        if !missing.isEmpty, !partial.isEmpty { detail += "; partly in \(ClientNames.compact(partial, in: database))" }
        if !unknown.isEmpty { detail += "; unknown in \(ClientNames.compact(unknown, in: database))" }
        return "\(ClientNames.compact(lead, in: database)) \(verb) \(sees) (\(detail))"
    }

    /// caniemail's form features: the form, its inputs, buttons, selects and text areas.
    private static let formFamily = ["html-form", "html-input", "html-button", "html-select", "html-textarea", "html-label"]

    /// A CSS-only rounded button (`border-radius` in the style of a link, or of the cell around one) gets the
    /// command for the bulletproof button snippet with its own link, text and colours.
    private static func buttonSnippet(at range: ByteRange, in document: Document) -> SnippetCall? {
        // The element whose start tag holds the declaration: one descent from the root, not a scan of every
        // a, td and th for each rounded corner.
        let element = document.innermostElement(containing: range.start)
        guard ["a", "td", "th"].contains(element.name), element.startTagRange.contains(range) else { return nil }
        return SnippetSuggestion.button(for: element)
    }

    private func lowered(_ severity: Severity, to limit: Severity?) -> Severity? {
        limit.map { min(severity, $0) }
    }

}

extension RuleID {
    public static let clientSupport: RuleID = "client-support"
}
