import SnippetTemplates

/// Every snippet available: the built-in ones embedded at build time from `templates/`, then a team's folders
/// (`--templates DIR`, `templates:` in .mailproof.yml), whose snippets add to or replace the built-in ones by name.
public struct SnippetCatalogue: Sendable {
    public private(set) var snippets: [Snippet]

    /// The snippets built into this binary.
    public static func builtIn() throws -> SnippetCatalogue {
        try SnippetCatalogue(files: SnippetTemplateFiles.all, origin: "built-in")
    }

    /// One built-in snippet, reading only its own manifest: checks that suggest a snippet must not pay for parsing
    /// every manifest (all of them cost about 60M instructions, as much as checking a large template).
    public static func builtInSnippet(named name: String) throws -> Snippet {
        guard let template = SnippetTemplateFiles.all[name + ".mustache"], let manifest = SnippetTemplateFiles.all[name + ".yml"] else {
            throw SnippetError("unknown built-in snippet '\(name)'")
        }
        return try Snippet.parseManifest(manifest, name: name, template: template, origin: "built-in")
    }

    /// Snippets from `NAME.mustache` + `NAME.yml` pairs; a template without a manifest, or the reverse, is an error.
    init(files: [String: String], origin: String) throws {
        var snippets: [Snippet] = []
        for (file, template) in files.sorted(by: { $0.key < $1.key }) where file.hasSuffix(".mustache") {
            let name = String(file.dropLast(".mustache".count))
            guard let manifest = files[name + ".yml"] else {
                throw SnippetError("\(origin)/\(file): no manifest \(name).yml next to it")
            }
            snippets.append(try Snippet.parseManifest(manifest, name: name, template: template, origin: origin))
        }
        for file in files.keys where file.hasSuffix(".yml") && files[String(file.dropLast(4)) + ".mustache"] == nil {
            throw SnippetError("\(origin)/\(file): no template \(file.dropLast(4)).mustache next to it")
        }
        self.snippets = snippets
    }

    /// Adds the snippets of a team's folder, replacing built-in ones of the same name.
    public mutating func add(folder: String) throws {
        let names: [String]
        do {
            names = try FileReading.directoryEntries(folder)
        } catch {
            throw SnippetError("--templates \(folder): cannot read the folder (\(error))")
        }
        var files: [String: String] = [:]
        for name in names where name.hasSuffix(".mustache") || name.hasSuffix(".yml") {
            files[name] = try FileReading.readText(PathName.join(folder, name))
        }
        let extra = try SnippetCatalogue(files: files, origin: folder)
        for snippet in extra.snippets {
            if let index = snippets.firstIndex(where: { $0.name == snippet.name }) {
                snippets[index] = snippet
            } else {
                snippets.append(snippet)
            }
        }
        snippets.sort { $0.name < $1.name }
    }

    public func snippet(named name: String) throws -> Snippet {
        guard let snippet = snippets.first(where: { $0.name == name }) else {
            throw SnippetError("unknown snippet '\(name)'; snippets: \(snippets.map(\.name).joined(separator: ", "))")
        }
        return snippet
    }
}
