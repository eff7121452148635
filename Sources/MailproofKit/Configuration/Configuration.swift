import Yams

/// A `.mailproof.yml` file:
///
///     extends: recommended          # a preset (mailproof rules --preset NAME shows one)
///     rules:
///       no-javascript: off          # off | info | warning | error
///       css-syntax: { severity: warning }
///     clients: [default, "gmail.*"] # which email clients to judge compatibility against
///     templating: auto              # auto | none | a list of liquid, handlebars, mailchimp
///     include: ["**/*.html"]        # globs, relative to this file's folder
///     exclude: ["vendor/**"]
///     maxFileSize: 20000000         # bytes; larger files are not read
///     esp: kit                      # kit | mailchimp | generic: merge-tag language and required tags
///     kind: template                # template | message | form | snippet; default: inferred per file
///     templates: [email/snippets]   # folders of a team's snippets (mailproof snippet), relative to this file
public struct Configuration: Sendable {
    public enum RuleSetting: Sendable {
        case off
        case on(severity: Severity?, options: RuleOptions)
    }

    /// The file this came from; nil for the built-in default.
    public var path: String?
    public var extends = "recommended"
    public var rules: [(id: String, setting: RuleSetting)] = []
    public var clients: [String]?
    /// nil: detect per file.
    public var templating: Set<TemplateLanguage>?
    public var include: [Glob] = []
    public var exclude: [Glob] = []
    public var maxFileSize = Configuration.defaultMaxFileSize
    public var compatData: String?
    /// The email service provider: its merge-tag language (unless `templating:` says otherwise) and its
    /// required-tags rule.
    public var esp = ESPProfile.generic
    /// What the files are; nil means infer it per file.
    public var kind: DocumentKind?
    /// Folders of snippet templates that add to or replace the built-in ones, as written (relative to `directory`).
    public var templates: [String] = []

    /// Generous enough for any real email (Gmail clips at 102 KB), small enough that a stray dump cannot exhaust memory.
    public static let defaultMaxFileSize = 50_000_000

    public static let fileNames = [".mailproof.yml", ".mailproof.yaml"]

    public init() {}

    /// The template languages to mask: `templating:`, else the provider's, else detect per file.
    public var effectiveTemplateLanguages: Set<TemplateLanguage>? { templating ?? esp.templateLanguages }

    /// The folder holding the configuration file, which include/exclude globs are relative to.
    public var directory: String? { path.map(PathName.directory) }

    // MARK: - Reading

    public static func load(path: String) throws -> Configuration {
        let text: String
        do {
            text = try FileReading.readText(path)
        } catch {
            throw ConfigurationError(message: "cannot read configuration: \(error)", location: path)
        }
        return try parse(yaml: text, path: path)
    }

    public static func parse(yaml: String, path: String) throws -> Configuration {
        var configuration = Configuration()
        configuration.path = path
        let root: Yams.Node?
        do {
            root = try YAMLReading.compose(yaml)
        } catch let error as YamlError {
            throw ConfigurationError(message: "not valid YAML: \(Self.describe(error))", location: path)
        }
        guard let root else { return configuration }
        guard let mapping = root.mapping else {
            throw ConfigurationError(message: "the configuration must be a mapping of keys (extends, rules, clients…)", location: where_(path, root))
        }
        for (keyNode, value) in mapping {
            guard let key = keyNode.string else {
                throw ConfigurationError(message: "keys must be strings", location: where_(path, keyNode))
            }
            let location = where_(path, value)
            switch key {
            case "extends":
                guard let name = value.string, Preset.names.contains(name) else {
                    throw ConfigurationError(message: "extends: unknown preset '\(value.string ?? "")'; presets: \(Preset.names.joined(separator: ", "))", location: location)
                }
                configuration.extends = name
            case "rules":
                configuration.rules = try parseRules(value, path: path)
            case "clients":
                configuration.clients = try stringList(value, key: key, path: path)
            case "templating":
                configuration.templating = try parseTemplating(value, path: path)
            case "include":
                configuration.include = try stringList(value, key: key, path: path).map(Glob.init)
            case "exclude":
                configuration.exclude = try stringList(value, key: key, path: path).map(Glob.init)
            case "maxFileSize":
                guard let size = value.int, size > 0 else {
                    throw ConfigurationError(message: "maxFileSize must be a positive number of bytes", location: location)
                }
                configuration.maxFileSize = size
            case "templates":
                configuration.templates = try stringList(value, key: key, path: path)
            case "compatData":
                guard let file = value.string else {
                    throw ConfigurationError(message: "compatData must be a path to a caniemail data file", location: location)
                }
                configuration.compatData = file
            case "esp":
                guard let name = value.string, let esp = ESPProfile(rawValue: name.lowercased()) else {
                    throw ConfigurationError(message: "esp: unknown provider '\(value.string ?? "")' (kit, mailchimp, generic)", location: location)
                }
                configuration.esp = esp
            case "kind":
                guard let name = value.string, let kind = DocumentKind(rawValue: name.lowercased()) else {
                    throw ConfigurationError(message: "kind: unknown kind '\(value.string ?? "")' (template, message, form, snippet)", location: location)
                }
                configuration.kind = kind
            default:
                throw ConfigurationError(message: "unknown key '\(key)' (known: extends, rules, clients, templating, include, exclude, maxFileSize, compatData, esp, kind, templates)",
                                         location: where_(path, keyNode))
            }
        }
        return configuration
    }

