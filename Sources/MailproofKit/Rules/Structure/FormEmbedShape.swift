/// Whether a fragment is signup-form embed code for a web page: it holds a live `<form>`, or a provider's embed
/// `<script>`, `<iframe>` or placeholder `<div>` that becomes one in the browser (see `FormScan`).
enum FormEmbedShape {
    static func isFormEmbed(_ document: Document) -> Bool {
        !FormScan(document).embeds.isEmpty
    }

    static func isFormEmbed(_ forms: FormScan) -> Bool {
        !forms.embeds.isEmpty
    }
}
