/// What checking one document gives: its findings, and what kind of file the checks took it for.
public struct LintResult: Sendable {
    public var findings: [Finding]
    public var kind: DocumentKind
    public var kindOrigin: DocumentKind.Origin
    /// The service the file's signup form sends addresses to (Kit, Mailchimp…), or nil when it holds no form.
    public var provider: FormProvider?

    public init(findings: [Finding], kind: DocumentKind, kindOrigin: DocumentKind.Origin, provider: FormProvider? = nil) {
        self.findings = findings
        self.kind = kind
        self.kindOrigin = kindOrigin
        self.provider = provider
    }
}
