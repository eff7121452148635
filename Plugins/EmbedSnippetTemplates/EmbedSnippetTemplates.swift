import Foundation
import PackagePlugin

/// Turns the package's `templates/` folder into a Swift source, so the snippet templates travel inside the binary.
/// Every template file is an input of the build command, so editing one regenerates the source; templates/ being
/// a target of its own makes SwiftPM re-plan (and re-run this plugin) when a file is added or removed.
@main
struct EmbedSnippetTemplates: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        let templates = context.package.directoryURL.appending(path: "templates")
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedSnippetTemplates.swift")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: templates.path)) ?? []
        let inputs = names.sorted().filter { $0.hasSuffix(".mustache") || $0.hasSuffix(".yml") }.map { templates.appending(path: $0) }
        return [
            .buildCommand(
                displayName: "Embedding snippet templates",
                executable: try context.tool(named: "embed-templates").url,
                arguments: [templates.path, output.path],
                inputFiles: inputs,
                outputFiles: [output]
            ),
        ]
    }
}
