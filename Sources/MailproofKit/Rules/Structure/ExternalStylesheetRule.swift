/// `<link rel="stylesheet">` is removed by most email clients, so the styles it loads never apply.
struct ExternalStylesheetRule: OptionlessRule {
    static let description = RuleDescription(
        id: .externalStylesheet,
        title: "No external stylesheets",
        category: .structure,
        defaultSeverity: .warning,
        rationale: """
            Gmail, Outlook (Windows, Outlook.com and the apps), Yahoo and most webmail remove <link rel="stylesheet"> \
            elements, so the message shows without any of those styles. Put the CSS in a <style> block in the <head> and \
            inline what the layout needs. Web-font links (Google Fonts, Adobe Fonts, Bunny Fonts…) are not reported: \
            loading a font this way is the usual progressive enhancement for the clients that support it, with a \
            fallback font stack for the others. Links to a relative path (`href="css/main.css"`) are not reported either: \
            they cannot load from an inbox, so they are input for a build step that inlines them (Juice, Premailer, \
            Maizzle, antwort), and a missing build shows up as a relative URL. Signup-form embeds for web pages are not \
            checked.
            """,
        source: "https://www.caniemail.com/features/html-link/ ; Campaign Monitor CSS support guide",
        kinds: DocumentKind.emailKinds,
        tags: [.deliverability],
        wording: CustomerWording(
            problem: "The design depends on a style file linked from elsewhere",
            why: "Most email apps do not load linked style files, so the email shows up unstyled.",
            action: "Put the styles into the email itself (our inline command can do it).",
            affects: "Gmail, Outlook and most email apps"),
        triggering: [
            Example("<html><head>↓<link rel=\"stylesheet\" href=\"https://example.com/email.css\"></head><body>Hi</body></html>"),
            Example("<p>Hi</p>↓<LINK href=\"//cdn.example.com/styles.css\" REL=\"Stylesheet\" type=\"text/css\">"),
            Example("↓<link rel=\"alternate stylesheet\" href=\"{{ css_url }}\">"),
        ],
        nonTriggering: [
            Example("<html><head><link href=\"https://fonts.googleapis.com/css2?family=Inter&display=swap\" rel=\"stylesheet\"></head><body>Hi</body></html>"),
            Example("<link rel=\"stylesheet\" href=\"https://use.typekit.net/abc1234.css\">"),
            Example("<html><head><link href=\"../src/css/main.css\" media=\"all\" rel=\"stylesheet\"></head><body>Hi</body></html>"),
            Example("<link rel=\"icon\" href=\"https://example.com/favicon.ico\">"),
            Example("<style>p{margin:0}</style><p>{{ first_name }}</p>"),
            Example("<div><link rel=\"stylesheet\" href=\"https://example.com/form.css\"><form action=\"https://example.com/subscribe\"></form></div>"),
        ]
    )

    static let visitsElements = true
    /// `visit` reads these elements only.
    static let visitedElementNames: Set<String>? = ["link"]

    /// Hosts that serve web-font CSS.
    private static let fontHosts = ["fonts.googleapis.com", "use.typekit.net", "p.typekit.net", "fonts.bunny.net",
                                    "fast.fonts.net", "cloud.typography.com", "use.fontawesome.com", "fonts.cdnfonts.com",
                                    "api.fontshare.com", "fonts.fontshare.com"]

    mutating func visit(_ element: Element, _ context: RuleContext) {
        guard element.name == "link" else { return }
        let rel = (element.value("rel") ?? "").lowercased().split { $0 == " " || $0 == "\t" || $0 == "\n" }
        guard rel.contains("stylesheet") else { return }
        let href = (element.value("href") ?? "").lowercased().trimmingWhitespace()
        let isTemplated = element.attribute("href")?.valueRange.map { element.document.containsTemplateTag($0) } ?? false
        // A relative path is an inliner's input, not something an inbox could load.
        if !isTemplated, !(href.hasPrefix("http:") || href.hasPrefix("https:") || href.hasPrefix("//")) { return }
        if Self.fontHosts.contains(where: { href.contains($0) }) { return }
        context.report("Most email clients remove <link rel=\"stylesheet\">; move the CSS into a <style> block and inline what the layout needs",
                       at: element.startTagRange)
    }
}

extension RuleID {
    public static let externalStylesheet: RuleID = "external-stylesheet"
}
