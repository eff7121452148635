import Foundation
import PackagePlugin

/// Turns the package's `templates/` folder into a Swift source, so the snippet templates travel inside the binary.
/// Every template file is an input of the build command: editing or adding one regenerates the source.
@main
struct EmbedSnippetTemplates: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        let templates = context.package.directoryURL.appending(path: "templates")
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedSnippetTemplates.swift")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: templates.path)) ?? []
        let inputs = names.sorted().filter { !$0.hasPrefix(".") }.map { templates.appending(path: $0) }
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
