/// Finds the configuration for each file by walking up from its folder to the nearest `.mailproof.yml`, and
/// builds one linter per configuration file. Both are cached, so a folder of thousands of files reads each
/// configuration once.
public final class ConfigurationResolver {
    /// Applied on top of every configuration (command-line flags).
    public struct Overrides {
        public var clients: [String]?
        public var templating: Set<TemplateLanguage>??
        /// A caniemail data file to use instead of the embedded data.
        public var compatData: String?
        /// What the files are, replacing the configuration's `kind:`.
        public var kind: DocumentKind?
        /// The sending platform, replacing the configuration's `esp:`.
        public var esp: ESPProfile?
        /// The preset the rules start from, replacing the configuration's `extends:`.
        public var preset: String?
        public init(clients: [String]? = nil, templating: Set<TemplateLanguage>?? = nil, compatData: String? = nil,
                    kind: DocumentKind? = nil, esp: ESPProfile? = nil, preset: String? = nil) {
            self.clients = clients
            self.templating = templating
            self.compatData = compatData
            self.kind = kind
            self.esp = esp
            self.preset = preset
        }
    }

    public struct Resolved {
        public var configuration: Configuration
        public var linter: Linter
    }

    private let explicitPath: String?
    private let overrides: Overrides
    private var configurationPathByFolder: [String: String?] = [:]
    private var resolvedByPath: [String: Result<Resolved, ConfigurationError>] = [:]
    private var databasesByPath: [String: CompatDatabase] = [:]

    /// `explicitPath` (from `--config`) replaces discovery for every file.
    public init(explicitPath: String? = nil, overrides: Overrides = Overrides()) {
        self.explicitPath = explicitPath
        self.overrides = overrides
    }

    /// The configuration and linter for a file.
    public func resolve(forFile path: String) -> Result<Resolved, ConfigurationError> {
        let configurationPath = explicitPath ?? nearestConfiguration(from: PathName.directory(of: PathName.absolute(path)))
        let key = configurationPath ?? ""
        if let cached = resolvedByPath[key] { return cached }
        let result = Result { try build(configurationPath) }.mapError { error in
            error as? ConfigurationError ?? ConfigurationError(message: "\(error)", location: configurationPath ?? "")
        }
        resolvedByPath[key] = result
        return result
    }

    private func build(_ path: String?) throws -> Resolved {
        var configuration = try path.map(Configuration.load) ?? Configuration()
        if let clients = overrides.clients { configuration.clients = clients }
        if let templating = overrides.templating { configuration.templating = templating }
        if let kind = overrides.kind { configuration.kind = kind }
        if let esp = overrides.esp { configuration.esp = esp }
        if let preset = overrides.preset, Preset.names.contains(preset) { configuration.extends = preset }
        let settings = LintSettings(compatibility: try compatibilityTarget(configuration),
                                    templateLanguages: configuration.effectiveTemplateLanguages,
                                    kind: configuration.kind, esp: configuration.esp)
        return Resolved(configuration: configuration, linter: Linter(rules: try configuration.enabledRules(), settings: settings))
    }

    /// The support data (embedded, or a newer caniemail file) and the selected clients.
    private func compatibilityTarget(_ configuration: Configuration) throws -> CompatibilityTarget {
        let location = configuration.path ?? "--clients"
        var database = CompatDatabase.embedded
        // --compat-data is relative to the working directory, compatData: to the configuration's folder.
        let dataPath = overrides.compatData
            ?? configuration.compatData.map { path in
                path.hasPrefix("/") ? path : PathName.join(configuration.directory ?? ".", path)
            }
        if let dataPath {
            if let cached = databasesByPath[dataPath] {
                database = cached
            } else {
                do {
                    database = try CompatDatabase(data: try FileReading.readBytes(dataPath))
                } catch {
                    throw ConfigurationError(message: "compatibility data: \(error)", location: dataPath)
                }
                databasesByPath[dataPath] = database
            }
        }
        guard let patterns = configuration.clients else {
            return CompatibilityTarget(database: database, clients: ClientSelection.default.clients(in: database))
        }
        do {
            let selection = try ClientSelection(parsing: patterns, in: database)
            return CompatibilityTarget(database: database, clients: selection.clients(in: database))
        } catch {
            throw ConfigurationError(message: "clients: \(error)", location: overrides.clients != nil ? "--clients" : location)
        }
    }

    private func nearestConfiguration(from folder: String) -> String? {
        var visited: [String] = []
        var current = folder
        var found: String?
        while true {
            if let cached = configurationPathByFolder[current] {
                found = cached
                break
            }
            visited.append(current)
            if let hit = Configuration.fileNames.map({ PathName.join(current, $0) }).first(where: { FileReading.kind(of: $0) == .file }) {
                found = hit
                break
            }
            if current == "/" { break }
            current = PathName.directory(of: current)
        }
        for folder in visited { configurationPathByFolder[folder] = .some(found) }
        return found
    }
}
