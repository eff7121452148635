/// How impacts are put in words for people: `explain`, the README and the hand-off share these.
public enum ImpactWording {
    public static func meaning(_ impact: Impact) -> String {
        switch impact {
        case .none: "a hint only: nothing the reader sees changes"
        case .decoration: "polish is lost, the message is intact"
        case .layout: "things move, stack, overlap or change size"
        case .content: "the reader loses content, or sees content meant to be hidden"
        case .structure: "the client drops more than the feature"
        }
    }

    /// The severity `client-support` gives an impact by default where a client lacks the feature.
    public static func defaultSeverity(_ impact: Impact) -> String {
        impact == .layout ? "\(impact.defaultSeverity.rawValue) (\(impact.defaultSeverity.lower.rawValue) with a fallback in view)"
                          : impact.defaultSeverity.rawValue
    }
}
