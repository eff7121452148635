/// What the reader loses where an email client drops a feature. The severity of a `client-support` finding follows
/// from it (and from the clients that lose it), not from caniemail's verdict alone: a square corner in Outlook is
/// not the same failure as an image Gmail cannot show.
public enum Impact: String, CaseIterable, Comparable, Sendable, Codable {
    /// A hint only: nothing the reader sees changes (lang, dir, role, aria-*, color-scheme).
    case none
    /// Polish is lost, the message is intact (rounded corners, shadows, hover states, web fonts with a stack).
    case decoration
    /// Things move, stack, overlap or change size (flex, grid, float, position, min/max sizes).
    case layout
    /// The reader loses content or sees content meant to be hidden (image formats, video, SVG, forms).
    case content
    /// The client drops more than the feature: a whole `<style>` block, or the message's own styles.
    case structure

    /// The position in the declaration order above (0 for none): the order of `<`, and an array index.
    var rank: Int {
        switch self {
        case .none: 0
        case .decoration: 1
        case .layout: 2
        case .content: 3
        case .structure: 4
        }
    }

    public static func < (lhs: Impact, rhs: Impact) -> Bool { lhs.rank < rhs.rank }

    /// The severity `client-support` gives by default where a client lacks a feature of this impact (layout is
    /// one step lower with a fallback in view, partial support one step lower still).
    public var defaultSeverity: Severity {
        switch self {
        case .none, .decoration: .info
        case .layout, .content, .structure: .error
        }
    }
}

/// One feature's impact and, in our words, what the reader sees where a client drops it: a noun phrase that
/// reads after "Outlook (Windows) shows …" ("square corners instead of rounded ones").
public struct FeatureImpact: Sendable, Hashable {
    public var impact: Impact
    public var sees: String

    public init(_ impact: Impact, _ sees: String) {
        self.impact = impact
        self.sees = sees
    }
}
