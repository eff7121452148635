/// A named starting set of rules and severities, chosen with `extends:`. Presets are plain tables.
public struct Preset: Sendable {
    public var name: String
    public var summary: String
    /// Rule id → severity; rules not listed are off.
    public var rules: [String: Severity]

    public static let all: [Preset] = [recommended, strict]

    public static func named(_ name: String) -> Preset? { all.first { $0.name == name } }

    /// Every rule that is not opt-in, at its default severity. The default when a configuration names none.
    public static var recommended: Preset {
        Preset(name: "recommended", summary: "every rule that is right for almost every email, at its default severity",
               rules: Dictionary(uniqueKeysWithValues: RuleRegistry.all
                .filter { !$0.description.isOptIn }
                .map { ($0.description.id, $0.description.defaultSeverity) }))
    }

    /// Every rule, opt-in ones included, with warnings raised to errors.
    public static var strict: Preset {
        Preset(name: "strict", summary: "every rule, opt-in ones too; warnings become errors",
               rules: Dictionary(uniqueKeysWithValues: RuleRegistry.all.map {
                   ($0.description.id, $0.description.defaultSeverity == .info ? .info : .error)
               }))
    }
}
