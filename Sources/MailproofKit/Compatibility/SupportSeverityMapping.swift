/// How a client's support for a feature turns into a finding: by default `n` → error, `a` → warning,
/// `u` → not reported. `y` is never reported.
public struct SupportSeverityMapping: Sendable, Hashable {
    public var unsupported: Severity?
    public var partial: Severity?
    public var unknown: Severity?

    public init(unsupported: Severity? = .error, partial: Severity? = .warning, unknown: Severity? = nil) {
        self.unsupported = unsupported
        self.partial = partial
        self.unknown = unknown
    }

    public static let `default` = SupportSeverityMapping()

    /// The severity for one verdict; nil means not reported.
    public func severity(for support: Support) -> Severity? {
        switch support {
        case .yes: nil
        case .no: unsupported
        case .partial: partial
        case .unknown: unknown
        }
    }

    /// The worst severity over several clients' verdicts; nil when none is reported.
    public func severity(for supports: some Sequence<Support>) -> Severity? {
        supports.compactMap(severity(for:)).max()
    }

    /// Sets one mapping from configuration text. `support` is `n`/`no`/`unsupported`, `a`/`partial`, or
    /// `u`/`unknown`; `severity` is `error`, `warning`, `info`, or `ignore`/`off`/`none` to not report.
    public mutating func set(support: String, severity: String) throws {
        let level: Severity?
        switch severity.lowercased() {
        case "ignore", "off", "none": level = nil
        default:
            guard let parsed = Severity(rawValue: severity.lowercased()) else {
                throw SupportSeverityMappingError(
                    message: "unknown severity '\(severity)' for '\(support)'; use error, warning, info or ignore")
            }
            level = parsed
        }
        switch support.lowercased() {
        case "n", "no", "unsupported": unsupported = level
        case "a", "partial": partial = level
        case "u", "unknown": unknown = level
        default:
            throw SupportSeverityMappingError(
                message: "unknown support value '\(support)'; use n (unsupported), a (partial) or u (unknown)")
        }
    }
}

struct SupportSeverityMappingError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
