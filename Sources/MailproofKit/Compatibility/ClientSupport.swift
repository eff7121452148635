/// A client's support history for one feature, in caniemail's listed order.
///
/// caniemail's rule is that the last listed version is the current one. Version labels mix years, dates and
/// release numbers (`2011`, `2016`, `16.80`), so sorting them picks the wrong "current" one; never sort.
public struct ClientSupport: Hashable, Sendable {
    public var client: ClientID
    public var entries: [SupportEntry]

    public init(client: ClientID, entries: [SupportEntry]) {
        self.client = client
        self.entries = entries
    }

    /// The current verdict: the last listed entry; nil when the history is empty.
    public var current: SupportEntry? { entries.last }

    /// The current support, `.unknown` when nothing is listed.
    public var currentSupport: Support { entries.last?.support ?? .unknown }
}
