import ArgumentParser
import MailproofCommandLine
import MailproofKit

struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rules", abstract: "List the rules: id, category, default severity, fixable.")

    @Option(help: "Show only the rules a preset turns on, with the preset's severities.")
    var preset: String?

    @Flag(help: "Print the Markdown tables of every rule and of the rules' options (as in the README).")
    var markdown = false

    func run() throws {
        if markdown {
            Output.write(RuleDocumentation.rulesTable + "\n" + RuleDocumentation.optionsTable)
            return
        }
        var severities: [RuleID: Severity]?
        if let preset {
            guard let found = Preset.named(preset) else {
                throw ValidationError("unknown preset '\(preset)'; presets: \(Preset.names.joined(separator: ", "))")
            }
            severities = found.rules
        }
        let rows: [[String]] = RuleRegistry.all.compactMap { rule in
            let description = rule.description
            let severity = severities.map { $0[description.id] } ?? description.defaultSeverity
            guard let severity else { return nil }
            return [description.id.rawValue, description.category.rawValue, severity.rawValue,
                    description.isFixable ? "yes" : "", description.title]
        }
        Output.write(Table.render(header: ["rule", "category", "severity", "fixable", "title"], rows: rows))
    }
}

/// Left-aligned columns separated by two spaces.
enum Table {
    static func render(header: [String], rows: [[String]]) -> String {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        return all.map { row in
            row.indices.map { row[$0].padding(widths[$0]) }.joined(separator: "  ").trimmingTrailingSpaces()
        }.joined(separator: "\n") + "\n"
    }
}

extension String {
    func padding(_ width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }

    func trimmingTrailingSpaces() -> String {
        var s = Substring(self)
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}
