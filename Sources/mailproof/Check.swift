import ArgumentParser
import MailproofKit

extension ReportFormat: ExpressibleByArgument {}
extension Severity: ExpressibleByArgument {}
extension DocumentKind: ExpressibleByArgument {}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check files and folders (the current folder when none is given).",
        discussion: """
            Folders are searched recursively for .html .htm .liquid .hbs .handlebars .tpl files, skipping hidden \
            folders and node_modules. Use - to read standard input.
            """
    )

    @Argument(help: "Files or folders to check; - reads standard input.")
    var paths: [String] = []

    @Option(name: .shortAndLong, help: "Output format: \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: ReportFormat = .text

    @Option(name: .shortAndLong, help: "Configuration file to use instead of the nearest .mailproof.yml.")
    var config: String?

    @Option(help: "Exit with 1 when a finding has at least this severity (info, warning, error).")
    var failOn: Severity = .error

    @Option(help: "Exit with 1 when there are more than this many warnings.")
    var maxWarnings: Int?

    @Option(help: "Name to show (and to find the configuration by) for standard input.")
    var stdinFilename: String?

    @Option(help: "Email clients to judge against, comma-separated: family.platform ids, globs, presets.")
    var clients: String?

    @Option(help: "A newer caniemail data file (data.json or data-ordered.json) to judge by instead of the embedded data.")
    var compatData: String?

    @Option(help: "Template languages to mask: auto, none, or a comma-separated list of liquid, handlebars, mailchimp.")
    var templating: String?

    @Option(name: .shortAndLong, help: "Files checked at once (default: one per core).")
    var jobs: Int?

    @Flag(help: "Never colour the output.")
    var noColor = false

    @Option(help: "What the files are: template, message, form or snippet (default: the configuration's kind:, else inferred per file).")
    var kind: DocumentKind?

    @Flag(name: .shortAndLong, help: "Also say on standard error what kind of file each file was checked as, and why.")
    var verbose = false

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if let maxWarnings, maxWarnings < 0 { throw ValidationError("--max-warnings must not be negative") }
        if let templating { _ = try Self.languages(templating) }
    }

    func run() throws {
        let overrides = ConfigurationResolver.Overrides(
            clients: clients.map { $0.split(separator: ",").map { String($0).trimmingSpaces() } },
            templating: try templating.map(Self.languages),
            compatData: compatData,
            kind: kind)
        let resolver = ConfigurationResolver(explicitPath: config, overrides: overrides)
        var problems: [String] = []
        let inputs = try collectInputs(resolver: resolver, problems: &problems)

        let reporter = format.makeReporter(color: !noColor && Output.wantsColor)
        var summary = Summary()
        Output.write(reporter.header())
        var index = 0
        CheckRunner(jobs: jobs ?? SystemInfo.activeProcessorCount).run(inputs) { result in
            summary.add(result)
            if verbose, let kind = result.kind, let origin = result.kindOrigin {
                let form = result.provider.map { ", a \($0.displayName) signup form" } ?? ""
                Output.error("mailproof: \(result.path): checked as a \(kind.rawValue) (\(Self.describe(origin)))\(form)")
            }
            Output.write(reporter.chunk(for: result, index: index))
            index += 1
        }
        Output.write(reporter.footer(summary))
        for problem in problems { Output.error("mailproof: \(problem)") }

        if !problems.isEmpty || summary.unreadable > 0 { throw ExitCode(2) }
        let failing = switch failOn {
        case .error: summary.errors
        case .warning: summary.errors + summary.warnings
        case .info: summary.errors + summary.warnings + summary.infos
        }
        if failing > 0 { throw ExitCode(1) }
        if let maxWarnings, summary.warnings > maxWarnings { throw ExitCode(1) }
    }

    private static func describe(_ origin: DocumentKind.Origin) -> String {
        switch origin {
        case .comment: "its <!-- mailproof-kind --> comment says so"
        case .configuration: "the configuration or --kind says so"
        case .inferred: "inferred; <!-- mailproof-kind: … --> or kind: in .mailproof.yml says otherwise"
        }
    }

    /// The files to check, each with its linter (or the configuration error that prevents checking it).
    private func collectInputs(resolver: ConfigurationResolver, problems: inout [String]) throws -> [CheckInput] {
        var inputs: [CheckInput] = []
        let targets = paths.isEmpty ? ["."] : paths
        if targets.contains("-") {
            let name = stdinFilename ?? "<stdin>"
            let resolved = resolver.resolve(forFile: stdinFilename ?? "./stdin.html")
            do {
                let bytes = try FileReading.readStandardInput(limit: (try? resolved.get().configuration.maxFileSize) ?? Configuration.defaultMaxFileSize)
                inputs.append(input(name, resolved, bytes: bytes))
            } catch {
                problems.append("\(error)")
            }
        }
        let found = FileDiscovery().find(targets.filter { $0 != "-" })
        problems += found.errors
        for file in found.files {
            let resolved = resolver.resolve(forFile: file.path)
            if file.fromWalk, case .success(let resolution) = resolved,
               let folder = resolution.configuration.directory,
               !resolution.configuration.includes(relativePath: PathName.relative(PathName.absolute(file.path), to: folder)) {
                continue
            }
            inputs.append(input(Self.displayPath(file.path), resolved, bytes: nil))
        }
        return inputs
    }

    private func input(_ path: String, _ resolved: Result<ConfigurationResolver.Resolved, ConfigurationError>, bytes: [UInt8]?) -> CheckInput {
        switch resolved {
        case .success(let resolution):
            return CheckInput(path: path, bytes: bytes, linter: resolution.linter, maxFileSize: resolution.configuration.maxFileSize)
        case .failure(let error):
            return CheckInput(path: path, bytes: bytes, linter: nil, configurationError: "\(error)")
        }
    }

    private static func displayPath(_ path: String) -> String {
        path.hasPrefix("./") ? String(path.dropFirst(2)) : path
    }

    static func languages(_ text: String) throws -> Set<TemplateLanguage>? {
        switch text {
        case "auto": return nil
        case "none": return []
        default:
            return Set(try text.split(separator: ",").map { name in
                guard let language = TemplateLanguage(rawValue: String(name).trimmingSpaces()) else {
                    throw ValidationError("unknown template language '\(name)' (auto, none, liquid, handlebars, mailchimp)")
                }
                return language
            })
        }
    }
}

extension String {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while s.first == " " { s.removeFirst() }
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}
