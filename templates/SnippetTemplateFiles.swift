// This folder is a SwiftPM target so that SwiftPM watches it: adding, editing or removing a template re-runs the
// EmbedSnippetTemplates plugin, which writes the folder's templates and manifests into a Swift source.

/// The `NAME.mustache` and `NAME.yml` files of `templates/`, by file name, as they were at build time.
public enum SnippetTemplateFiles {
    public static var all: [String: String] { EmbeddedSnippetTemplates.files }
}
