/// VML shapes (Outlook's backgrounds, buttons and images) are read by screen readers in Outlook unless they have alt text.
struct VMLAltRule: OptionlessRule {
    static let description = RuleDescription(
        id: .vmlAlt,
        title: "VML shapes have alt text",
        category: .accessibility,
        defaultSeverity: .warning,
        rationale: """
            Outlook for Windows exposes VML shapes to screen readers. Testing with JAWS and NVDA in Outlook found that \
            the text inside a VML background (`<v:rect>` with a `<v:fill>`) or a bulletproof button (`<v:roundrect>`) \
            is read twice unless the shape has `alt=""`. Give shapes that only carry a background or a button shape \
            `alt=""` (the fix adds it), and give a `<v:image>` the same alt text you would give the <img> it stands for.
            """,
        source: "a11y.email, \"VML code creates accessibility errors\" (https://a11y.email/email-accessibility-alert-vml-code-creates-accessibility-errors/) ; Parcel, \"Is VML accessible?\" (https://parcel.io/blog/is-vml-accessible)",
        tags: [.accessibility],
        wording: CustomerWording(
            problem: "Outlook-only shapes have no description",
            why: "Outlook's buttons and background shapes need their own description for screen readers.",
            action: "Add `alt` text to the Outlook shapes.",
            affects: "screen reader users in Outlook on Windows"),
        triggering: [
            Example("<td><!--[if mso]>↓<v:rect xmlns:v=\"urn:schemas-microsoft-com:vml\" fill=\"true\" stroke=\"false\" style=\"width:600px;\"><v:fill type=\"tile\" src=\"https://example.com/bg.png\" /><v:textbox inset=\"0,0,0,0\"><![endif]--><p>Hello</p><!--[if mso]></v:textbox></v:rect><![endif]--></td>"),
            Example("<!--[if mso]>↓<v:roundrect href=\"{{ cta_url }}\" arcsize=\"10%\" style=\"height:40px;width:200px\"><center>Shop</center></v:roundrect><![endif]-->"),
            Example("<!--[if mso]>↓<v:image src=\"https://example.com/hero.png\" style=\"width:600px;height:300px\" /><![endif]-->"),
        ],
        nonTriggering: [
            Example("<!--[if mso]><v:rect alt=\"\" fill=\"true\" stroke=\"false\"><v:fill type=\"tile\" src=\"https://example.com/bg.png\" /></v:rect><![endif]-->"),
            Example("<!--[if mso]><v:image alt=\"{{ hero_alt }}\" src=\"https://example.com/hero.png\" /><![endif]-->"),
            Example("<!--[if mso]><v:fill type=\"tile\" src=\"https://example.com/bg.png\" /><v:textbox inset=\"0,0,0,0\"></v:textbox><![endif]-->"),
            Example("<img src=\"https://example.com/a.png\" alt=\"\">"),
        ],
        corrections: [
            Correction("<!--[if mso]>↓<v:roundrect href=\"https://example.com\" style=\"width:200px\"><center>Shop</center></v:roundrect><![endif]-->",
                       "<!--[if mso]><v:roundrect alt=\"\" href=\"https://example.com\" style=\"width:200px\"><center>Shop</center></v:roundrect><![endif]-->"),
        ]
    )

    static let visitsElements = true
    /// `visit` reads VML shapes only.
    static var visitedElementNames: Set<String>? { shapes }

    private static let shapes: Set<String> = [
        "v:rect", "v:roundrect", "v:oval", "v:shape", "v:image", "v:line", "v:polyline", "v:arc", "v:curve",
    ]

    func visit(_ element: Element, _ context: RuleContext) {
        guard element.name.startsWithBytes(of: "v:"), element.name.hasPrefix("v:"), !element.isImplied, Self.shapes.contains(element.name),
              !element.hasAttribute("alt") else { return }
        if element.name == "v:image" {
            context.report("<v:image> has no alt attribute: Outlook's screen-reader users get no description; add the alt text of the image it stands for (alt=\"\" when it is a background)",
                           at: element.startTagRange)
        } else {
            let insertion = DocumentShape.afterTagName(element)
            context.report("<\(element.name)> has no alt attribute: screen readers in Outlook read the text inside it twice; add alt=\"\"",
                           at: element.startTagRange,
                           fix: [.insert(" alt=\"\"", at: insertion)])
        }
    }
}

extension RuleID {
    public static let vmlAlt: RuleID = "vml-alt"
}
