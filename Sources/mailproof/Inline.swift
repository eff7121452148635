import ArgumentParser
import MailproofKit

struct Inline: ParsableCommand {
    static let configuration = CommandConfiguration(
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
    )

    @Argument(help: "Files or folders to inline.")
    var paths: [String] = []

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
        let found = FileDiscovery().find(paths.isEmpty ? ["."] : paths)
        var problems = found.errors
        if !write && !diff && found.files.count + problems.count > 1 {
            throw ValidationError("printing the inlined document works for one file; use --write or --diff for several")
        }
        let resolver = ConfigurationResolver(explicitPath: config)
        let inliner = CSSInliner(options: inlineOptions.options)
        for file in found.files {
            do {
                let resolved = try resolver.resolve(forFile: file.path).get()
                let original = try FileReading.readBytes(file.path, limit: resolved.configuration.maxFileSize)
                let source = try SourceFile(path: file.path, data: original)
                let result = inliner.inline(Document.parse(source))
                for (range, reason) in result.leftAlone {
                    let at = source.location(of: range.start)
                    Output.error("mailproof: \(file.path):\(at.line):\(at.column): <style> block left as it is: \(reason)")
                }
                let bytes = TextEdit.apply(result.edits, to: source.bytes).result
                try RewrittenOutput.emit(path: file.path, source: source, original: original, newBytes: bytes,
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
