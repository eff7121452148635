/// The elements of a document by id, class and tag name, so that a question about one selector ("does it match
/// anything?", "does every match pass this test?") tries only the elements that carry its subject's id, class or
/// tag, as a browser's rule hash does from the other side, instead of every element of the file.
struct MatchCandidates {
    /// By bytes, as `AncestorFilter` and browsers compare classes and ids.
    private var byID = NameMap<[Int32]>()
    private var byClass = NameMap<[Int32]>()
    private var byTag = NameMap<[Int32]>()
    /// Every element, in document order.
    private(set) var all: [Int32] = []

    init(_ facts: ElementFacts) {
        for index in facts.nodes.indices where facts.nodes[index].kind == .element {
            let element = Int32(index)
            all.append(element)
            byTag.update(facts.nodes.name(at: index), initial: []) { $0.append(element) }
            if let id = facts.ids[index] { byID.update(id, initial: []) { $0.append(element) } }
            for (k, name) in facts.classes[index].enumerated() where !facts.classes[index][..<k].contains(name) {
                byClass.update(name, initial: []) { $0.append(element) }
            }
        }
    }

    /// A superset of the elements `selector` matches, in document order: those with its subject's id, else with
    /// one of its subject's classes, else with its subject's tag name, else every element.
    func elements(for selector: CSSComplexSelector) -> [Int32] {
        var className: String?
        var tag: String?
        // By index: a `for in` copied each simple selector, whatever its kind.
        let components = selector.subject.components
        for k in components.indices {
            switch components[k].kind {
            case .id(let id): return byID[id] ?? []
            case .className(let name) where className == nil: className = name
            case .type(let name): tag = name
            default: break
            }
        }
        if let className { return byClass[className] ?? [] }
        if let tag { return byTag[tag] ?? [] }
        return all
    }

    /// A superset of the elements any of `selectors` matches, in document order, each once.
    func elements(forAny selectors: [CSSComplexSelector]) -> [Int32] {
        if selectors.count == 1 { return elements(for: selectors[0]) }
        var union: [Int32] = []
        for selector in selectors {
            let elements = elements(for: selector)
            if elements.count == all.count { return all }
            union += elements
        }
        union.sort()
        var unique: [Int32] = []
        unique.reserveCapacity(union.count)
        for element in union where unique.last != element { unique.append(element) }
        return unique
    }
}
