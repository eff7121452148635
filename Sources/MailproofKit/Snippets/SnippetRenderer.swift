import Mustache

/// Produces a snippet's code: validates the values, adds the values derived from them, renders the template.
public enum SnippetRenderer {
    /// `values` are the user's (`--set`, `--params`); parameters not given take their defaults.
    public static func render(_ snippet: Snippet, values: [String: String], annotate: Bool = false) throws -> String {
        let resolved = try resolve(snippet, values: values)
        var context: [String: Any] = ["annotate": annotate]
        var css: [String: String] = [:]
        var json: [String: String] = [:]
        for parameter in snippet.parameters {
            let value = resolved[parameter.name] ?? ""
            // An empty optional value is absent, so `{{#name}}…{{/name}}` leaves its block out.
            guard !value.isEmpty else { continue }
            if parameter.kind == .bool {
                context[parameter.name] = value == "true"
                continue
            }
            context[parameter.name] = value
            css[parameter.name] = SnippetEscaping.css(value)
            json[parameter.name] = SnippetEscaping.json(value)
            if parameter.kind == .enum {
                context[parameter.name + "_" + identifier(value)] = true
            }
        }
        context["css"] = css
        context["json"] = json
        for (key, value) in SnippetDerivedValues.values(for: snippet.name, resolved) { context[key] = value }
        let template: MustacheTemplate
        do {
            template = try MustacheTemplate(string: snippet.template)
        } catch {
            throw SnippetError("\(snippet.origin)/\(snippet.name).mustache: not a valid Mustache template (\(error))")
        }
        return tidy(template.render(context))
    }

    /// Every parameter's validated value: the user's, else the default. Unknown names are errors, so a typo in
    /// `--set` is not silently ignored.
    public static func resolve(_ snippet: Snippet, values: [String: String]) throws -> [String: String] {
        for name in values.keys.sorted() where snippet.parameter(named: name) == nil {
            throw SnippetError("\(snippet.name) has no parameter '\(name)'; parameters: \(snippet.parameters.map(\.name).joined(separator: ", "))")
        }
        var resolved: [String: String] = [:]
        for parameter in snippet.parameters {
            resolved[parameter.name] = try parameter.validate(values[parameter.name] ?? parameter.defaultValue)
        }
        try SnippetDerivedValues.check(snippet.name, resolved)
        return resolved
    }

    /// `#fff`, `2` → usable in a Mustache name (`align_center`, `count_2`).
    static func identifier(_ value: String) -> String {
        String(value.map { $0.isLetter || $0.isNumber ? $0 : "_" })
    }

    /// Optional blocks leave runs of blank lines behind; one is enough, and the output ends with one newline.
    private static func tidy(_ text: String) -> String {
        var lines: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let blank = line.allSatisfy { $0 == " " || $0 == "\t" }
            if blank, lines.last.map({ $0.isEmpty }) ?? true { continue }
            lines.append(blank ? "" : line)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }
}
