/// Runs a set of configured rules over documents: one parse, one shared walk, directives, locations.
public struct Linter: @unchecked Sendable {
    /// An enabled rule: its prototype (options applied) and the severity the configuration gives it.
    public struct EnabledRule: @unchecked Sendable {
        public var rule: any Rule
        public var severity: Severity

        public init(rule: any Rule, severity: Severity) {
            self.rule = rule
            self.severity = severity
        }

        var id: RuleID { type(of: rule).description.id }
    }

    public let rules: [EnabledRule]
    public let settings: LintSettings
    /// For each rule, the slots in `visitedNames` of the only element names it visits; nil for every element.
    private let visitedNameSlots: [[Int]?]
    /// The tag names some rule visits alone, numbered.
    private let visitedNames: NameTable<Int>
    private let visitedNameCount: Int
    /// Each rule's id and severity, read once: asking the rule type for its description copies the whole
    /// description (examples included), and the walk asks once per element and rule.
    private let ruleIDs: [RuleID]
    private let severities: [Severity]
    /// For each kind of file, which rules apply to it (by rule index) and which of those visit elements: worked
    /// out once, not with a set look-up per rule and file.
    private let byKind: [(kind: DocumentKind, applies: [Bool], visitors: [Int])]
    private let reportsUnusedDirectives: Severity?
    /// What rules keep between the files this linter checks (its rules and settings never change).
    private let memory = LinterMemory()

    public init(rules: [EnabledRule], settings: LintSettings = LintSettings()) {
        self.rules = rules
        self.settings = settings
        let visitors = rules.indices.filter { type(of: rules[$0].rule).visitsElements }
        var slots: [String: Int] = [:]
        visitedNameSlots = rules.map { enabled in
            type(of: enabled.rule).visitedElementNames.map { names in
                names.sorted().map { name in
                    if let slot = slots[name] { return slot }
                    slots[name] = slots.count
                    return slots.count - 1
                }
            }
        }
        visitedNames = NameTable(slots)
        visitedNameCount = slots.count
        ruleIDs = rules.map(\.id)
        severities = rules.map(\.severity)
        let ruleKinds = rules.map { type(of: $0.rule).description.kinds }
        byKind = DocumentKind.allCases.map { kind in
            let applies = ruleKinds.map { $0.contains(kind) }
            return (kind, applies, visitors.filter { applies[$0] })
        }
        reportsUnusedDirectives = rules.first { $0.id == RuleID.unusedDirective }?.severity
    }

    /// Parses and checks one source file.
    public func lint(_ source: SourceFile) -> [Finding] {
        check(source).findings
    }

    /// Checks a parsed document; findings come sorted by position, then rule.
    public func lint(_ document: Document) -> [Finding] {
        check(document).findings
    }

    /// Parses and checks one source file, saying what kind of file it took it for.
    public func check(_ source: SourceFile) -> LintResult {
        check(Document.parse(source, languages: settings.templateLanguages))
    }

