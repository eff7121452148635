/// One file a command works on: the path it is shown under, its bytes when they come from memory (standard input,
/// the git index), and the configuration that applies to it or why none does.
public struct InputFile {
    public var path: String
    /// The content, when it does not come from the file at `path`.
    public var bytes: [UInt8]?
    /// Read from standard input (`-`): there is no file to rewrite.
    public var isStandardInput: Bool
    public var resolution: Result<ConfigurationResolver.Resolved, ConfigurationError>

    public init(path: String, bytes: [UInt8]? = nil, isStandardInput: Bool = false,
                resolution: Result<ConfigurationResolver.Resolved, ConfigurationError>) {
        self.path = path
        self.bytes = bytes
        self.isStandardInput = isStandardInput
        self.resolution = resolution
    }

    /// What a file read gives: the bytes as they are (for atomic rewrites and diffs) and the decoded text.
    public struct Contents {
        public var original: [UInt8]
        public var source: SourceFile
        public var configuration: Configuration
        public var linter: Linter
    }

    /// Reads and decodes the file under its configuration's size limit; a configuration error or an unreadable
    /// file is thrown as one line naming the file.
    public func read() throws -> Contents {
        let resolved = try resolution.get()
        let original = try bytes ?? FileReading.readBytes(path, limit: resolved.configuration.maxFileSize)
        return Contents(original: original, source: try SourceFile(path: path, data: original),
                        configuration: resolved.configuration, linter: resolved.linter)
    }

    /// The file as the check runner takes it (reading and checking happen in its workers).
    public var checkInput: CheckInput {
        CheckInput(path: path, bytes: bytes, linter: resolution.map(\.linter),
                   maxFileSize: (try? resolution.get().configuration.maxFileSize) ?? Configuration.defaultMaxFileSize)
    }
}
