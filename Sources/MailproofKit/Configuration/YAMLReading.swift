import Yams

/// How mailproof reads every YAML file (configurations, snippet manifests, `--params`): composed into nodes whose
/// values the reader converts itself (`node.string`, `.int`, `.float`, `.bool`, none of which consults the
/// resolved tag of a value).
///
/// So none of Yams's defaults is needed, and each costs a one-file check dearly: the default resolver compiles a
/// dozen regular expressions on first use (8.8M instructions, a third of checking a 30 KB template), the default
/// encoding reads the whole environment on every call (and prints to standard output when
/// `YAMS_DEFAULT_ENCODING` is set), and the default constructor is built anew on every call. Keys are still
/// resolved (plain scalars become strings) for Yams's duplicate-key check, which compares spellings first, so it
/// finds the same duplicates. The empty constructor serves no `.any` or `Decodable` reading; nothing here asks for
/// one.
public enum YAMLReading {
    public static func compose(_ yaml: String) throws -> Yams.Node? {
        try Yams.compose(yaml: yaml, .basic, constructor, .utf8)
    }

    private static let constructor = Constructor([:], [:], [:])
}
