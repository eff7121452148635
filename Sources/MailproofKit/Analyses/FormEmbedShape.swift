/// Whether a fragment is signup-form embed code for a web page: it holds a live `<form>`, or a provider's embed
/// `<script>`, `<iframe>` or placeholder `<div>` that becomes one in the browser. `FormScan` finds them and
/// their providers.
enum FormEmbedShape {
    static func isFormEmbed(_ forms: FormScan) -> Bool {
        !forms.embeds.isEmpty
    }
}
