import ArgumentParser
import MailproofCommandLine
import MailproofKit

struct Text: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "text",
        abstract: "Print the plain-text alternative of a template: the text part to send beside the HTML.",
        discussion: """
            Links become "label (url)", buttons "label: url", images their alt text; headings are underlined, \
            lists bulleted, layout tables read in order; hidden preheaders, Outlook-only content and the <head> \
            are left out; template tags stay as written. An HTML-only email, or one whose text part says \
            something else, is itself a spam signal (SpamAssassin MIME_HTML_ONLY, MPART_ALT_DIFF).
            """
    )

    @Argument(help: "The template (- reads standard input).")
    var path: String

    @Option(help: "Wrap lines at this many columns.")
    var width = 78

    @Option(name: .shortAndLong, help: "Write the text to this file instead of standard output.")
    var output: String?

    @Option(name: .shortAndLong, help: "Configuration file to use instead of the nearest .mailproof.yml.")
    var config: String?

    func validate() throws {
        if width < 20 { throw ValidationError("--width must be at least 20") }
    }

    func run() throws {
        let contents = try SingleInput.read(path, resolver: ConfigurationResolver(explicitPath: config))
        let text = PlainTextPipeline.text(of: contents.source, linter: contents.linter, width: width)
        if let output {
            try AtomicWriter.save(output, Array(text.utf8))
        } else {
            Output.write(text)
        }
    }
}
