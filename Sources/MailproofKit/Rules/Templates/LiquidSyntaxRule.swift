/// Liquid that Kit (ConvertKit), Shopify or Braze would reject or render wrongly.
struct LiquidSyntaxRule: OptionlessRule {
    static let description = RuleDescription(
        id: .liquidSyntax,
        title: "Liquid tags are complete, balanced and known",
        category: .templates,
        defaultSeverity: .error,
        rationale: """
            A Liquid error stops the send: Kit (ConvertKit) refuses to save or send a template it cannot parse, and other \
            platforms print the error into the message. This rule reports `{% if %}`, `{% unless %}`, `{% for %}`, \
            `{% case %}`, `{% capture %}`, `{% raw %}` and `{% comment %}` blocks without their `{% end… %}` (or an end \
            without its opening), `{{` and `{%` that never close, tag names Liquid does not know (`{% elseif %}` is \
            `{% elsif %}`), and curly quotes or HTML entities (`&quot;`, `&amp;`) inside a tag: what pasting template \
            code through a rich-text editor leaves behind. Messages give the line of the opening tag. Files written for \
            Jinja, Django, Twig, Nunjucks or HubSpot's HubL (which share the `{% %}` syntax) are not checked.
            """,
        source: "Shopify Liquid reference, https://shopify.github.io/liquid/tags/ ; Kit help, \"Using Liquid\" (https://help.kit.com/en/articles/4577765-using-liquid)",
        wording: CustomerWording(
            problem: "Some personalisation tags are incomplete or mistyped",
            why: "A broken tag stops the email from being sent or prints the raw code to your subscribers.",
            action: "Check the tags we point to: every `{% if %}` needs an `{% endif %}`, and quotes must be straight quotes.",
            affects: "your subscribers (the email may not send)"),
        triggering: [
            Example("<p>↓{% if subscriber.first_name %}Hi {{ subscriber.first_name }}</p>"),
            Example("<p>{% if a %}x{% endif %}↓{% endif %}</p>"),
            Example("<td>{% for item in items %}↓{% if item.on_sale %}{{ item.title }}{% endfor %}</td>"),
            Example("<p>Hello ↓{{ subscriber.first_name </p>"),
            Example("<p>{% if a %}x↓{% elseif b %}y{% endif %}</p>"),
            Example("<p>{% if subscriber.first_name != ↓&quot;↓&quot; %}Hi{% endif %}</p>"),
            Example("<p>{{ subscriber.first_name | default: ↓“friend↓” }}</p>"),
        ],
        nonTriggering: [
            Example("<p>{% if subscriber.first_name != blank %}Hi {{ subscriber.first_name }}{% else %}Hi there{% endif %}</p>"),
            Example("<ul>{% for item in items %}<li>{{ item.title | escape }}</li>{% endfor %}</ul>"),
            Example("{% capture greeting %}Hi {{ name }}{% endcapture %}{% assign n = 3 %}{% render 'footer' %}"),
            Example("{% raw %}{{ not liquid {% if %}{% endraw %}"),
            Example("<a href=\"{{ url | append: '?a=1&amp;b=2' }}\">Shop</a>"),
            Example("{% case plan %}{% when 'pro' %}Pro{% else %}Free{% endcase %}"),
            Example("{% extends 'base.html' %}{% block content %}{% set x = 1 %}<p>Hi</p>{% endblock %}"),
            Example("<p>*|FNAME|* {{#if x}}y{{/if}}</p>"),
        ]
    )

    /// Liquid's own tags, with Shopify's, Jekyll's and Braze's.
    private static let knownTags: Set<String> = [
        "assign", "capture", "case", "comment", "cycle", "decrement", "echo", "for", "if", "include", "increment",
        "liquid", "raw", "render", "tablerow", "unless", "break", "continue", "else", "elsif", "when", "doc",
        "form", "paginate", "section", "sections", "layout", "style", "javascript", "schema", "stylesheet",
        "content_for", "highlight", "link", "post_url", "include_relative", "ifchanged", "seo", "feed_meta",
        "abort_message", "connected_content", "content_blocks", "catalog_items", "promotion",
    ]

    /// Tags of the other `{% %}` languages: a file with any of them is not Liquid.
    private static let otherLanguageTags: Set<String> = [
        "extends", "block", "endblock", "set", "endset", "macro", "endmacro", "import", "from", "elif", "trans",
        "blocktrans", "load", "url", "static", "csrf_token", "with", "endwith", "filter", "call", "autoescape",
        "spaceless", "verbatim", "embed", "apply", "module", "require_css", "require_js", "widget_block", "dnd_area",
        "dnd_section", "dnd_module", "dnd_row", "dnd_column", "do", "endfor_each", "templatetag", "now", "firstof",
    ]

    func finish(_ document: Document, _ context: RuleContext) {
        let liquid = document.templateTags.filter { $0.language == .liquid }
        guard !liquid.isEmpty else { return }
        if liquid.contains(where: { $0.isTerminated && Self.otherLanguageTags.contains($0.name.lowercased()) }) { return }
        TemplateSyntaxCheck.reportStructure(.liquid, document, context)
        for tag in liquid where tag.isTerminated && tag.kind == .tag && !tag.name.isEmpty {
            let bytes = document.source.bytes
            // Only `{% … %}` tags have names to check.
            guard tag.range.end - tag.range.start >= 4, bytes[tag.range.start + 1] == 0x25 /* % */ else { continue }
            guard !Self.knownTags.contains(tag.name) else { continue }
            let hint = tag.name == "elseif" || tag.name == "elif" || tag.name == "else if" ? " (Liquid spells it elsif)" : ""
            context.report("Unknown Liquid tag {% \(tag.name) %}\(hint)", at: tag.range)
        }
        TemplateSyntaxCheck.reportPasteArtefacts(.liquid, document, context)
    }
}

extension RuleID {
    public static let liquidSyntax: RuleID = "liquid-syntax"
}
