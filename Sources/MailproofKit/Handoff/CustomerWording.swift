/// How a problem is explained to a customer in a hand-off: plain words, no rule ids or tag names where they can
/// be avoided. Written separately from the engineers' finding messages, one entry per rule.
public struct CustomerWording: Sendable {
    /// What is wrong, as a heading: "Some images have no description".
    public var problem: String
    /// Who notices and why it matters.
    public var why: String
    /// What the customer should do when mailproof could not correct it.
    public var action: String
    /// The email apps or readers affected, for rules that are not about one client's support.
    public var affects: String

    public init(problem: String, why: String, action: String, affects: String) {
        self.problem = problem
        self.why = why
        self.action = action
        self.affects = affects
    }

    /// The wording for a rule (its description's), or nil for rules that never appear in a hand-off.
    public static func forRule(_ id: RuleID) -> CustomerWording? { RuleRegistry.rule(id: id)?.description.wording }

    /// Who a problem of the whole email affects.
    static let everyone = "every email app"
    /// Who a signup form's problem affects.
    static let formVisitors = "everyone who fills in the form"
}
