/// How well a client supports a feature, from caniemail's letters `y`, `n`, `a` (partial) and `u`.
public enum Support: String, Sendable, CaseIterable, Hashable {
    case yes = "y"
    case no = "n"
    case partial = "a"
    case unknown = "u"

    /// Any letter caniemail may add later is treated as unknown rather than rejected.
    public init(letter: String) {
        self = Support(rawValue: letter) ?? .unknown
    }

    /// The caniemail letter (`y`, `n`, `a`, `u`).
    public var letter: String { rawValue }

    /// Name used in configuration files and messages.
    public var name: String {
        switch self {
        case .yes: "supported"
        case .no: "unsupported"
        case .partial: "partial"
        case .unknown: "unknown"
        }
    }
}
