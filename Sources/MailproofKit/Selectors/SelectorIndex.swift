/// Selectors filed by the most telling simple selector of their rightmost compound (id, else a class, else the
/// tag name, else "any element"), so each element is tested only against selectors that could match it.
///
/// `Payload` is whatever the caller wants back with a match (a rule number, a declaration list…).
struct SelectorIndex<Payload> {
    public struct Entry {
        public var selector: CSSComplexSelector
        public var payload: Payload
        /// `AncestorFilter` bits an element's ancestors must carry for the selector to match it.
        var requiredAncestors: UInt64
    }

    /// By bytes, as `AncestorFilter` and browsers compare classes and ids.
    private var byID = NameMap<[Entry]>()
    private var byClass = NameMap<[Entry]>()
    private var byTag = NameMap<[Entry]>()
    private var universal: [Entry] = []
    public private(set) var count = 0

    public init() {}

    public mutating func add(_ selector: CSSComplexSelector, _ payload: Payload) {
        let entry = Entry(selector: selector, payload: payload, requiredAncestors: AncestorFilter.required(by: selector))
        count += 1
        var className: String?
        var tag: String?
        for simple in selector.subject.components {
            switch simple.kind {
            case .id(let id):
                byID.update(id, initial: []) { $0.append(entry) }
                return
            case .className(let name) where className == nil: className = name
            case .type(let name): tag = name
            default: break
            }
        }
        if let className {
            byClass.update(className, initial: []) { $0.append(entry) }
        } else if let tag {
            byTag.update(tag, initial: []) { $0.append(entry) }
        } else {
            universal.append(entry)
        }
    }

    /// Calls `body` with every entry whose selector matches the element at `index`.
    public func forEachMatch(of index: Node.Index, in matcher: SelectorMatcher, _ body: (Entry) -> Void) {
        let facts = matcher.facts
        let i = Int(index)
        let ancestors = facts.ancestorBits[i]
        let test: (Entry) -> Void = { entry in
            if entry.requiredAncestors & ~ancestors == 0, matcher.matches(entry.selector, element: index) { body(entry) }
        }
        if let id = facts.ids[i], let entries = byID[id] { entries.forEach(test) }
        if !byClass.isEmpty {
            // Each distinct class once; an element has a handful, so a look back beats a set.
            let classes = facts.classes[i]
            for (k, name) in classes.enumerated() where !classes[..<k].contains(name) {
                byClass[name]?.forEach(test)
            }
        }
        byTag[facts.name(index)]?.forEach(test)
        universal.forEach(test)
    }
}
