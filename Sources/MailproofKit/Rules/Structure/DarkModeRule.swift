/// Dark-mode styles and the `color-scheme` declaration that tells clients about them belong together.
struct DarkModeRule: OptionlessRule {
    static let description = RuleDescription(
        id: .darkMode,
        title: "Dark-mode styles come with a color-scheme declaration",
        category: .structure,
        defaultSeverity: .warning,
        rationale: """
            Apple Mail (macOS and iOS) and other WebKit-based clients only use your `@media (prefers-color-scheme: dark)` \
            styles when the email says it supports dark mode: `<meta name="color-scheme" content="light dark">` and \
            `<meta name="supported-color-schemes" content="light dark">` in the <head> (or `color-scheme: light dark` \
            on `:root`). Without them the client inverts colours itself and your dark styles fight its changes. The \
            reverse is a problem too: declaring "dark" support without any dark styles tells Apple Mail not to adapt \
            the message, so dark text can end up on a dark background. Fragments and heads that come from another \
            template are not checked.
            """,
        source: "Litmus, \"The ultimate guide to dark mode for email marketers\" (https://www.litmus.com/blog/the-ultimate-guide-to-dark-mode-for-email-marketers) ; https://www.caniemail.com/features/css-at-media-prefers-color-scheme/",
        wording: CustomerWording(
            problem: "Dark mode styles are not switched on properly",
            why: "Apps only use your dark mode colours when the template says it supports dark mode; otherwise they invert colours their own way.",
            action: "Add `<meta name=\"color-scheme\" content=\"light dark\">` and `<meta name=\"supported-color-schemes\" content=\"light dark\">` to the `<head>`.",
            affects: "Apple Mail and Outlook in dark mode"),
        triggering: [
            Example("<html><head><style>↓@media (prefers-color-scheme: dark) { body { background: #000 } }</style></head><body>Hi</body></html>"),
            Example("<html><head>↓<meta name=\"color-scheme\" content=\"light dark\"></head><body>Hi</body></html>"),
        ],
        nonTriggering: [
            Example("""
                <html><head><meta name="color-scheme" content="light dark"><meta name="supported-color-schemes" content="light dark">\
                <style>@media (prefers-color-scheme: dark) { .bg { background: #000 !important } }</style></head><body>Hi</body></html>
                """),
            Example("<html><head><style>:root { color-scheme: light dark; supported-color-schemes: light dark; } @media (prefers-color-scheme: dark) { p { color: #fff } }</style></head><body>Hi</body></html>"),
            Example("<html><head><meta name=\"color-scheme\" content=\"light dark\"><style>[data-ogsc] .x { color: #fff }</style></head><body>Hi</body></html>"),
            Example("<html><head><meta name=\"color-scheme\" content=\"light only\"></head><body>Hi</body></html>"),
            Example("<html><head><style>[data-ogsc] .text { color: #fff !important }</style></head><body>Hi</body></html>"),
            Example("<style>@media (prefers-color-scheme: dark) { p { color: #fff } }</style><p>{{ body }}</p>"),
            Example("{% include 'head.html' %}<head><style>@media (prefers-color-scheme: dark) { p { color: #fff } }</style></head><body>Hi</body>"),
        ]
    )

    func finish(_ document: Document, _ context: RuleContext) {
        let shape = context.shape
        guard shape.isWholeDocument, !shape.headMayBeElsewhere(document) else { return }
        // A template include anywhere may carry the other half.
        if DocumentShape.includesTemplate(before: document.source.bytes.count, in: document) { return }

        var declaration: ByteRange?
        var declaresDark = false
        for meta in document.elements(named: "meta") {
            let name = meta.value("name")?.lowercased().trimmingWhitespace() ?? ""
            guard name == "color-scheme" || name == "supported-color-schemes" else { continue }
            if declaration == nil { declaration = meta.startTagRange }
            if (meta.value("content") ?? "").lowercased().contains("dark") { declaresDark = true }
        }
        var darkStyles: ByteRange?
        // Outlook.com's `[data-ogsc]` selectors count as dark styles but need no color-scheme meta.
        var mediaQuery: ByteRange?
        // The declarations of every rule (style rules, at-rule blocks, keyframes), in source order, read in place.
        func read(_ declarations: [CSSDeclaration]) {
            for k in declarations.indices {
                let property = declarations[k].property
                guard property.hasSameText(as: "color-scheme") || property.hasSameText(as: "supported-color-schemes") else { continue }
                if declaration == nil { declaration = declarations[k].range }
                if declarations[k].value.lowercased().contains("dark") { declaresDark = true }
            }
        }
        for sheet in document.styleSheets {
            sheet.stylesheet.forEachRule { rule in
                switch rule {
                case .atRule(let at):
                    switch at.body {
                    case .declarations(let block): read(block.declarations)
                    case .keyframes(let frames): for frame in frames { read(frame.declarations) }
                    case .none, .rules: break
                    }
                    // The parser lower-cases at-rule names.
                    if mediaQuery == nil, at.name.hasSameText(as: "media"), at.prelude.lowercased().contains("prefers-color-scheme") {
                        mediaQuery = at.range
                        if darkStyles == nil { darkStyles = at.range }
                    }
                case .style(let style):
                    read(style.declarations)
                    // Both selectors hold a `[`: most selectors have none and need no lower-cased copy.
                    guard darkStyles == nil, style.selectorText.containsByte(UInt8(ascii: "[")) else { return }
                    let selector = style.selectorText.lowercased()
                    if selector.contains("[data-ogsc]") || selector.contains("[data-ogsb]") {
                        darkStyles = style.range
                    }
                }
            }
        }
        for style in document.inlineStyleBlocks where declaration == nil || !declaresDark {
            if let property = style.block.declaration(named: "color-scheme") {
                if declaration == nil { declaration = property.range }
                if property.value.lowercased().contains("dark") { declaresDark = true }
            }
        }
        if let mediaQuery, declaration == nil {
            context.report("Dark-mode styles without <meta name=\"color-scheme\" content=\"light dark\"> (and supported-color-schemes): Apple Mail ignores them and inverts the colours itself",
                           at: mediaQuery)
        } else if let declaration, declaresDark, darkStyles == nil {
            context.report("The email declares dark-mode support but has no @media (prefers-color-scheme: dark) styles: clients will not adapt it, so check it in dark mode or add dark styles",
                           at: declaration)
        }
    }
}

extension RuleID {
    public static let darkMode: RuleID = "dark-mode"
}