    private static func parseRules(_ node: Yams.Node, path: String) throws -> [(id: String, setting: RuleSetting)] {
        // `rules:` with every entry commented out (as `mailproof init` writes it) changes nothing.
        if case .scalar(let scalar) = node, scalar.style == .plain, ["", "~", "null"].contains(scalar.string) { return [] }
        guard let mapping = node.mapping else {
            throw ConfigurationError(message: "rules must map rule ids to off, a severity, or { severity, options }", location: where_(path, node))
        }
        var result: [(id: String, setting: RuleSetting)] = []
        for (keyNode, value) in mapping {
            let id = keyNode.string ?? ""
            guard RuleRegistry.rule(id: id) != nil else {
                throw ConfigurationError(message: "rules: unknown rule '\(id)' (mailproof rules lists them)", location: where_(path, keyNode))
            }
            if let word = value.string ?? value.bool.map({ $0 ? "on" : "off" }) {
                result.append((id, try setting(word, path: path, node: value)))
                continue
            }
            guard let options = value.mapping else {
                throw ConfigurationError(message: "rules.\(id) must be off, info, warning, error or { severity, options }", location: where_(path, value))
            }
            var severity: Severity?
            var ruleOptions = RuleOptions(origin: where_(path, value))
            for (optionKey, optionValue) in options {
                switch optionKey.string {
                case "severity":
                    if case .on(let level, _) = try setting(optionValue.string ?? "", path: path, node: optionValue) { severity = level }
                case "options":
                    guard let values = optionValue.mapping else {
                        throw ConfigurationError(message: "rules.\(id).options must be a mapping", location: where_(path, optionValue))
                    }
                    for (name, v) in values { ruleOptions.values[name.string ?? ""] = try optionValueOf(v, path: path) }
                default:
                    throw ConfigurationError(message: "rules.\(id): unknown key '\(optionKey.string ?? "")' (known: severity, options)", location: where_(path, optionKey))
                }
            }
            result.append((id, .on(severity: severity, options: ruleOptions)))
        }
        return result
    }

    private static func setting(_ word: String, path: String, node: Yams.Node) throws -> RuleSetting {
        switch word {
        case "off": return .off
        case "on": return .on(severity: nil, options: .none)
        default:
            guard let severity = Severity(rawValue: word) else {
                throw ConfigurationError(message: "'\(word)' is not a rule setting (off, on, info, warning, error)", location: where_(path, node))
            }
            return .on(severity: severity, options: .none)
        }
    }

    private static func optionValueOf(_ node: Yams.Node, path: String) throws -> RuleOptions.Value {
        if let list = node.sequence { return .list(try list.map { try optionValueOf($0, path: path) }) }
        guard let scalar = node.scalar else {
            throw ConfigurationError(message: "option values must be strings, numbers, booleans or lists", location: where_(path, node))
        }
        if scalar.style == .plain {
            if let bool = node.bool { return .bool(bool) }
            if let number = node.float { return .number(number) }
        }
        return .string(scalar.string)
    }

    private static func parseTemplating(_ node: Yams.Node, path: String) throws -> Set<TemplateLanguage>? {
        if let word = node.string {
            switch word {
            case "auto": return nil
            case "none": return []
            default: break
            }
        }
        let names = try stringList(node, key: "templating", path: path)
        return Set(try names.map { name in
            guard let language = TemplateLanguage(rawValue: name) else {
                throw ConfigurationError(message: "templating: unknown language '\(name)' (auto, none, liquid, handlebars, mailchimp)", location: where_(path, node))
            }
            return language
        })
    }

    private static func stringList(_ node: Yams.Node, key: String, path: String) throws -> [String] {
        if let single = node.scalar { return [single.string] }
        guard let list = node.sequence else {
            throw ConfigurationError(message: "\(key) must be a list of strings", location: where_(path, node))
        }
        return try list.map { item in
            guard let string = item.string else {
                throw ConfigurationError(message: "\(key) must be a list of strings", location: where_(path, item))
            }
            return string
        }
    }

    private static func where_(_ path: String, _ node: Yams.Node) -> String {
        node.mark.map { "\(path):\($0.line):\($0.column)" } ?? path
    }

    private static func describe(_ error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _):
            return "\(problem) at line \(mark.line), column \(mark.column)"
        default:
            return "\(error)"
        }
    }

    // MARK: - Using

    /// The enabled rules with their severities and options: the preset, then this file's `rules:`.
    public func enabledRules() throws -> [Linter.EnabledRule] {
        let preset = Preset.named(extends) ?? .recommended
        var severities = preset.rules
        if let id = esp.requiredTagsRule, severities[id] == nil, let rule = RuleRegistry.rule(id: id) {
            severities[id] = rule.description.defaultSeverity
        }
        var options = preset.options
        for (name, setting) in rules {
            let id = RuleID(name)
            switch setting {
            case .off:
                severities[id] = nil
            case .on(let severity, let ruleOptions):
                severities[id] = severity ?? severities[id] ?? RuleRegistry.rule(id: id)?.description.defaultSeverity
                if !ruleOptions.values.isEmpty {
                    var merged = options[id] ?? ruleOptions
                    merged.values.merge(ruleOptions.values) { _, own in own }
                    merged.origin = ruleOptions.origin
                    options[id] = merged
                }
            }
        }
        return try RuleRegistry.all.compactMap { type in
            let id = type.description.id
            guard let severity = severities[id] else { return nil }
            return Linter.EnabledRule(rule: try type.make(options: options[id] ?? .none), severity: severity)
        }
    }

    /// The `templates:` folders as paths usable from the working directory.
    public var templateFolders: [String] {
        templates.map { $0.hasPrefix("/") ? $0 : PathName.join(directory ?? ".", $0) }
    }

    /// Whether a file (path relative to this configuration's folder) is checked, by `include:` and `exclude:`.
    public func includes(relativePath: String) -> Bool {
        if !include.isEmpty, !include.contains(where: { $0.matches(relativePath) }) { return false }
        return !exclude.contains { $0.matches(relativePath) }
    }
}
