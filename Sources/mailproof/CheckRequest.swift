import ArgumentParser
import MailproofCommandLine
import MailproofKit

/// What `mailproof check` is asked to do, whichever parser read the command line: ArgumentParser (`Check`), or
/// `CheckRequest(plainArguments:)` for the invocation a pre-commit hook makes, which is most of a one-file check's
/// start-up otherwise. The defaults here are the ones `Check` declares and `--help` shows.
struct CheckRequest {
    var paths: [String] = []
    var format: ReportFormat = .text
    var config: String? = nil
    var failOn: Severity = .error
    var maxWarnings: Int? = nil
    var stdinFilename: String? = nil
    var clients: String? = nil
    var compatData: String? = nil
    var templating: String? = nil
    var jobs: Int? = nil
    var filesFrom: String? = nil
    var nulSeparated: Bool = false
    var shard: String? = nil
    var baseline: String? = nil
    var writeBaseline: String? = nil
    var staged: Bool = false
    var output: String? = nil
    var noColor: Bool = false
    var kind: DocumentKind? = nil
    var verbose: Bool = false
    var previews: Bool = false
    var noProgress: Bool = false
    var maxFindingsPerFile: Int = TextReporter.defaultMaxFindingsPerFile

    static let defaults = CheckRequest()

    init() {}

    /// `check [--no-color] [--no-progress] [--staged] [--format F] [--jobs N] PATH…`, the invocations of a
    /// pre-commit hook, a CI job and a person checking a file, read without ArgumentParser: its reflection over
    /// `Check`'s options costs more than checking a small file. Nil for anything else (any other option, an option
    /// given twice, a value that does not parse, `--`, help), which ArgumentParser then reads, and reports, as
    /// always.
    init?(plainArguments arguments: some Sequence<String>) {
        var arguments = arguments.makeIterator()
        var seen: Set<String> = []
        while let argument = arguments.next() {
            // `--format json` and `--format=json` (and `-f json`) are the same option.
            var name = argument
            var attached: String?
            if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                attached = String(argument[argument.index(after: equals)...])
            }
            switch name {
            case "--no-color", "--no-progress", "--staged", "--format", "-f", "--jobs", "-j":
                let option = name.count == 2 ? (name == "-f" ? "--format" : "--jobs") : name
                guard seen.insert(option).inserted else { return nil }
                switch option {
                case "--no-color", "--no-progress", "--staged":
                    guard attached == nil else { return nil }
                    if option == "--no-color" { noColor = true } else if option == "--no-progress" { noProgress = true } else { staged = true }
                case "--format":
                    guard let value = attached ?? arguments.next(), let format = ReportFormat(rawValue: value) else { return nil }
                    self.format = format
                default:
                    guard let value = attached ?? arguments.next(), let jobs = Int(value), String(jobs) == value else { return nil }
                    self.jobs = jobs
                }
            default:
                guard let path = PlainArgument.path(argument) else { return nil }
                paths.append(path)
            }
        }
        guard (try? validate()) != nil else { return nil }
    }

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
            if !step.bytes.isEmpty { progress?.clearIfSharingTerminal() }
            Output.write(bytes: step.bytes)
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

        let failing = switch failOn {
        case .error: summary.errors
        case .warning: summary.errors + summary.warnings
        case .info: summary.errors + summary.warnings + summary.infos
        }
        let status: ExitCode = if !problems.isEmpty || summary.unreadable > 0 { ExitCode(2) }
            else if failing > 0 || maxWarnings.map({ summary.warnings > $0 }) == true { ExitCode(1) }
            else { .success }
        // Everything is written: end here rather than return, so the linters, inputs and results are not
        // taken apart one by one on the way out (about 1% of a one-file check). exit flushes stdio.
        Mailproof.exitQuietly(status)
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
