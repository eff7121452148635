/// One block: its opening tag, the `else`-like tags directly inside it, and its closing tag (nil when unclosed).
struct TemplateBlock: Hashable, Sendable {
    public var open: TemplateTag
    public var elses: [TemplateTag]
    public var close: TemplateTag?

    public var language: TemplateLanguage { open.language }
}

/// Pairs block open/close tags per language and reports what does not pair, for the `liquid-syntax` and
/// `handlebars-syntax` rules. Unterminated tags are ignored (the masker already reported them), and so are
/// unclosed `{% raw %}` / `{% comment %}` blocks for the same reason.
struct TemplateBlockStructure: Hashable, Sendable {
    /// Every block, ordered by its opening tag.
    public var blocks: [TemplateBlock]
    public var problems: [TemplateProblem]

    public init(tags: [TemplateTag]) {
        var blocks: [TemplateBlock] = []
        var problems: [TemplateProblem] = []
        // Open blocks per language, as indexes into `blocks`.
        var stacks: [TemplateLanguage: [Int]] = [:]

        for tag in tags where tag.isTerminated {
            switch tag.kind {
            case .blockOpen:
                blocks.append(TemplateBlock(open: tag, elses: [], close: nil))
                stacks[tag.language, default: []].append(blocks.count - 1)
            case .blockElse:
                guard let top = stacks[tag.language]?.last else {
                    problems.append(TemplateProblem(message: "\(Self.display(tag)) outside any block", range: tag.range))
                    continue
                }
                if let message = Self.misplacedElse(tag, in: blocks[top].open) {
                    problems.append(TemplateProblem(message: message, range: tag.range))
                }
                blocks[top].elses.append(tag)
            case .blockClose:
                var stack = stacks[tag.language] ?? []
                defer { stacks[tag.language] = stack }
                let target = Self.closedName(tag)
                guard let top = stack.last else {
                    problems.append(TemplateProblem(message: Self.withoutOpening(tag), range: tag.range))
                    continue
                }
                if target == nil || blocks[top].open.name == target {
                    blocks[top].close = tag
                    stack.removeLast()
                } else if let depth = stack.lastIndex(where: { blocks[$0].open.name == target }) {
                    // Blocks opened after the one this tag closes were never closed.
                    for index in stack[(depth + 1)...].reversed() {
                        let open = blocks[index].open
                        problems.append(TemplateProblem(
                            message: "Unclosed \(Self.display(open)): \(Self.display(tag)) closes an outer block first",
                            range: open.range))
                    }
                    blocks[stack[depth]].close = tag
                    stack.removeSubrange(depth...)
                } else if tag.language == .handlebars {
                    // Handlebars closes the innermost block whatever the name, and fails on the mismatch.
                    let open = blocks[top].open
                    problems.append(TemplateProblem(
                        message: "\(Self.display(tag)) does not match \(Self.display(open))", range: tag.range))
                    blocks[top].close = tag
                    stack.removeLast()
                } else {
                    problems.append(TemplateProblem(message: Self.withoutOpening(tag), range: tag.range))
                }
            default:
                continue
            }
        }
        for stack in stacks.values {
            for index in stack {
                let open = blocks[index].open
                if open.language == .liquid && (open.name == "raw" || open.name == "comment") { continue }
                problems.append(TemplateProblem(
                    message: "Unclosed \(Self.display(open)): no \(Self.expectedClose(open))", range: open.range))
            }
        }
        self.blocks = blocks
        self.problems = problems.sorted { $0.range < $1.range }
    }

    /// The name of the block a closing tag closes; nil when the tag does not say (Mailchimp `*|END:…|*`).
    static func closedName(_ tag: TemplateTag) -> String? {
        switch tag.language {
        case .liquid: return String(tag.name.dropFirst(3))
        case .handlebars: return tag.name
        case .mailchimp: return nil
        }
    }

    static func misplacedElse(_ tag: TemplateTag, in open: TemplateTag) -> String? {
        guard tag.language == .liquid else { return nil }
        let allowed: Set<String>
        switch tag.name {
        case "else": allowed = ["if", "unless", "case", "for"]
        case "elsif": allowed = ["if", "unless"]
        case "when": allowed = ["case"]
        default: return nil
        }
        return allowed.contains(open.name) ? nil : "\(display(tag)) inside \(display(open))"
    }

    static func withoutOpening(_ tag: TemplateTag) -> String {
        switch tag.language {
        case .liquid: return "\(display(tag)) without an opening {% \(tag.name.dropFirst(3)) %}"
        case .handlebars: return "\(display(tag)) without an opening {{#\(tag.name)}}"
        case .mailchimp: return "\(display(tag)) without an opening *|IF:…|*"
        }
    }

    static func expectedClose(_ open: TemplateTag) -> String {
        switch open.language {
        case .liquid: return "{% end\(open.name) %}"
        case .handlebars: return "{{/\(open.name)}}"
        case .mailchimp: return "*|END:\(open.name)|*"
        }
    }

    /// A short source-like spelling of a tag for messages.
    static func display(_ tag: TemplateTag) -> String {
        switch (tag.language, tag.kind) {
        case (.liquid, _): return "{% \(tag.name) %}"
        case (.handlebars, .blockOpen): return "{{#\(tag.name)}}"
        case (.handlebars, .blockClose): return "{{/\(tag.name)}}"
        case (.handlebars, _): return "{{\(tag.name.isEmpty ? "^" : tag.name)}}"
        case (.mailchimp, .blockClose): return "*|END:…|*"
        case (.mailchimp, _): return "*|\(tag.name):…|*"
        }
    }
}
