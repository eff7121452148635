/// Where a template tag stands in the HTML around it; decides the placeholder that replaces it.
public enum TemplateContext: String, Hashable, Sendable {
    /// Character data between elements (also the tag name position right after `<`, and `<!DOCTYPE …>`).
    case text
    /// Inside a start or end tag, between attributes or in an attribute name: `<td {% if x %}…>`.
    case insideStartTag
    /// Inside an attribute value, quoted or not, or right after `=`: `href="{{ url }}"`.
    case attributeValue
    /// Inside the raw text of `<style>` or `<script>`.
    case rawText
    /// Inside an HTML comment `<!-- … -->` (including Outlook conditional comments).
    case comment
}
