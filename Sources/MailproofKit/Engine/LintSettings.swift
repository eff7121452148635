/// Settings that every rule of a run can read.
public struct LintSettings: Sendable {
    /// The clients and support data compatibility checks judge against.
    public var compatibility: CompatibilityTarget
    /// Template languages to mask; nil means detect them per file.
    public var templateLanguages: Set<TemplateLanguage>?
    /// What the configuration says the files are; nil means infer it per file.
    public var kind: DocumentKind?
    /// The email service provider the templates are written for.
    public var esp: ESPProfile

    public init(compatibility: CompatibilityTarget = .standard, templateLanguages: Set<TemplateLanguage>? = nil,
                kind: DocumentKind? = nil, esp: ESPProfile = .generic) {
        self.compatibility = compatibility
        self.templateLanguages = templateLanguages
        self.kind = kind
        self.esp = esp
    }
}
