/// The `.mailproof.yml` that `mailproof init` writes: every setting with its default and a comment saying what it
/// does, and every rule listed (commented out) with its default severity, so turning one off is one edit.
/// The text must load with `Configuration.parse` (a test holds it to that).
public enum ConfigurationTemplate {
    public static var text: String {
        var out = """
            # mailproof configuration (https://github.com/mailproof/mailproof).
            # Applies to the files in this folder and below; a .mailproof.yml nearer a file wins.

            # Preset the rules start from (`mailproof rules --preset NAME` lists what one turns on):
            \(Preset.all.map { "#   \($0.name): \($0.summary)" }.joined(separator: "\n"))
            extends: recommended

            # Email clients whose support decides client-support findings: family.platform ids, globs and presets
            # (`mailproof clients` lists them). `default` is the popular clients.
            clients: [default]

            # Template languages whose tags are masked before parsing: auto (detect per file), none, or a list of
            # liquid, handlebars, mailchimp.
            templating: auto

            # Globs relative to this file; they filter the files found in folders (files named on the command line
            # are always checked).
            # include: ["emails/**"]
            # exclude: ["**/vendor/**"]

            # Files larger than this many bytes are reported instead of read.
            maxFileSize: \(Configuration.defaultMaxFileSize)

            # The email service provider the templates are for: kit, mailchimp or generic. It picks the merge-tag
            # language (unless templating: says otherwise) and turns on the provider's required-tags rule.
            esp: generic

            # What the files are: template, message, form or snippet. Default: inferred per file
            # (`mailproof check --verbose` says what it inferred; a file can say <!-- mailproof-kind: form -->).
            # kind: template

            # Folders of your team's own snippets (`mailproof snippet`), relative to this file; they add to or
            # replace the built-in ones.
            # templates: [email/snippets]

            # A newer caniemail data file (data.json), relative to this file, instead of the embedded data.
            # compatData: caniemail.json

            # Per-rule severity: off, info, warning or error. Uncomment a rule's line (delete its first '# ') to set it;
            # `mailproof explain RULE` says why each one exists.
            rules:

            """
        let width = RuleRegistry.all.map { $0.description.id.rawValue.count }.max() ?? 0
        for rule in RuleRegistry.all.map({ $0.description }) {
            let setting = rule.id.rawValue + ":" + String(repeating: " ", count: width - rule.id.rawValue.count + 1) + rule.defaultSeverity.rawValue
            out += "  # \(setting)  # \(rule.title)\(rule.isOptIn ? " (opt-in: off in recommended)" : "")\n"
        }
        for rule in RuleRegistry.all.map({ $0.description }) where !rule.options.isEmpty {
            out += "\n  # \(rule.id) takes options (`mailproof explain \(rule.id)`); uncomment to change one:\n"
            out += "  # \(rule.id):\n  #   options:\n"
            for option in rule.options {
                out += "  #     \(option.name): \(option.defaultValue)  # \(option.accepts): \(option.summary)\n"
            }
        }
        return out
    }
}
