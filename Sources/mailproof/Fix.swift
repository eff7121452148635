import ArgumentParser
import MailproofCommandLine
import MailproofKit

struct Fix: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fix",
        abstract: "Apply every safe fix. One file: print the fixed document. --write rewrites files in place.",
        discussion: """
            Fixes are text edits to the original bytes: everything outside an edit (template tags, conditional \
            comments, entities, whitespace, quoting) stays exactly as it was. Edits that overlap wait for the next \
            pass; passes repeat until nothing changes. A fix that touches markup with a parse error is left out \
            (the structure around it is ambiguous) unless --force.
            """
    ).parsedDirectly()

    @Argument(help: "Files or folders to fix; - reads standard input and prints the fixed document.")
    var paths: [String] = []

    @Option(help: "The name shown (and used to find the configuration) for -.")
    var stdinFilename: String?

    @Flag(help: "Rewrite the files in place (atomically; permissions kept; refused if a file changed meanwhile).")
    var write = false

    @Flag(help: "Print a unified diff of the changes and write nothing.")
    var diff = false

    @Flag(help: "List the fixes that would be applied and write nothing.")
    var dryRun = false

    @Option(help: "Only apply fixes from these rules (comma-separated ids).")
    var rules: String?

    @Flag(help: "Also move <style> rules into style attributes once the fixes are applied (as 'mailproof inline').")
    var inlineCSS = false

    @OptionGroup var inlineOptions: InlineCSSOptions

    @Flag(help: "Print a Markdown hand-off for the customer instead of the document: what was corrected (before and after), what is left to do, and the corrected code. With --write the file is also rewritten.")
    var handoff = false

    @Flag(help: "Also apply fixes next to markup that has parse errors.")
    var force = false

    @Option(help: ArgumentHelp("Also write the plain-text part of the fixed document to this file (as 'mailproof text').", valueName: "FILE"))
    var text: String?

    @Option(name: .shortAndLong, help: "Configuration file to use instead of the nearest .mailproof.yml.")
    var config: String?

    func validate() throws {
        if [write, diff, dryRun].filter({ $0 }).count > 1 {
            throw ValidationError("choose one of --write, --diff and --dry-run")
        }
        if handoff && (diff || dryRun) {
            throw ValidationError("--handoff prints the hand-off; it does not combine with --diff or --dry-run")
        }
        if let rules {
            for id in rules.split(separator: ",").map({ String($0).trimmingSpaces() }) where RuleRegistry.rule(id: id) == nil {
                throw ValidationError("unknown rule '\(id)' in --rules; run 'mailproof rules' for the list")
            }
        }
    }

    func run() throws {
        let collection = InputCollector(resolver: ConfigurationResolver(explicitPath: config))
            .collect(paths.isEmpty ? ["."] : paths, standardInputName: stdinFilename)
        var problems = collection.problems
        if !write && !diff && !dryRun && !handoff && collection.files.count + problems.count > 1 {
            throw ValidationError("printing the fixed document works for one file; use --write, --diff or --dry-run for several")
        }
        if write, collection.files.contains(where: \.isStandardInput) {
            throw ValidationError("standard input cannot be rewritten; without --write the fixed document is printed")
        }
        if text != nil, collection.files.count + problems.count > 1 {
            throw ValidationError("--text writes the text part of one file; name one file")
        }
        let pipeline = FixPipeline(ruleFilter: rules.map { Set($0.split(separator: ",").map { String($0).trimmingSpaces() }) },
                                   force: force, inline: inlineCSS ? inlineOptions.options : nil, handoff: handoff)
        for file in collection.files {
            do {
                try fix(file, pipeline)
            } catch {
                problems.append("\(error)")
            }
        }
        for problem in problems { Output.error("mailproof: \(problem)") }
        if !problems.isEmpty { throw ExitCode(2) }
    }

    private func fix(_ file: InputFile, _ pipeline: FixPipeline) throws {
        let contents = try file.read()
        let path = file.path
        let outcome = pipeline.run(contents.source, linter: contents.linter)
        if let text {
            let fixed = SourceFile(path: path, utf8: outcome.bytes, encoding: contents.source.encoding)
            try AtomicWriter.save(text, Array(PlainTextPipeline.text(of: fixed, linter: contents.linter).utf8))
        }
        for refused in outcome.fixer.refused {
            Output.error("mailproof: \(path):\(refused.start.line):\(refused.start.column): \(refused.ruleID) fix not applied: the markup around it has parse errors (use --force to apply it anyway)")
        }
        if !outcome.fixer.settled {
            Output.error("mailproof: \(path): the fixes still changed the file after \(Fixer.maximumPasses) passes; stopped there (a fix that does not settle is a bug: please report it with the file)")
        }
        if dryRun {
            for finding in outcome.fixer.fixed {
                Output.write("\(path):\(finding.start.line):\(finding.start.column): \(finding.ruleID): \(finding.message)\n")
            }
            return
        }
        if let markdown = outcome.handoff {
            Output.write(markdown)
            guard write, outcome.changed else { return }
            try RewrittenOutput.emit(path: path, source: contents.source, original: contents.original, newBytes: outcome.bytes,
                                     mode: .write, summary: "")
            return
        }
        guard !write || outcome.changed else { return }
        try RewrittenOutput.emit(path: path, source: contents.source, original: contents.original, newBytes: outcome.bytes,
                                 mode: diff ? .diff : write ? .write : .print,
                                 summary: "fixed \(path) (\(outcome.edits) edit\(outcome.edits == 1 ? "" : "s"))\n")
    }
}

struct FixError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
