/// What checking one document gives: its findings, and what kind of file the checks took it for.
public struct LintResult: Sendable {
    public var findings: [Finding]
    public var kind: DocumentKind
    public var kindOrigin: DocumentKind.Origin

    public init(findings: [Finding], kind: DocumentKind, kindOrigin: DocumentKind.Origin) {
        self.findings = findings
        self.kind = kind
        self.kindOrigin = kindOrigin
    }
}
