import ArgumentParser
import Foundation
import MailproofCommandLine
import MailproofKit

struct Preview: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "preview",
        abstract: "Show what an email app keeps of a template: as HTML (--client), as a picture (--png), or side by side (--sheet).",
        discussion: """
            The preview is the template with what the app drops undone: Outlook's conditional comments resolved and \
            its VML drawn as boxes, CSS the app does not support removed (caniemail "n"), whole <style> blocks it \
            removes, images it cannot show replaced by their alt text, Gmail's clipping point. The first comment of \
            the output lists every transformation with its source. It is an approximation from what is known, not \
            a screenshot: anything mailproof does not know an app to do is left as written. Pictures need headless \
            Chromium (MAILPROOF_CHROMIUM, or chromium, chromium-browser or google-chrome on PATH) and are drawn \
            offline: remote images become boxes of their size.
            """
    )

    @Argument(help: "The template (- reads standard input).")
    var path: String

    @Option(help: ArgumentHelp("The email app, as a family.platform id (run 'mailproof clients' for the list).", valueName: "ID"))
    var client: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the preview HTML to this file instead of standard output.", valueName: "FILE"))
    var output: String?

    @Option(help: ArgumentHelp("Draw the preview for --client as a PNG picture.", valueName: "FILE"))
    var png: String?

    @Option(help: ArgumentHelp("Draw the apps side by side (--clients, or the configured ones) as one PNG: apps that keep the same are one column.", valueName: "FILE"))
    var sheet: String?

    @Option(help: "Apps for --sheet, comma-separated: family.platform ids, globs, presets (default: the configured clients).")
    var clients: String?

    @Option(help: "Width of the app's reading pane in pictures, in CSS pixels. Wider than the email, as on a desktop: at 600 a template whose breakpoint is 600 px shows its phone layout.")
    var width = 800

    @Flag(help: "Pictures at a phone's width (375 px).")
    var phone = false

    @Flag(help: "Preview the template after 'mailproof fix'; with --sheet, show it under the template as sent.")
    var fixed = false

    @Flag(help: "With --fixed, also move <style> rules into style attributes (as 'fix --inline-css').")
    var inlineCSS = false

    @OptionGroup var inlineOptions: InlineCSSOptions

    @Flag(help: "Write the HTML as pictures draw it: remote images as boxes of their size, remote backgrounds as hatching.")
    var offlineImages = false

    @Option(help: "Seconds Chromium may take to draw a picture.")
    var timeout: Double = 10

    @Option(help: "The name shown (and used to find the configuration) for -.")
    var stdinFilename: String?

    @Option(name: .shortAndLong, help: "Configuration file to use instead of the nearest .mailproof.yml.")
    var config: String?

    func validate() throws {
        if sheet == nil && client == nil {
            throw ValidationError("name the app with --client ID (e.g. --client outlook.windows), or ask for --sheet FILE")
        }
        if sheet != nil && client != nil { throw ValidationError("--sheet shows several apps: choose them with --clients, not --client") }
        if clients != nil && sheet == nil { throw ValidationError("--clients chooses the apps of --sheet") }
        if png != nil && client == nil { throw ValidationError("--png draws the preview of --client") }
        if sheet != nil && output != nil { throw ValidationError("--sheet writes a picture; -o writes the HTML of one --client") }
        if inlineCSS && !fixed { throw ValidationError("--inline-css applies to --fixed") }
        if !(200...2000).contains(width) { throw ValidationError("--width must be between 200 and 2000") }
        if !(timeout > 0) { throw ValidationError("--timeout must be positive") }
    }

    func run() throws {
        let overrides = ConfigurationResolver.Overrides(clients: clients.map { $0.split(separator: ",").map { String($0).trimmingSpaces() } })
        let contents = try SingleInput.read(path, resolver: ConfigurationResolver(explicitPath: config, overrides: overrides),
                                            standardInputName: stdinFilename)
        let compatibility = contents.linter.settings.compatibility
        let asSent = Document.parse(contents.source, languages: contents.linter.settings.templateLanguages)
        let corrected = fixed ? fixedDocument(contents) : nil
        let pictureWidth = phone ? 375 : width

        if let sheet {
            let chromium = try locateChromium()
            var rows = [PreviewPage.Row(heading: fixed ? "As sent" : nil, panels: panels(asSent, compatibility))]
            if let corrected {
                rows.append(PreviewPage.Row(heading: inlineCSS ? "After mailproof fix and inlining" : "After mailproof fix",
                                            panels: panels(corrected, compatibility)))
            }
            try draw(PreviewPage(rows: rows, width: pictureWidth), to: sheet, chromium)
            return
        }
        guard let client, let id = ClientID(client), compatibility.database.clients.contains(id) else {
            throw CommandFailure("unknown app '\(client ?? "")' for --client; run 'mailproof clients' for the ids (e.g. outlook.windows, gmail.desktop-webmail)")
        }
        let document = corrected ?? asSent
        let preview = ClientPreview(document: document, client: id, database: compatibility.database,
                                    options: .init(offlineImages: offlineImages))
        if let png {
            let chromium = try locateChromium()
            let offline = ClientPreview(document: document, client: id, database: compatibility.database,
                                        options: .init(offlineImages: true))
            let panel = PreviewPage.Panel(title: offline.clientName, html: offline.bytes)
            try draw(PreviewPage(rows: [PreviewPage.Row(panels: [panel])], width: pictureWidth), to: png, chromium)
        }
        if let output {
            try AtomicWriter.save(output, preview.bytes)
        } else if png == nil {
            Output.write(String(decoding: preview.bytes, as: UTF8.self))
        }
    }

    /// One panel per distinct preview: apps that keep the same bytes share a column, named together.
    /// One panel per distinct preview: apps that keep the same bytes share a column, named together.
    private func panels(_ document: Document, _ compatibility: CompatibilityTarget) -> [PreviewPage.Panel] {
        ClientPreview.distinct(document, clients: compatibility.clients, database: compatibility.database,
                               options: .init(offlineImages: true))
            .map { PreviewPage.Panel(title: $0.names.joined(separator: ", "), html: $0.preview.bytes) }
    }

    private func fixedDocument(_ contents: InputFile.Contents) -> Document {
        let pipeline = FixPipeline(inline: inlineCSS ? inlineOptions.options : nil)
        let outcome = pipeline.run(contents.source, linter: contents.linter)
        let source = SourceFile(path: contents.source.path, utf8: outcome.bytes, encoding: contents.source.encoding)
        return Document.parse(source, languages: contents.linter.settings.templateLanguages)
    }

    private func locateChromium() throws -> Chromium {
        guard let chromium = Chromium.locate() else { throw CommandFailure("\(PreviewPictureError.chromiumMissing)") }
        return chromium
    }

    private func draw(_ page: PreviewPage, to path: String, _ chromium: Chromium) throws {
        do {
            try PreviewPicture.render(page, to: path, chromium: chromium, timeout: timeout)
        } catch let error as PreviewPictureError {
            throw CommandFailure("\(self.path): \(error)")
        } catch {
            throw CommandFailure("\(path): \(error.localizedDescription)")
        }
    }
}
