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
        // By index: a `for in` copied each simple selector, whatever its kind.
        let components = selector.subject.components
        for k in components.indices {
            switch components[k].kind {
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

    /// Calls `body` with the payload and specificity of every entry whose selector matches the element at `index`
    /// (the two fields a cascade reads, not a copy of the entry).
    public func forEachMatch(of index: Node.Index, in matcher: SelectorMatcher, _ body: (Payload, CSSSpecificity) -> Void) {
        let facts = matcher.facts
        let i = Int(index)
        let ancestors = facts.ancestorBits[i]
        // By index, the ancestor bits read in place: most entries fail that test, and a copy of each (its selector's
        // text and compounds retained) cost more than the test.
        func test(_ entries: [Entry]) {
            entries.withUnsafeBufferPointer { entries in
                for k in entries.indices where entries[k].requiredAncestors & ~ancestors == 0 {
                    if matcher.matches(compounds: entries[k].selector.compounds, element: index) {
                        body(entries[k].payload, entries[k].selector.specificity)
                    }
                }
            }
        }
        if let id = facts.ids[i], let entries = byID[id] { test(entries) }
        if !byClass.isEmpty {
            // Each distinct class once; an element has a handful, so a look back beats a set.
            let classes = facts.classes[i]
            for (k, name) in classes.enumerated() where !classes[..<k].contains(name) {
                if let entries = byClass[name] { test(entries) }
            }
        }
        if let entries = byTag[facts.name(index)] { test(entries) }
        test(universal)
    }
}
