/// Features that the target email clients do not support, judged per occurrence with its context: which clients
/// see it (Outlook conditional comments, `mso-hide:all`), whether it is progressive enhancement (inside `@media`
/// or `@supports`), and whether a fallback declaration precedes it.
struct ClientSupportRule: Rule {
    static let description = RuleDescription(
        id: "client-support",
        title: "Features must work in the email clients you target",
        category: .compatibility,
        defaultSeverity: .error,
        rationale: """
            Email clients support far less HTML and CSS than browsers, and each drops something different: Outlook \
            for Windows renders with Microsoft Word and ignores flexbox, grid, max-width on most elements, rounded \
            corners and background images on divs; Gmail removes <style> blocks in some contexts and rewrites \
            class names; Yahoo and AOL drop some selectors. This rule finds every HTML element, attribute, CSS \
            property, value, unit, function, selector, at-rule, media feature and image format that caniemail.com \
            tracks, and reports those the clients you target (`clients:` in .mailproof.yml, `--clients`) do not \
            support (error) or support only partly (warning). Each finding names the clients and links to the \
            feature's caniemail page, whose notes explain the partial cases.

            It reads the markup the way each client does:
            - Content inside <!--[if mso]> … <![endif]--> is judged only for Outlook's Word engine (Outlook for \
            Windows, Windows Mail); content hidden from it (<!--[if !mso]><!--> … <!--<![endif]-->, <![if !mso]>, \
            mso-hide:all) is not judged for it. VML written for Outlook is never reported for Gmail.
            - Declarations inside @media or @supports are progressive enhancement: a client that ignores the block \
            keeps the styles outside it, so such findings are lowered to the `enhancement` severity (info by \
            default). The @media rule and each media feature are still judged on their own.
            - A declaration preceded by a fallback for the same property in the same block \
            (background:#1a1a1a; background:linear-gradient(…)) is lowered to the `fallback` severity (info by \
            default): clients that cannot read the second keep the first.

            - The building blocks every email is made of (class and type selectors, padding on cells, the width \
            attribute, font-size…) are marked "partial" by caniemail for edge cases email developers already avoid; \
            they are not reported unless the `baseline` option asks for them. Features whose absence changes nothing \
            visible (role, aria-*, lang, dir, target) are reported at most at the `noEffect` severity (info).

            Options: unsupported, partial, unknown (the severity for caniemail's n, a and u verdicts: error, \
            warning, info or off), enhancement and fallback (the severity for the two lowered cases, or off), \
            baseline (off by default) and noEffect (info by default).
            """,
        source: "caniemail.com support data (MIT), https://www.caniemail.com",
        triggering: [
            Example("<div style=\"display:↓flex\">x</div>"),
            Example("<style>.a { ↓border-radius: 4px }</style>"),
            Example("<!--[if !mso]><!--><p>a</p><!--<![endif]--><div style=\"display:↓flex\">x</div>"),
            Example("<table ↓role=\"presentation\"><tr><td>Hello</td></tr></table>"),
        ],
        nonTriggering: [
            Example("<table cellpadding=\"0\" cellspacing=\"0\"><tr><td style=\"padding: 8px; color: #333333\">Hello</td></tr></table>"),
            Example("<table role=\"presentation\"><tr><td>Hello</td></tr></table>", options: ["noEffect": .string("off")]),
            Example("<form action=\"https://app.kit.com/forms/1/subscriptions\" method=\"post\"><input type=\"email\" required><button>Join</button></form>"),
            Example("<!--[if !mso]><!--><div style=\"border-radius: 4px\">x</div><!--<![endif]-->", options: ["partial": .string("off")]),
            Example("<div style=\"display:flex\">x</div>", options: ["unsupported": .string("off"), "partial": .string("off")]),
        ]
    )

    private let mapping: SupportSeverityMapping
    /// Severity for findings inside @media/@supports; nil = not reported.
    private let enhancement: Severity?
    /// Severity for findings with a fallback declaration before them; nil = not reported.
    private let fallback: Severity?
    /// Severity for the baseline building blocks; nil (the default) = not reported.
    private let baseline: Severity?
    /// Highest severity for features whose absence changes nothing visible.
    private let noEffect: Severity?
    /// Assessments already made in this file, by feature and audience, with their message (an email uses the
    /// same few features hundreds of times).
    private var cache: [CacheKey: Judgement?] = [:]

    private struct Judgement {
        var assessment: CompatAssessment
        var message: String
        var clients: [AffectedClient]
    }

    private struct CacheKey: Hashable {
        var slug: String
        var scope: ClientScope
    }

