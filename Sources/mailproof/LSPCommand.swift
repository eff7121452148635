import ArgumentParser
import MailproofLSP

struct LSPCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lsp",
        abstract: "Run the language server (LSP 3.17 over standard input and output) for editors.",
        discussion: """
            Diagnostics for HTML, Liquid, Handlebars and .tpl documents as you type (about 150 ms after the last \
            change), quick fixes, "Fix all mailproof problems in this file" (source.fixAll.mailproof), "Disable \
            RULE for this line", caniemail support on hover and CSS completion. Each document uses its nearest \
            .mailproof.yml, as `mailproof check` does; initializationOptions may set clients, esp and preset. \
            See the README for Neovim, Helix, Zed, Sublime LSP and Emacs eglot.
            """
    )

    @Option(help: ArgumentHelp("Milliseconds to wait after the last change before checking.", valueName: "MS"))
    var debounce = 150

    func run() throws {
        let code = LanguageServer(debounceMilliseconds: debounce).run()
        if code != 0 { throw ExitCode(code) }
    }
}
