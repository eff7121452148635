/// What `mailproof snippet list` and `mailproof snippet show` print.
public enum SnippetListing {
    public static func json(_ catalogue: SnippetCatalogue) -> String {
        let items = catalogue.snippets.map { snippet in
            let parameters = snippet.parameters.map { parameter in
                var fields = [
                    "\"name\":" + JSON.string(parameter.name),
                    "\"type\":" + JSON.string(parameter.kind.rawValue),
                    "\"default\":" + JSON.string(parameter.defaultValue),
                    "\"description\":" + JSON.string(parameter.description),
                ]
                if !parameter.choices.isEmpty { fields.append("\"values\":[" + parameter.choices.map(JSON.string).joined(separator: ",") + "]") }
                if parameter.optional { fields.append("\"optional\":true") }
                return "{" + fields.joined(separator: ",") + "}"
            }
            return "{\"name\":\(JSON.string(snippet.name)),\"purpose\":\(JSON.string(snippet.purpose)),"
                + "\"origin\":\(JSON.string(snippet.origin)),\"parameters\":[\(parameters.joined(separator: ","))]}"
        }
        return "[\n  " + items.joined(separator: ",\n  ") + "\n]\n"
    }

    /// The parameters as a table, then an example command and what it prints.
    public static func show(_ snippet: Snippet) throws -> String {
        var text = "\(snippet.name) — \(snippet.purpose)\n"
        if snippet.origin != "built-in" { text += "from \(snippet.origin)\n" }
        text += "\nParameters:\n"
        let rows = snippet.parameters.map { parameter -> [String] in
            let type = parameter.kind == .enum ? parameter.choices.joined(separator: "|") : parameter.kind.rawValue
            let value = parameter.defaultValue.isEmpty ? "(none)" : parameter.defaultValue
            return [parameter.name, type, value, parameter.description]
        }
        let header = ["name", "type", "default", "description"]
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        for row in [header] + rows {
            let cells = row.indices.map { index in
                index == row.count - 1 ? row[index] : row[index] + String(repeating: " ", count: widths[index] - row[index].count)
            }
            text += "  " + cells.joined(separator: "  ") + "\n"
        }
        text += "\nExample:\n  " + command(snippet.name, snippet.parameters.compactMap { parameter in
            snippet.example[parameter.name].map { (parameter.name, $0) }
        }) + "\n\n"
        text += try SnippetRenderer.render(snippet, values: snippet.example)
        return text
    }

    /// `mailproof snippet button --set url=https://… --set label="Buy now"`, quoted for a POSIX shell.
    public static func command(_ name: String, _ values: [(String, String)]) -> String {
        (["mailproof snippet \(name)"] + values.map { "--set \($0.0)=" + shellQuoted($0.1) }).joined(separator: " ")
    }

    static func shellQuoted(_ text: String) -> String {
        // ASCII letters and digits and a few marks, tested on bytes (CR LF, one character, is neither).
        let plain = text.utf8.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || "=_-./:@%+,#".utf8.contains(byte)
        }
        if plain { return text }
        if !text.contains("'") { return "'" + text + "'" }
        return "'" + text.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
    }
}
