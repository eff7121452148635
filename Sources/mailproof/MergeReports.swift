import ArgumentParser
import MailproofCommandLine
import MailproofKit

struct MergeReports: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge-reports",
        abstract: "Merge the JSON, JSON Lines or SARIF reports of --shard runs into one report.",
        discussion: """
            The format of each input is detected; the output has the inputs' format unless --format says \
            otherwise. Files appear in the order of the inputs. The exit code is that of a single run over all \
            the files: 1 with findings at or above --fail-on, 2 when a file could not be checked.
            """
    )

    @Argument(help: "Reports to merge (- reads one from standard input).")
    var reports: [String]

    @Option(name: .shortAndLong, help: "Output format (default: the inputs' format).")
    var format: ReportFormat?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the merged report to this file instead of standard output.", valueName: "FILE"))
    var output: String?

    @Option(help: "Exit with 1 when a finding has at least this severity (info, warning, error).")
    var failOn: Severity = .error

    func validate() throws {
        if reports.isEmpty { throw ValidationError("give the reports to merge") }
    }

    func run() throws {
        var kinds: [ReportReader.Kind] = []
        var results: [FileResult] = []
        for name in reports {
            do {
                let bytes = name == "-" ? try FileReading.readStandardInput() : try FileReading.readBytes(name)
                let report = try ReportReader.read(bytes, name: name)
                kinds.append(report.kind)
                results += report.results
            } catch {
                throw CommandFailure("\(error)")
            }
        }
        // An empty JSON Lines shard says nothing about its format: it takes the others'.
        let named = kinds.filter { $0 != .jsonl } .first
        let chosen = format ?? (named ?? .jsonl).format
        if let output { try Output.redirect(to: output) }
        let reporter = chosen.makeReporter(color: false)
        var summary = Summary()
        Output.write(reporter.header())
        for (index, result) in results.enumerated() {
            summary.add(result)
            Output.write(bytes: reporter.chunkBytes(for: result, index: index))
        }
        Output.write(reporter.footer(summary))
        try Output.closeRedirect()
        if summary.unreadable > 0 { throw ExitCode(2) }
        let failing = switch failOn {
        case .error: summary.errors
        case .warning: summary.errors + summary.warnings
        case .info: summary.errors + summary.warnings + summary.infos
        }
        if failing > 0 { throw ExitCode(1) }
    }
}
