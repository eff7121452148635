/// Settings that every rule of a run can read.
public struct LintSettings: Sendable {
    /// The clients and support data compatibility checks judge against.
    public var compatibility: CompatibilityTarget
    /// Template languages to mask; nil means detect them per file.
    public var templateLanguages: Set<TemplateLanguage>?

    public init(compatibility: CompatibilityTarget = .standard, templateLanguages: Set<TemplateLanguage>? = nil) {
        self.compatibility = compatibility
        self.templateLanguages = templateLanguages
    }
}
