import ArgumentParser
import MailproofCommandLine
import MailproofKit
import Yams

struct SnippetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snippet",
        abstract: "Print a known-good email building block (button, columns, kit-form…) with your values filled in.",
        discussion: """
            mailproof snippet list                     every snippet and what it is for
            mailproof snippet show button              its parameters and an example
            mailproof snippet button --set url=https://example.com/sale --set label="Buy now" --set background=#c2410c
            """,
        subcommands: [SnippetList.self, SnippetShow.self, SnippetRender.self],
        defaultSubcommand: SnippetRender.self
    )
}

/// Where snippets come from besides the built-in ones.
struct SnippetSourceOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("A folder of NAME.mustache + NAME.yml snippets that add to or replace the built-in ones (repeatable).", valueName: "dir"))
    var templates: [String] = []

    @Option(name: .shortAndLong, help: "Configuration file to use instead of the nearest .mailproof.yml (for its templates: folders).")
    var config: String?

    /// Built-in snippets, then the configuration's `templates:` folders, then `--templates`.
    func catalogue() throws -> SnippetCatalogue {
        try SnippetFailure.reporting {
            var catalogue = try SnippetCatalogue.builtIn()
            switch ConfigurationResolver(explicitPath: config).resolve(forFile: "snippet") {
            case .success(let resolved):
                for folder in resolved.configuration.templateFolders { try catalogue.add(folder: folder) }
            case .failure(let error):
                throw SnippetError("\(error)")
            }
            for folder in templates { try catalogue.add(folder: folder) }
            return catalogue
        }
    }
}

struct SnippetList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the snippets.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var sources: SnippetSourceOptions

    @Option(help: "text (a table) or json.")
    var format: Format = .text

    func run() throws {
        let catalogue = try sources.catalogue()
        switch format {
        case .json:
            Output.write(SnippetListing.json(catalogue))
        case .text:
            let rows = catalogue.snippets.map { [$0.name, $0.purpose + ($0.origin == "built-in" ? "" : " (\($0.origin))")] }
            Output.write(Table.render(header: ["snippet", "purpose"], rows: rows))
        }
    }
}

struct SnippetShow: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show a snippet's parameters and an example.")

    @OptionGroup var sources: SnippetSourceOptions

    @Argument(help: "The snippet (mailproof snippet list names them).")
    var name: String

    func run() throws {
        let catalogue = try sources.catalogue()
        Output.write(try SnippetFailure.reporting { try SnippetListing.show(try catalogue.snippet(named: name)) })
    }
}

struct SnippetRender: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "render", abstract: "Print a snippet with your values (the default: mailproof snippet NAME …).")

    @OptionGroup var sources: SnippetSourceOptions

    @Argument(help: "The snippet (mailproof snippet list names them).")
    var name: String

    @Option(name: .customLong("set"), help: ArgumentHelp("A parameter value, key=value (repeatable; overrides --params).", valueName: "key=value"))
    var values: [String] = []

    @Option(help: ArgumentHelp("A YAML file mapping parameter names to values.", valueName: "file.yml"))
    var params: String?

    @Flag(help: "Add comments that explain why the code is written the way it is.")
    var annotate = false

    func run() throws {
        let catalogue = try sources.catalogue()
        let output = try SnippetFailure.reporting {
            let snippet = try catalogue.snippet(named: name)
            var given = try params.map(Self.readParams) ?? [:]
            for item in values {
                guard let equals = item.firstIndex(of: "="), equals != item.startIndex else {
                    throw SnippetError("--set \(item): write key=value")
                }
                given[String(item[..<equals])] = String(item[item.index(after: equals)...])
            }
            return try SnippetRenderer.render(snippet, values: given, annotate: annotate)
        }
        Output.write(output)
    }

    private static func readParams(_ path: String) throws -> [String: String] {
        let text: String
        do {
            text = try FileReading.readText(path)
        } catch {
            throw SnippetError("--params \(path): \(error)")
        }
        guard let node = try? YAMLReading.compose(text), let mapping = node.mapping else {
            if (try? YAMLReading.compose(text)) != nil || text.trimmingTrailingSpaces().isEmpty { return [:] }
            throw SnippetError("--params \(path): must be a YAML mapping of parameter names to values")
        }
        var values: [String: String] = [:]
        for (key, value) in mapping {
            guard let name = key.string, let scalar = value.scalar else {
                throw SnippetError("--params \(path): \(key.string ?? "a key") must map to a single value")
            }
            values[name] = scalar.string
        }
        return values
    }
}

/// A snippet problem is a usage error: one line on standard error, exit code 2.
enum SnippetFailure {
    static func reporting<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as SnippetError {
            Output.error("mailproof: \(error.message)")
            throw ExitCode(2)
        }
    }
}
