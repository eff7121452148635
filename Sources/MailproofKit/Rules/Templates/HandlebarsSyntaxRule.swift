/// Handlebars / Mustache that would fail to compile or render wrongly.
struct HandlebarsSyntaxRule: OptionlessRule {
    static let description = RuleDescription(
        id: .handlebarsSyntax,
        title: "Handlebars blocks are balanced and tags complete",
        category: .templates,
        defaultSeverity: .error,
        rationale: """
            Handlebars refuses to compile a template whose blocks do not pair: `{{#if}}`, `{{#each}}`, `{{#unless}}`, \
            `{{#with}}` or a section `{{#name}}`/`{{^name}}` without its `{{/name}}`, a `{{/name}}` that closes a \
            different block, or an `{{else}}` outside any block. SendGrid, Postmark, Mandrill and other senders then \
            reject the template or the send fails. `{{` without `}}` and curly quotes or HTML entities (`&quot;`) \
            inside a tag (left by pasting through a rich-text editor) are reported too. A closing tag that does not \
            match says where the block was opened. Go templates (`{{ if .X }}…{{ else }}…{{ end }}`, `{{ define }}`, \
            `{{ range }}`), which share the braces, are not checked.
            """,
        source: "Handlebars language guide, https://handlebarsjs.com/guide/block-helpers.html ; Mustache manual, https://mustache.github.io/mustache.5.html",
        wording: CustomerWording(
            problem: "Some personalisation tags are incomplete or mistyped",
            why: "A broken tag stops the email from being sent or prints the raw code to your subscribers.",
            action: "Check the tags we point to: every `{{#if}}` needs its `{{/if}}`.",
            affects: "your subscribers (the email may not send)"),
        triggering: [
            Example("<p>↓{{#if first_name}}Hi {{first_name}}</p>"),
            Example("<ul>{{#each items}}<li>{{name}}</li>↓{{/if}}</ul>"),
            Example("<p>{{#if a}}x{{/if}}↓{{/each}}</p>"),
            Example("<p>{{#if vip}}VIP{{/if}} Hello ↓{{ first_name </p>"),
            Example("<ul>{{#each tags}}<li>{{ . }}</li>↓{{/with}}</ul>"),
            Example("<p>{{#if (eq plan ↓&quot;pro↓&quot;)}}Pro{{/if}}</p>"),
        ],
        nonTriggering: [
            Example("<p>{{#if first_name}}Hi {{first_name}}{{else}}Hi there{{/if}}</p>"),
            Example("<ul>{{#each items}}<li>{{this.name}}</li>{{/each}}</ul>{{> footer}}"),
            Example("{{#each tags}}{{ . }}{{/each}} {{#each ../items}}{{.}}{{/each}}"),
            Example("{{#section}}x{{/section}}{{^empty}}y{{/empty}}{{! a comment with &quot; }}"),
            Example("<a href=\"{{url}}?a=1&amp;b=2\">{{{ button_label }}}</a>"),
            Example("<p>{% if a %}{{ name }}{% endif %} *|FNAME|*</p>"),
            Example("{{ define \"optin\" }}<ul>{{ range .Lists }}{{ if eq .Type \"public\" }}<li>{{ .Name }}</li>{{ else }}<li>Private</li>{{ end }}{{ end }}</ul>{{ end }}"),
        ]
    )

    /// Words that only Go's text/template uses as tags.
    private static let goWords: Set<String> = ["end", "define", "range", "template", "block"]

    func finish(_ document: Document, _ context: RuleContext) {
        if Self.isGoTemplate(document) { return }
        TemplateSyntaxCheck.reportStructure(.handlebars, document, context)
        TemplateSyntaxCheck.reportPasteArtefacts(.handlebars, document, context)
    }

    /// Go templates: `{{ end }}`, `{{ define … }}`, `{{ range … }}`, or a field access `{{ .Name }}`.
    private static func isGoTemplate(_ document: Document) -> Bool {
        let bytes = document.source.bytes
        for tag in document.templateTags where tag.language == .handlebars && tag.isTerminated {
            if goWords.contains(tag.name) { return true }
            var i = tag.innerRange.start
            while i < tag.innerRange.end, bytes[i] == 0x20 || bytes[i] == 0x2D /* - */ { i += 1 }
            if i + 1 < tag.innerRange.end, bytes[i] == 0x2E /* . */, TemplateBytes.isLetter(bytes[i + 1]) { return true }
        }
        return false
    }
}

extension RuleID {
    public static let handlebarsSyntax: RuleID = "handlebars-syntax"
}
