/// The one way every command finds its files: paths and folders (walked for template extensions, honouring the
/// configuration's `include:`/`exclude:` for what a walk finds), `-` for standard input, a `--files-from` list, or
/// the staged content of the git index; each file with the configuration of its folder.
public struct InputCollector {
    public let resolver: ConfigurationResolver

    public init(resolver: ConfigurationResolver) {
        self.resolver = resolver
    }

    /// The files, and one line for each path that could not be used.
    public struct Collection {
        public var files: [InputFile] = []
        public var problems: [String] = []
    }

    /// `targets` as given on the command line; `-` reads standard input, shown as `standardInputName`
    /// (`--stdin-filename`, which also decides its configuration) or `<stdin>`.
    public func collect(_ targets: [String], standardInputName: String? = nil) -> Collection {
        var collection = Collection()
        if targets.contains("-") {
            let resolution = resolver.resolve(forFile: standardInputName ?? "./stdin.html")
            let limit = (try? resolution.get().configuration.maxFileSize) ?? Configuration.defaultMaxFileSize
            do {
                let bytes = try FileReading.readStandardInput(limit: limit)
                collection.files.append(InputFile(path: standardInputName ?? "<stdin>", bytes: bytes, isStandardInput: true,
                                                  resolution: resolution))
            } catch {
                collection.problems.append("\(error)")
            }
        }
        let found = FileDiscovery().find(targets.filter { $0 != "-" })
        collection.problems += found.errors
        for file in found.files {
            let resolution = resolver.resolve(forFile: file.path)
            if file.fromWalk, excluded(PathName.absolute(file.path), by: resolution) { continue }
            collection.files.append(InputFile(path: Self.displayPath(file.path), resolution: resolution))
        }
        return collection
    }

    /// The staged files with template extensions, each read from the index and shown under its path relative to
    /// the working directory.
    public func collectStaged() throws -> Collection {
        let top = try GitIndex.topLevel()
        let staged = try GitIndex.stagedPaths()
        let workingDirectory = PathName.absolute(".")
        var collection = Collection()
        for path in staged where FileDiscovery.defaultExtensions.contains(PathName.fileExtension(of: path)) {
            let full = PathName.join(top, path)
            let resolution = resolver.resolve(forFile: full)
            if excluded(full, by: resolution) { continue }
            do {
                collection.files.append(InputFile(path: PathName.relative(full, to: workingDirectory),
                                                  bytes: try GitIndex.stagedContent(of: path, topLevel: top),
                                                  resolution: resolution))
            } catch {
                collection.problems.append("\(error)")
            }
        }
        return collection
    }

    /// Whether the configuration that applies to `absolutePath` leaves it out (`include:`/`exclude:` are relative
    /// to the configuration's folder).
    private func excluded(_ absolutePath: String, by resolution: Result<ConfigurationResolver.Resolved, ConfigurationError>) -> Bool {
        guard case .success(let resolved) = resolution, let folder = resolved.configuration.directory else { return false }
        return !resolved.configuration.includes(relativePath: PathName.relative(absolutePath, to: folder))
    }

    static func displayPath(_ path: String) -> String {
        path.hasPrefix("./") ? String(path.dropFirst(2)) : path
    }
}