    init(options: RuleOptions) throws {
        try options.rejectUnknownKeys(allowed: ["unsupported", "partial", "unknown", "enhancement", "fallback", "baseline", "noEffect"])
        func level(_ key: String, _ fallback: Severity?) throws -> Severity? {
            guard let value = options.values[key] else { return fallback }
            guard case .string(let word) = value, word == "off" || Severity(rawValue: word) != nil else {
                throw ConfigurationError(message: "option '\(key)' must be error, warning, info or off", location: options.origin)
            }
            return Severity(rawValue: word)
        }
        mapping = SupportSeverityMapping(unsupported: try level("unsupported", .error), partial: try level("partial", .warning),
                                         unknown: try level("unknown", nil))
        enhancement = try level("enhancement", .info)
        fallback = try level("fallback", .info)
        baseline = try level("baseline", nil)
        noEffect = try level("noEffect", .info)
    }

    mutating func finish(_ document: Document, _ context: RuleContext) {
        // A signup-form embed is web-page content: email clients never render it (forms in emails are the
        // forms rules' business, issue #5).
        if context.isWebEmbed { return }
        let target = context.settings.compatibility
        for occurrence in FeatureDetector.detect(in: document) {
            let isBaseline = ClientSupportPolicy.baseline[occurrence.slug] != nil
            if isBaseline && baseline == nil { continue }
            var scope = occurrence.scope
            if occurrence.context.hiddenFromWordEngine { scope.wordEngine = false }
            // VML is drawn by Outlook's Word engine alone; every other client ignores the unknown elements.
            if occurrence.context.inVML { scope.otherClients = false }
            let key = CacheKey(slug: occurrence.slug, scope: scope)
            let judgement: Judgement?
            if let cached = cache[key] {
                judgement = cached
            } else {
                judgement = target.database.assess(occurrence.slug, for: target.clients(seeing: scope), mapping: mapping).map {
                    Judgement(assessment: $0, message: Self.message(for: $0, in: target.database), clients: $0.affectedClients)
                }
                cache[key] = judgement
            }
            guard let judgement else { continue }
            let assessment = judgement.assessment
            var severity: Severity? = isBaseline ? baseline.map { min(assessment.severity, $0) } : assessment.severity
            if ClientSupportPolicy.noEffectWhenUnsupported[occurrence.slug] != nil {
                severity = severity.flatMap { lowered($0, to: noEffect) }
            }
            if occurrence.context.conditionalAtRule != nil { severity = lowered(assessment.severity, to: enhancement) }
            if occurrence.context.hasFallback { severity = severity.flatMap { lowered($0, to: fallback) } }
            guard let severity else { continue }
            var message = judgement.message
            if occurrence.context.conditionalAtRule != nil { message += " (inside @media/@supports: progressive enhancement)" }
            if occurrence.context.hasFallback { message += " (a fallback precedes it)" }
            context.report(message, at: occurrence.range, severity: severity, clients: judgement.clients,
                           feature: occurrence.slug, url: assessment.url)
        }
    }

    private func lowered(_ severity: Severity, to limit: Severity?) -> Severity? {
        limit.map { min(severity, $0) }
    }

    /// "display:flex is not supported in Outlook (Windows), partially in Gmail (iOS, Android)".
    static func message(for assessment: CompatAssessment, in database: CompatDatabase) -> String {
        var parts: [String] = []
        for support in [Support.no, .partial, .unknown] {
            let clients = assessment.affected.filter { $0.support == support }.map(\.client)
            guard !clients.isEmpty else { continue }
            let phrase: String
            switch support {
            case .no: phrase = "not supported in"
            case .partial: phrase = parts.isEmpty ? "only partly supported in" : "partly in"
            default: phrase = parts.isEmpty ? "of unknown support in" : "unknown in"
            }
            parts.append(phrase + " " + ClientNames.compact(clients, in: database))
        }
        return "\(assessment.title) is " + parts.joined(separator: ", ")
    }
}

/// Client lists written the way people say them: "Outlook (Windows, macOS), Gmail (iOS)". Messages name at
/// most `familyLimit` families and count the rest; the finding's client list (JSON) has them all.
enum ClientNames {
    static let familyLimit = 3

    static func compact(_ clients: [ClientID], in database: CompatDatabase) -> String {
        var order: [String] = []
        var platforms: [String: [String]] = [:]
        for client in clients {
            if platforms[client.family] == nil { order.append(client.family) }
            platforms[client.family, default: []].append(database.platformName(client.platform))
        }
        var text = order.prefix(familyLimit).map { family in
            "\(database.familyName(family)) (\(platforms[family]!.joined(separator: ", ")))"
        }.joined(separator: ", ")
        if order.count > familyLimit {
            let others = order.dropFirst(familyLimit).reduce(0) { $0 + platforms[$1]!.count }
            text += " and \(others) more client\(others == 1 ? "" : "s")"
        }
        return text
    }
}
