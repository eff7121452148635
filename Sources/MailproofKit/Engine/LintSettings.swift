/// Settings that every rule of a run can read.
public struct LintSettings: Sendable {
    /// Client patterns (`gmail.*`, `outlook.windows`, presets) the compatibility checks judge against.
    public var clients: [String]
    /// Template languages to mask; nil means detect them per file.
    public var templateLanguages: Set<TemplateLanguage>?

    public init(clients: [String] = ["default"], templateLanguages: Set<TemplateLanguage>? = nil) {
        self.clients = clients
        self.templateLanguages = templateLanguages
    }
}
