/// How serious a finding is. Ordered so that `error > warning > info`, which `--fail-on` compares against.
public enum Severity: String, Comparable, CaseIterable, Sendable {
    case info
    case warning
    case error

    private var rank: Int {
        switch self {
        case .info: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }

    /// One step less serious; info stays info.
    public var lower: Severity {
        switch self {
        case .error: .warning
        case .warning, .info: .info
        }
    }
}
