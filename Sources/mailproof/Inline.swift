import ArgumentParser
import MailproofCommandLine
import MailproofKit

struct Inline: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inline",
        abstract: "Move <style> rules into style attributes. One file: print the result. --write rewrites files in place.",
        discussion: """
            Specificity, source order and !important decide as in juice and css-inline; an existing inline \
            declaration beats every stylesheet one but an !important one. @media, @supports, @font-face, \
            @keyframes, :hover, ::before and rules holding template logic stay in their <style> block. Elements \
            inside Outlook conditional comments are styled too. Only style attributes and the <style> blocks change: \
            template tags, conditional comments, entities and formatting elsewhere stay byte for byte. A <style> \
            block marked data-embed, data-mailproof-ignore or data-css-inline="ignore" is left alone; \
            data-css-inline="keep" inlines it but keeps the block.
            """
    ).parsedDirectly()

    @Argument(help: "Files or folders to inline; - reads standard input and prints the result.")
    var paths: [String] = []

    @Option(help: "The name shown (and used to find the configuration) for -.")
    var stdinFilename: String?

    @Flag(help: "Rewrite the files in place (atomically; permissions kept; refused if a file changed meanwhile).")
    var write = false

    @Flag(help: "Print a unified diff of the changes and write nothing.")
    var diff = false

    @OptionGroup var inlineOptions: InlineCSSOptions

    @Option(name: .shortAndLong, help: "Configuration file to use instead of the nearest .mailproof.yml.")
    var config: String?

    func validate() throws {
        if write && diff { throw ValidationError("choose one of --write and --diff") }
    }

    func run() throws {
        let collection = InputCollector(resolver: ConfigurationResolver(explicitPath: config))
            .collect(paths.isEmpty ? ["."] : paths, standardInputName: stdinFilename)
        var problems = collection.problems
        if !write && !diff && collection.files.count + problems.count > 1 {
            throw ValidationError("printing the inlined document works for one file; use --write or --diff for several")
        }
        if write, collection.files.contains(where: \.isStandardInput) {
            throw ValidationError("standard input cannot be rewritten; without --write the inlined document is printed")
        }
        for file in collection.files {
            do {
                let contents = try file.read()
                let (bytes, result) = InlinePipeline.run(contents.source, linter: contents.linter, options: inlineOptions.options)
                for (range, reason) in result.leftAlone {
                    let at = contents.source.location(of: range.start)
                    Output.error("mailproof: \(file.path):\(at.line):\(at.column): <style> block left as it is: \(reason)")
                }
                try RewrittenOutput.emit(path: file.path, source: contents.source, original: contents.original, newBytes: bytes,
                                         mode: diff ? .diff : write ? .write : .print,
                                         summary: "inlined \(file.path) (\(result.styledElements) element\(result.styledElements == 1 ? "" : "s") styled)\n")
            } catch {
                problems.append("\(error)")
            }
        }
        for problem in problems { Output.error("mailproof: \(problem)") }
        if !problems.isEmpty { throw ExitCode(2) }
    }
}
