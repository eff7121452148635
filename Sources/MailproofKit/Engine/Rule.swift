/// A check. One type per rule, in one file under `Rules/<Category>/`, registered in `RuleRegistry`.
///
/// Rules are values: the configuration makes one prototype per enabled rule (with its options), and each file
/// gets a fresh copy, so a rule may keep per-file state in stored properties. All rules share one walk over the
/// document: a rule that sets `visitsElements` is called for every element in document order, then every rule's
/// `finish` runs.
public protocol Rule {
    static var description: RuleDescription { get }
    /// Builds the rule with the options the configuration gives it (empty when none).
    init(options: RuleOptions) throws
    /// Whether `visit(_:_:)` should be called for each element.
    static var visitsElements: Bool { get }
    /// The lower-case tag names of the only elements `visit(_:_:)` reads, when it reads only some (it is then not
    /// called for the others); nil for every element.
    static var visitedElementNames: Set<String>? { get }
    mutating func visit(_ element: Element, _ context: RuleContext)
    mutating func finish(_ document: Document, _ context: RuleContext)
}

extension Rule {
    public static var visitsElements: Bool { false }
    public static var visitedElementNames: Set<String>? { nil }
    public mutating func visit(_ element: Element, _ context: RuleContext) {}
    public mutating func finish(_ document: Document, _ context: RuleContext) {}
}

/// A rule that takes no options.
protocol OptionlessRule: Rule {
    init()
}

extension OptionlessRule {
    public init(options: RuleOptions) throws {
        self.init()
    }
}
