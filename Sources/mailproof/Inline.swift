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
    var paths: [String] = InlineRequest.defaults.paths

    @Option(help: "The name shown (and used to find the configuration) for -.")
    var stdinFilename: String?

    @Flag(help: "Rewrite the files in place (atomically; permissions kept; refused if a file changed meanwhile).")
    var write = InlineRequest.defaults.write

    @Flag(help: "Print a unified diff of the changes and write nothing.")
    var diff = InlineRequest.defaults.diff

    @OptionGroup var inlineOptions: InlineCSSOptions

    @Option(name: .shortAndLong, help: "Configuration file to use instead of the nearest .mailproof.yml.")
    var config: String?

    private var request: InlineRequest {
        var request = InlineRequest()
        request.paths = paths
        request.stdinFilename = stdinFilename
        request.write = write
        request.diff = diff
        request.options = inlineOptions.options
        request.config = config
        return request
    }

    func validate() throws { try request.validate() }

    func run() throws { try request.run() }
}
