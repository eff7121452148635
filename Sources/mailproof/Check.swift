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

    @Option(help: ArgumentHelp("Also check the paths listed in FILE, one per line (- reads them from standard input).", valueName: "FILE"))
    var filesFrom: String?

    @Flag(name: [.customShort("0"), .customLong("null")], help: "Paths in --files-from are separated by NUL bytes (find -print0, git ls-files -z).")
    var nulSeparated = false

    @Option(help: ArgumentHelp("Check only shard K of N (1-based): a stable partition by path, so N jobs together check every file once.", valueName: "K/N"))
    var shard: String?

    @Option(help: ArgumentHelp("Suppress the findings recorded in this baseline file (see --write-baseline).", valueName: "FILE"))
    var baseline: String?

    @Option(help: ArgumentHelp("Record every finding of this run in a baseline file, and exit 0 unless a file could not be checked.", valueName: "FILE"))
    var writeBaseline: String?

    @Flag(help: "Check the staged content of the files staged in git (what the next commit holds), not the working tree.")
    var staged = false

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the report to this file instead of standard output.", valueName: "FILE"))
    var output: String?

    @Flag(help: "Never colour the output.")
    var noColor = false

    @Option(help: "What the files are: template, message, form or snippet (default: the configuration's kind:, else inferred per file).")
    var kind: DocumentKind?

    @Flag(name: .shortAndLong, help: "Also say on standard error what kind of file each file was checked as, and why.")
    var verbose = false

    @Flag(help: "With --format html: a strip of per-app preview thumbnails under each file with findings (see 'mailproof preview').")
    var previews = false

    @Flag(help: "Never show the progress bar (shown on a terminal for large batches).")
    var noProgress = false

    @Option(help: ArgumentHelp("Text output: list at most N findings per file (repeats grouped count once), then say how many more; 0 lists all.", valueName: "N"))
    var maxFindingsPerFile = TextReporter.defaultMaxFindingsPerFile

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if let maxWarnings, maxWarnings < 0 { throw ValidationError("--max-warnings must not be negative") }
        if maxFindingsPerFile < 0 { throw ValidationError("--max-findings-per-file must not be negative") }
        if let templating { _ = try Self.languages(templating) }
        if let shard { do { _ = try Shard(parsing: shard) } catch { throw ValidationError("\(error)") } }
        if nulSeparated, filesFrom == nil { throw ValidationError("-0 needs --files-from") }
        if previews, format != .html { throw ValidationError("--previews adds thumbnails to --format html") }
        if staged, !paths.isEmpty || filesFrom != nil { throw ValidationError("--staged checks the staged files; give no paths or --files-from") }
        if filesFrom == "-", paths.contains("-") { throw ValidationError("standard input cannot hold both --files-from and a file to check") }
    }

    func run() throws {
        let overrides = ConfigurationResolver.Overrides(
            clients: clients.map { $0.split(separator: ",").map { String($0).trimmingSpaces() } },
            templating: try templating.map(Self.languages),
            compatData: compatData,
            kind: kind)
        let resolver = ConfigurationResolver(explicitPath: config, overrides: overrides)
        var problems: [String] = []
        var inputs = try collectInputs(resolver: resolver, problems: &problems)
        if let shard {
            let part = try Shard(parsing: shard)
            let workingDirectory = PathName.absolute(".")
            inputs = inputs.filter { part.contains($0.path, workingDirectory: workingDirectory) }
        }
        let known: Baseline
        do {
            known = try baseline.map { try Baseline.load(path: $0) } ?? Baseline()
        } catch {
            throw CommandFailure("\(error)")
        }

        if let output { try Output.redirect(to: output) }
        let compatibility = format == .html ? try? resolver.resolve(forFile: inputs.first?.path ?? "./index.html").get().linter.settings.compatibility : nil
        let reporter = format.makeReporter(color: !noColor && output == nil && Output.wantsColor, compatibility: compatibility,
                                           maxFindingsPerFile: maxFindingsPerFile, previews: previews)
        let progress = noProgress ? nil : ProgressBar(total: inputs.count, reportOnStandardOutput: output == nil)
        Output.write(reporter.header())
        let pipeline = CheckPipeline(jobs: jobs ?? SystemInfo.activeProcessorCount, baseline: known,
                                     recordsBaseline: writeBaseline != nil, workingDirectory: PathName.absolute("."))
        let outcome = pipeline.run(inputs, reporter: reporter) { step in
            let result = step.result
            if verbose, let kind = result.kind, let origin = result.kindOrigin {
                let form = result.provider.map { ", a \($0.displayName) signup form" } ?? ""
                Output.error("mailproof: \(result.path): checked as a \(kind.rawValue) (\(Self.describe(origin)))\(form)")
            }
            progress?.clearIfSharingTerminal(step.text)
            Output.write(step.text)
            progress?.advance()
        }
        let summary = outcome.summary
        let recorded = outcome.recorded
        progress?.finish()
        Output.write(reporter.footer(summary))
        try Output.closeRedirect()
        if let writeBaseline {
            do {
                try AtomicWriter.save(writeBaseline, Array(Baseline.render(recorded).utf8))
            } catch {
                problems.append("\(error)")
            }
        }
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
        let collector = InputCollector(resolver: resolver)
        let collection: InputCollector.Collection
        if staged {
            do {
                collection = try collector.collectStaged()
            } catch {
                throw CommandFailure("\(error)")
            }
        } else {
            var targets = paths
            if let filesFrom {
                do {
                    let list = filesFrom == "-" ? try FileReading.readStandardInput() : try FileReading.readBytes(filesFrom)
                    targets += FileList.paths(in: list, nulSeparated: nulSeparated)
                } catch {
                    throw CommandFailure("--files-from: \(error)")
                }
            } else if targets.isEmpty {
                targets = ["."]
            }
            collection = collector.collect(targets, standardInputName: stdinFilename)
        }
        problems += collection.problems
        return collection.files.map(\.checkInput)
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
