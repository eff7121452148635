/// Which clients to check against, from `clients:` in the configuration or `--clients`.
///
/// Patterns are `family.platform` ids with `*` and `?` globs in either part (`gmail.*`, `outlook.windows`,
/// `*.ios`), a bare family (`gmail` = `gmail.*`), or a preset name (`popular`, `all`, `microsoft`…; `default`
/// is the default preset). Preset names win over family names. Matching is case-insensitive; an entry may
/// hold several patterns separated by commas.
public struct ClientSelection: Sendable, Hashable {
    /// The patterns as given (lowercased, trimmed, split at commas).
    public let patterns: [String]
    private let globs: [ClientGlob]

    /// Parses and validates patterns against `database`: each one must match at least one client there.
    public init(parsing patterns: [String], in database: CompatDatabase = .embedded) throws {
        let cleaned = patterns.flatMap { $0.split(separator: ",") }
            .map { $0.trimmingSpaces().lowercased() }
            .filter { !$0.isEmpty }
        guard !cleaned.isEmpty else { throw ClientSelectionError(pattern: "", message: "no clients selected") }
        var globs: [ClientGlob] = []
        for pattern in cleaned {
            if let preset = ClientPreset.named(pattern) {
                // Preset contents are not validated: a preset may name clients a given data file lacks.
                globs += preset.patterns.compactMap(ClientGlob.init)
                continue
            }
            guard let glob = ClientGlob(pattern.contains(".") ? pattern : pattern + ".*") else {
                throw ClientSelectionError(pattern: pattern, message: "expected family.platform, e.g. outlook.windows or gmail.*")
            }
            try glob.validate(pattern: pattern, in: database)
            globs.append(glob)
        }
        self.patterns = cleaned
        self.globs = globs
    }

    /// The default preset.
    public static var `default`: ClientSelection { ClientSelection(preset: .popular) }

    /// Exactly a preset's clients, without validation against a database.
    public init(preset: ClientPreset) {
        self.patterns = [preset.name]
        self.globs = preset.patterns.compactMap(ClientGlob.init)
    }

    public func matches(_ client: ClientID) -> Bool {
        globs.contains { $0.matches(client) }
    }

    /// The selected clients present in `database`, in the database's order.
    public func clients(in database: CompatDatabase) -> [ClientID] {
        database.clients.filter(matches)
    }
}

/// A client pattern that cannot be used, with what would have been valid.
struct ClientSelectionError: Error, Sendable, Equatable, CustomStringConvertible {
    public var pattern: String
    public var message: String

    public init(pattern: String, message: String) {
        self.pattern = pattern
        self.message = message
    }

    public var description: String {
        pattern.isEmpty ? "invalid clients: \(message)" : "invalid client '\(pattern)': \(message)"
    }
}

/// `family.platform` with a glob on each side.
private struct ClientGlob: Sendable, Hashable {
    var family: String
    var platform: String

    init?(_ pattern: String) {
        let parts = pattern.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return nil }
        family = String(parts[0])
        platform = String(parts[1])
    }

    func matches(_ client: ClientID) -> Bool {
        globMatch(family, client.family) && globMatch(platform, client.platform)
    }

    func validate(pattern: String, in database: CompatDatabase) throws {
        let families = database.families.map(\.id).filter { id in database.clients.contains { $0.family == id } }
        guard families.contains(where: { globMatch(family, $0) }) else {
            let presets = ClientPreset.builtIn.map(\.name).joined(separator: ", ")
            throw ClientSelectionError(
                pattern: pattern,
                message: "no client family '\(family)'. Valid families: \(families.joined(separator: ", ")); presets: \(presets), default")
        }
        let platforms = database.platforms.map(\.id).filter { id in database.clients.contains { $0.platform == id } }
        guard platforms.contains(where: { globMatch(platform, $0) }) else {
            throw ClientSelectionError(
                pattern: pattern, message: "no platform '\(platform)'. Valid platforms: \(platforms.joined(separator: ", "))")
        }
        guard database.clients.contains(where: matches) else {
            let near = database.clients.filter { globMatch(family, $0.family) }.map(\.description)
            throw ClientSelectionError(
                pattern: pattern, message: "matches no client. Clients of that family: \(near.joined(separator: ", "))")
        }
    }
}

/// Shell-style glob: `*` any run of characters, `?` one character.
func globMatch(_ pattern: String, _ text: String) -> Bool {
    // On the UTF-8 bytes (client ids and patterns are ASCII; a `?` still takes one whole character): this runs for
    // every client and pattern of every configuration, and arrays of scalars cost more than the matching.
    var pattern = pattern, text = text
    return pattern.withUTF8 { p in text.withUTF8 { t in globMatch(p, t) } }
}

private func globMatch(_ p: UnsafeBufferPointer<UInt8>, _ t: UnsafeBufferPointer<UInt8>) -> Bool {
    let star = UInt8(ascii: "*"), question = UInt8(ascii: "?")
    /// The index after the character starting at `i` (UTF-8 continuation bytes are 10xxxxxx).
    func next(_ i: Int) -> Int {
        var i = i + 1
        while i < t.count, t[i] & 0xC0 == 0x80 { i += 1 }
        return i
    }
    var pi = 0, ti = 0
    var starP = -1, starT = 0
    while ti < t.count {
        if pi < p.count && p[pi] == question {
            pi += 1
            ti = next(ti)
        } else if pi < p.count && p[pi] != star && p[pi] == t[ti] {
            pi += 1
            ti += 1
        } else if pi < p.count && p[pi] == star {
            starP = pi
            starT = ti
            pi += 1
        } else if starP >= 0 {
            // Backtrack: let the last `*` swallow one more character.
            pi = starP + 1
            starT = next(starT)
            ti = starT
        } else {
            return false
        }
    }
    while pi < p.count && p[pi] == star { pi += 1 }
    return pi == p.count
}

extension Substring {
    fileprivate func trimmingSpaces() -> String {
        String(drop(while: { $0.isWhitespace }).reversed().drop(while: { $0.isWhitespace }).reversed())
    }
}
