/// A named starting set of rules and severities, chosen with `extends:`. Presets are plain tables.
public struct Preset: Sendable {
    public var name: String
    public var summary: String
    /// Rule id → severity; rules not listed are off.
    public var rules: [RuleID: Severity]
    /// Rule id → options the preset gives it (a configuration's own options for the rule are laid over them).
    public var options: [RuleID: RuleOptions] = [:]

    public static let all: [Preset] = names.compactMap(named)

    /// The preset names, in the order `all` lists them.
    public static let names = ["recommended", "strict", "accessibility", "deliverability", "kit-template", "mailchimp-template", "kit-form"]

    /// The preset with this name, built on its own: a one-file check needs one preset, not all seven.
    public static func named(_ name: String) -> Preset? {
        switch name {
        case "recommended": recommended
        case "strict": strict
        case "accessibility": accessibility
        case "deliverability": deliverability
        case "kit-template": kitTemplate
        case "mailchimp-template": mailchimpTemplate
        case "kit-form": kitForm
        default: nil
        }
    }

    /// Every rule that is not opt-in, at its default severity. The default when a configuration names none.
    public static var recommended: Preset {
        Preset(name: "recommended", summary: "every rule that is right for almost every email, at its default severity",
               rules: Dictionary(uniqueKeysWithValues: RuleRegistry.all.map { $0.description } // built once per rule
                .filter { !$0.isOptIn }
                .map { ($0.id, $0.defaultSeverity) }))
    }

    /// Every rule, opt-in ones included, with warnings raised to errors; client-support judged by caniemail's
    /// verdicts alone (n → error, a → warning), whatever the reader loses.
    public static var strict: Preset {
        Preset(name: "strict", summary: "every rule, opt-in ones too; warnings become errors; client-support by caniemail's verdicts (n → error, a → warning)",
               rules: Dictionary(uniqueKeysWithValues: RuleRegistry.all.map {
                   ($0.description.id, $0.description.defaultSeverity == .info ? .info : .error)
               }),
               options: [.clientSupport: RuleOptions(["mode": .string("support")], origin: "preset strict")])
    }

    /// The accessibility checks only, for an audit: what screen-reader users, people with low vision and people
    /// who zoom meet, plus the parse errors that make the rest unreliable (the rules tagged `accessibility`).
    public static var accessibility: Preset {
        Preset(name: "accessibility", summary: "accessibility checks only: language, headings, contrast, alt text, link text, table roles, zoom",
               rules: defaults(tagged: .accessibility))
    }

    /// What spam filters score in a template's HTML, offline (the rules tagged `deliverability`): image-only
    /// mail, shortened, numeric and mismatched links, hidden text, forms posting to mailto:, scripts, clipping,
    /// oversized or external styles.
    public static var deliverability: Preset {
        Preset(name: "deliverability", summary: "what spam filters score in the HTML: images without text, shortened, numeric and mismatched links, hidden text, scripts, clipping",
               rules: defaults(tagged: .deliverability))
    }

    /// A Kit email template: the recommended rules plus Kit's required tags, with Liquid errors as errors.
    public static var kitTemplate: Preset {
        var preset = recommended
        preset.name = "kit-template"
        preset.summary = "recommended, plus Kit's required tags ({{ message_content }}, unsubscribe, {{ address }})"
        preset.rules[.kitRequiredTags] = .error
        preset.rules[.liquidSyntax] = .error
        return preset
    }

    /// A Mailchimp template: the recommended rules plus Mailchimp's required merge tags.
    public static var mailchimpTemplate: Preset {
        var preset = recommended
        preset.name = "mailchimp-template"
        preset.summary = "recommended, plus Mailchimp's required merge tags (*|UNSUB|*, list address)"
        preset.rules[.mailchimpRequiredTags] = .error
        preset.rules[.mailchimpMergeTags] = .error
        return preset
    }

    /// The rules with this tag, at their default severities.
    private static func defaults(tagged tag: RuleTag) -> [RuleID: Severity] {
        Dictionary(uniqueKeysWithValues: RuleRegistry.all.map { $0.description }.filter { $0.tags.contains(tag) }
            .map { ($0.id, $0.defaultSeverity) })
    }

    /// A Kit signup form embedded in a web page: the form rules, and the rules that matter for web markup (the
    /// rules tagged `webForm`).
    public static var kitForm: Preset {
        Preset(name: "kit-form", summary: "a signup form for a web page (Kit or another provider): the form rules and the web-markup rules",
               rules: defaults(tagged: .webForm))
    }
}
