/// Text must stand out from its background: WCAG 2 asks for a contrast ratio of 4.5:1, or 3:1 for large text.
struct ColorContrastRule: OptionlessRule {
    static let description = RuleDescription(
        id: .colorContrast,
        title: "Text has enough contrast with its background",
        category: .accessibility,
        defaultSeverity: .warning,
        rationale: """
            Light grey on white and white on a pale brand colour are the commonest reasons an email is hard to read, \
            for people with low vision and for everyone reading on a phone in the sun. WCAG 2 level AA asks for a \
            contrast ratio of at least 4.5:1 between text and its background, or 3:1 for large text (24px, or 18.66px \
            bold). mailproof works out each text's colour and background from inline styles, `<style>` rules, \
            `bgcolor`, `<font color>` and `<body text>`, as clients without dark mode show them, and reports the \
            ratio. An unstyled link is the browser's blue. Text over a background image, in a colour written with a \
            template tag, or hidden (preheaders) is not judged.
            """,
        source: "WCAG 2.2 SC 1.4.3 Contrast (Minimum) and its relative-luminance formula; Email Markup Consortium accessibility report (low contrast)",
        kinds: DocumentKind.emailKinds,
        tags: [.accessibility],
        wording: CustomerWording(
            problem: "Some text is hard to read against its background",
            why: "Light text on a light background (or dark on dark) is hard to read for many people, especially on phones in daylight.",
            action: "Darken the text or the background until the contrast is at least 4.5 to 1 (3 to 1 for large headings).",
            affects: "every reader, most of all people with low vision"),
        triggering: [
            Example("↓<p style=\"color:#aaaaaa\">Terms and conditions apply.</p>"),
            Example("<table role=\"presentation\"><tr><td bgcolor=\"#ffcc00\">↓<span style=\"color:#ffffff\">Sale ends Sunday</span></td></tr></table>"),
            Example("<div style=\"background:#1a1a1a\">↓<a href=\"https://example.com\">Read the post</a></div>"),
            Example("<body text=\"#767676\" bgcolor=\"#eeeeee\">↓<p>Small print</p></body>"),
            Example("<div style=\"background-color: rgba(0, 0, 0, 0.1)\">↓<h1 style=\"color:#cccccc; font-size:32px\">Big but faint</h1></div>"),
            Example("<style>.footer td { color: #cccccc; }</style><table class=\"footer\" role=\"presentation\"><tr><td style=\"color:#333333\">Inline wins</td>↓<td>Stylesheet grey</td></tr></table>"),
            Example("<style>p { color: #aaaaaa !important; }</style>↓<p style=\"color:#111111\">An !important rule beats a plain inline style</p>"),
        ],
        nonTriggering: [
            Example("<p style=\"color:#333333\">Plenty of contrast</p>"),
            Example("<p style=\"color:#767676\">Exactly 4.54:1 on white</p>"),
            Example("<h1 style=\"color:#949494; font-size:24px\">Large text needs 3:1</h1>"),
            Example("<td style=\"background-image:url(https://example.com/hero.jpg); color:#ffffff\">Over a photo</td>"),
            Example("<p style=\"color:{{ brand_color }}\">A colour from a template tag</p>"),
            Example("<div style=\"display:none; color:#ffffff\">Hidden preview text</div>"),
            Example("<style>td.mobile-only { display: none; color: #ffffff; }</style><table role=\"presentation\"><tr><td class=\"mobile-only\">Shown on phones by a media query</td></tr></table>"),
            Example("<a href=\"https://example.com\" style=\"color:#ffffff; background-color:#0b5fff; padding:12px 20px\">Buy now</a>"),
            Example("<p style=\"color:#ffffff\">&nbsp;</p>"),
            Example("<style>a { color: #ffffff; } .dark { background-color: #222222; }</style><div class=\"dark\"><a href=\"https://example.com\">Styled by the stylesheet</a></div>"),
            Example("<style>.faint { color: #bbbbbb !important; }</style><p class=\"faint\" style=\"color:#333333 !important\">An !important inline style wins</p>"),
        ]
    )

    static let visitsElements = true

    mutating func visit(_ element: Element, _ context: RuleContext) {
        let appearance = context.textAppearances.appearance(of: element)
        guard !appearance.hidden, !appearance.ignored, let color = appearance.color, let background = appearance.background,
              let text = TextAppearanceWalk.firstVisibleText(in: element) else { return }
        let ratio = CSSColor.contrastRatio(color, background)
        let needed = appearance.isLarge ? 3.0 : 4.5
        guard ratio < needed - 0.005 else { return }
        let what = appearance.isLarge ? "large text" : "text"
        context.report("Low contrast: \(what) \(color) on \(background) is \(Self.format(ratio)):1; WCAG AA needs \(Self.format(needed)):1",
                       at: element.isImplied ? text : element.startTagRange)
    }

    private static func format(_ ratio: Double) -> String {
        let hundredths = Int((ratio * 100).rounded(.down))
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}

extension RuleID {
    public static let colorContrast: RuleID = "color-contrast"
}