    public func check(_ document: Document) -> LintResult {
        let context = RuleContext(document: document, settings: settings, memory: memory, ruleIDs: ruleIDs, severities: severities)
        var active = rules.map(\.rule)
        // A rule runs only on the kinds of file its description names.
        let kind = context.kind
        guard let (_, applies, visitors) = byKind.first(where: { $0.kind == kind }) else {
            preconditionFailure("every kind of file is listed")
        }
        if !visitors.isEmpty {
            // Rule by rule, each over the elements it visits (every one, or those of the names it gives): one rule's
            // code stays in the instruction cache and its call site keeps one target, where element by element
            // every call went to another rule. Findings are sorted below, and no rule reads what another rule's
            // visits leave.
            let nodes = document.nodes
            var elements: [Int] = []
            // The elements of each name a rule visits alone (`Rule.visitedElementNames`), in document order.
            var named = [[Int]](repeating: [], count: visitedNameCount)
            for index in nodes.indices where nodes[index].kind == .element {
                elements.append(index)
                if visitedNameCount > 0, let slot = visitedNames[nodes.name(at: index)] { named[slot].append(index) }
            }
            for r in visitors {
                context.begin(r)
                let visited: [Int]
                switch visitedNameSlots[r] {
                case nil: visited = elements
                case let slots? where slots.count == 1: visited = named[slots[0]]
                case let slots?: visited = slots.flatMap { named[$0] }.sorted()
                }
                for index in visited {
                    active[r].visit(Element(document: document, index: Node.Index(index)), context)
                }
            }
        }
        for r in active.indices where applies[r] {
            context.begin(r)
            active[r].finish(document, context)
        }
        let raw = applyDirectives(context.findings, in: document)
        // All at once: one location at a time is quadratic for many findings on one minified line.
        var offsets: [Int] = []
        offsets.reserveCapacity(2 * raw.count)
        for k in raw.indices {
            offsets.append(raw[k].range.start)
            offsets.append(raw[k].range.end)
        }
        let locations = document.source.lineIndex.locations(of: offsets)
        // The order sorted as indices: a finding is a large value, and sorting them moved each a dozen times.
        let order = raw.indices.sorted { (a: Int, b: Int) -> Bool in
            raw[a].range.start != raw[b].range.start ? raw[a].range.start < raw[b].range.start
                : (raw[a].ruleID != raw[b].ruleID ? raw[a].ruleID < raw[b].ruleID : raw[a].message < raw[b].message)
        }
        let findings: [Finding] = order.map { (k: Int) -> Finding in
            let finding = raw[k]
            return Finding(ruleID: finding.ruleID, severity: finding.severity, message: finding.message, range: finding.range,
                           start: locations[2 * k], end: locations[2 * k + 1],
                           clients: finding.clients, feature: finding.feature, fix: finding.fix, url: finding.url,
                           impact: finding.impact, snippet: finding.snippet)
        }
        let resolution = context.kindResolution
        return LintResult(findings: findings, kind: resolution.kind, kindOrigin: resolution.origin, provider: context.provider)
    }

    /// Drops findings silenced by inline directives, and reports the directives that silenced nothing.
    private func applyDirectives(_ findings: [RawFinding], in document: Document) -> [RawFinding] {
        let directives = Directive.parse(document)
        guard !directives.isEmpty else { return findings }
        var used = [Bool](repeating: false, count: directives.count)
        var kept: [RawFinding] = []
        for finding in findings {
            var silenced = false
            for (index, directive) in directives.enumerated() where directive.kind != .enable && directive.applies(to: finding) {
                used[index] = true
                silenced = true
            }
            if !silenced { kept.append(finding) }
        }
        if let severity = reportsUnusedDirectives {
            kept += unusedDirectiveFindings(directives, used: &used, severity: severity)
        }
        return kept
    }

    /// Directives that silenced nothing or name unknown rules. Another directive may silence such a report
    /// (which then counts as used); a directive never silences the report about itself.
    private func unusedDirectiveFindings(_ directives: [Directive], used: inout [Bool], severity: Severity) -> [RawFinding] {
        let known = Set(RuleRegistry.all.map { $0.description.id.rawValue })
        var candidates: [(directive: Int, namesUnknownRule: Bool, finding: RawFinding)] = []
        for (index, directive) in directives.enumerated() where directive.kind != .enable {
            let unknown = directive.rules.subtracting(known).sorted()
            let message: String
            if !unknown.isEmpty {
                message = "'\(directive.kind.rawValue)' names unknown rule\(unknown.count == 1 ? "" : "s") \(unknown.joined(separator: ", "))"
            } else if !used[index] {
                let what = directive.rules.isEmpty ? "any rule" : directive.rules.sorted().joined(separator: ", ")
                message = "'\(directive.kind.rawValue)' does not silence \(what) here; remove it"
            } else {
                continue
            }
            candidates.append((index, !unknown.isEmpty, RawFinding(ruleID: RuleID.unusedDirective, severity: severity,
                                                 message: message, range: directive.range, clients: [], feature: nil,
                                                 fix: [], url: nil)))
        }
        var silenced = Set<Int>()
        for (position, candidate) in candidates.enumerated() {
            for (index, other) in directives.enumerated()
            where index != candidate.directive && other.kind != .enable && other.applies(to: candidate.finding) {
                used[index] = true
                silenced.insert(position)
            }
        }
        return candidates.enumerated().compactMap { position, candidate in
            let stillUnused = !used[candidate.directive] || candidate.namesUnknownRule
            return stillUnused && !silenced.contains(position) ? candidate.finding : nil
        }
    }
}
