import Yams

/// A building block that `mailproof snippet NAME` prints: a Mustache template and the manifest describing it.
public struct Snippet: Sendable {
    public var name: String
    /// One line: what the block is for.
    public var purpose: String
    public var parameters: [SnippetParameter]
    /// Values that make a good example for `mailproof snippet show` (on top of the defaults).
    public var example: [String: String]
    public var template: String
    /// "built-in", or the folder a team's snippet came from.
    public var origin: String

    public init(name: String, purpose: String, parameters: [SnippetParameter], example: [String: String] = [:],
                template: String, origin: String) {
        self.name = name
        self.purpose = purpose
        self.parameters = parameters
        self.example = example
        self.template = template
        self.origin = origin
    }

    public func parameter(named name: String) -> SnippetParameter? { parameters.first { $0.name == name } }

    /// Names `list` and `show` are the snippet command's own words.
    static let reservedNames: Set<String> = ["list", "show", "help"]

    /// Reads a manifest (`NAME.yml`):
    ///
    ///     purpose: Bulletproof button …
    ///     parameters:
    ///       - { name: url, type: url, default: "https://example.com", description: Where it links }
    ///       - { name: align, type: enum, values: [left, center, right], default: center, description: … }
    ///     example: { label: Buy now }
    static func parseManifest(_ yaml: String, name: String, template: String, origin: String) throws -> Snippet {
        let location = "\(origin)/\(name).yml"
        let root: Yams.Node?
        do {
            root = try YAMLReading.compose(yaml)
        } catch {
            throw SnippetError("\(location): not valid YAML")
        }
        guard let mapping = root?.mapping else { throw SnippetError("\(location): the manifest must be a mapping") }
        guard !reservedNames.contains(name), name.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }) else {
            throw SnippetError("\(location): '\(name)' cannot be a snippet name (lower-case letters, digits and '-'; not list, show or help)")
        }
        var purpose = ""
        var parameters: [SnippetParameter] = []
        var example: [String: String] = [:]
        for (key, value) in mapping {
            switch key.string {
            case "purpose":
                purpose = value.string ?? ""
            case "parameters":
                for item in value.sequence ?? [] {
                    parameters.append(try parseParameter(item, location: location))
                }
            case "example":
                for (exampleKey, exampleValue) in value.mapping ?? [:] {
                    example[exampleKey.string ?? ""] = exampleValue.string ?? ""
                }
            default:
                throw SnippetError("\(location): unknown key '\(key.string ?? "")' (known: purpose, parameters, example)")
            }
        }
        guard !purpose.isEmpty else { throw SnippetError("\(location): purpose is missing") }
        let snippet = Snippet(name: name, purpose: purpose, parameters: parameters, example: example, template: template, origin: origin)
        for (key, value) in example {
            guard let parameter = snippet.parameter(named: key) else { throw SnippetError("\(location): example names unknown parameter '\(key)'") }
            do { _ = try parameter.validate(value) } catch let error as SnippetError { throw SnippetError("\(location): example \(error.message)") }
        }
        return snippet
    }

    private static func parseParameter(_ node: Yams.Node, location: String) throws -> SnippetParameter {
        guard let fields = node.mapping else { throw SnippetError("\(location): each parameter must be a mapping") }
        var values: [String: Yams.Node] = [:]
        for (key, value) in fields { values[key.string ?? ""] = value }
        guard let name = values["name"]?.string, !name.isEmpty,
              name.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "_") }) else {
            throw SnippetError("\(location): a parameter needs a name of lower-case letters, digits and '_'")
        }
        guard let typeName = values["type"]?.string, let kind = SnippetParameter.Kind(rawValue: typeName) else {
            throw SnippetError("\(location): parameter \(name): type must be one of \(SnippetParameter.Kind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let choices = values["values"]?.sequence?.compactMap(\.string) ?? []
        if kind == .enum, choices.isEmpty { throw SnippetError("\(location): parameter \(name): an enum needs values") }
        let parameter = SnippetParameter(
            name: name, kind: kind, defaultValue: values["default"]?.string ?? "",
            description: values["description"]?.string ?? "", choices: choices,
            minimum: values["min"]?.int, maximum: values["max"]?.int,
            optional: values["optional"]?.bool ?? false, pattern: values["pattern"]?.string)
        do {
            _ = try parameter.validate(parameter.defaultValue)
        } catch let error as SnippetError {
            throw SnippetError("\(location): default \(error.message)")
        }
        return parameter
    }
}
