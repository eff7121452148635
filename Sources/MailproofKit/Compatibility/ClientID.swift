/// An email client as caniemail identifies it: a family (`outlook`) on a platform (`windows`), written `outlook.windows`.
///
/// Ids are kept exactly as the data names them, so families or platforms unknown to mailproof still work.
/// Display names ("Outlook (Windows)") come from the database's nicenames: see `CompatDatabase.displayName(of:)`.
public struct ClientID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var family: String
    public var platform: String

    public init(family: String, platform: String) {
        self.family = family
        self.platform = platform
    }

    /// Parses `family.platform`; the family is everything before the first dot.
    public init?(_ text: String) {
        guard let dot = text.firstIndex(of: "."), dot != text.startIndex, text.index(after: dot) != text.endIndex else {
            return nil
        }
        self.init(family: String(text[..<dot]), platform: String(text[text.index(after: dot)...]))
    }

    public var description: String { "\(family).\(platform)" }

    public static func < (lhs: ClientID, rhs: ClientID) -> Bool {
        (lhs.family, lhs.platform) < (rhs.family, rhs.platform)
    }
}
