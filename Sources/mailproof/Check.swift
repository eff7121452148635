import ArgumentParser
import MailproofCommandLine
import MailproofKit

extension ReportFormat: ExpressibleByArgument {}
extension Severity: ExpressibleByArgument {}
extension DocumentKind: ExpressibleByArgument {}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check files and folders (the current folder when none is given).",
        discussion: """
            Folders are searched recursively for .html .htm .liquid .hbs .handlebars .tpl files, skipping hidden \
            folders and node_modules. Use - to read standard input.
            """
    ).parsedDirectly()

    @Argument(help: "Files or folders to check; - reads standard input.")
    var paths: [String] = CheckRequest.defaults.paths

    @Option(name: .shortAndLong, help: "Output format: \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: ReportFormat = CheckRequest.defaults.format

    @Option(name: .shortAndLong, help: "Configuration file to use instead of the nearest .mailproof.yml.")
    var config: String?

    @Option(help: "Exit with 1 when a finding has at least this severity (info, warning, error).")
    var failOn: Severity = CheckRequest.defaults.failOn

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
    var nulSeparated = CheckRequest.defaults.nulSeparated

    @Option(help: ArgumentHelp("Check only shard K of N (1-based): a stable partition by path, so N jobs together check every file once.", valueName: "K/N"))
    var shard: String?

    @Option(help: ArgumentHelp("Suppress the findings recorded in this baseline file (see --write-baseline).", valueName: "FILE"))
    var baseline: String?

    @Option(help: ArgumentHelp("Record every finding of this run in a baseline file, and exit 0 unless a file could not be checked.", valueName: "FILE"))
    var writeBaseline: String?

    @Flag(help: "Check the staged content of the files staged in git (what the next commit holds), not the working tree.")
    var staged = CheckRequest.defaults.staged

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the report to this file instead of standard output.", valueName: "FILE"))
    var output: String?

    @Flag(help: "Never colour the output.")
    var noColor = CheckRequest.defaults.noColor

    @Option(help: "What the files are: template, message, form or snippet (default: the configuration's kind:, else inferred per file).")
    var kind: DocumentKind?

    @Flag(name: .shortAndLong, help: "Also say on standard error what kind of file each file was checked as, and why.")
    var verbose = CheckRequest.defaults.verbose

    @Flag(help: "With --format html: a strip of per-app preview thumbnails under each file with findings (see 'mailproof preview').")
    var previews = CheckRequest.defaults.previews

    @Flag(help: "Never show the progress bar (shown on a terminal for large batches).")
    var noProgress = CheckRequest.defaults.noProgress

    @Option(help: ArgumentHelp("Text output: list at most N findings per file (repeats grouped count once), then say how many more; 0 lists all.", valueName: "N"))
    var maxFindingsPerFile = CheckRequest.defaults.maxFindingsPerFile

    /// The options as parsed, for the code that runs them.
    var request: CheckRequest {
        var request = CheckRequest()
        request.paths = paths
        request.format = format
        request.config = config
        request.failOn = failOn
        request.maxWarnings = maxWarnings
        request.stdinFilename = stdinFilename
        request.clients = clients
        request.compatData = compatData
        request.templating = templating
        request.jobs = jobs
        request.filesFrom = filesFrom
        request.nulSeparated = nulSeparated
        request.shard = shard
        request.baseline = baseline
        request.writeBaseline = writeBaseline
        request.staged = staged
        request.output = output
        request.noColor = noColor
        request.kind = kind
        request.verbose = verbose
        request.previews = previews
        request.noProgress = noProgress
        request.maxFindingsPerFile = maxFindingsPerFile
        return request
    }

    func validate() throws { try request.validate() }

    func run() throws { try request.run() }
}

extension String {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while s.first == " " { s.removeFirst() }
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}
