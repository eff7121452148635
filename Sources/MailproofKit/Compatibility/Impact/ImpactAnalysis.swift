/// Reads an occurrence's surroundings to decide what the reader really loses where a client drops it: a fallback
/// for the same effect in view, a rule that styles nothing, a declaration that only resets a default, Outlook's own
/// version (VML, a ghost table) beside it. One per document; what it learns about `<style>` rules is kept.
final class ImpactAnalysis {
    /// An occurrence's impact once its context is read.
    struct Verdict {
        var impact: Impact
        /// A fallback for the same effect is in view: a layout or content loss is one severity lower.
        var fallbackInView = false
        /// Outlook's Word engine gets its own version (VML, a ghost table): it is not judged for it.
        var coveredForWordEngine = false
        /// Why the context changed the verdict, for the message ("the other declarations hide it").
        var note: String?
    }

    private let document: Document
    private let styleRules: [CSSStyleRule]
    private lazy var matcher = SelectorMatcher(document: document)
    /// Style rule index → whether any selector of the rule matches an element of the document.
    private var ruleMatches: [Int: Bool] = [:]
    /// Whether Outlook gets a VML background image somewhere in the document (`v:fill`, `v:image`, `v:background`).
    private lazy var hasVMLBackground: Bool = document.elements.contains { element in
        ["v:fill", "v:image", "v:background"].contains(element.name)
            && (element.hasAttribute("src") || element.name == "v:background")
    }

    init(document: Document, detection: FeatureDetection) {
        self.document = document
        self.styleRules = detection.styleRules
    }

    func verdict(for occurrence: FeatureOccurrence, base: FeatureImpact) -> Verdict {
        var verdict = Verdict(impact: base.impact)
        let slug = occurrence.slug
        if SelectorImpact.isSelector(slug) {
            judgeSelector(occurrence, base: base, &verdict)
            return verdict
        }
        switch slug {
        case "css-at-import":
            if importsFont(at: occurrence.range) {
                verdict.impact = .decoration
                verdict.note = "a web font: the font-family stack's next font shows instead"
            }
            return verdict
        case "html-link":
            if let element = occurrence.context.element, WebFonts.isFontURL(document.element(element).value("href") ?? "") {
                verdict.impact = .decoration
                verdict.note = "a web font: the font-family stack's next font shows instead"
            }
            return verdict
        case "html-background":
            if let element = occurrence.context.element { judgeBackgroundImage(on: document.element(element), block: nil, &verdict) }
            return verdict
        default:
            break
        }
        guard let (declaration, block) = declaration(holding: occurrence) else { return verdict }
        if Declarations.resetsToDefault(declaration) {
            verdict.impact = .none
            verdict.note = "it only resets the default"
            return verdict
        }
        let hiding = block.filter(Declarations.hides)
        if !hiding.isEmpty, hiding.count > 1 || !Declarations.hides(declaration) {
            verdict.impact = .none
            verdict.note = hiding.count > 1 ? "the other declarations of this block hide it too" : "this element is hidden"
            return verdict
        }
        let element = occurrence.context.element.map(document.element)
        if BackgroundImage.slugs.contains(slug) || (slug.hasPrefix("image-") && declaration.property.hasPrefix("background")) {
            judgeBackgroundImage(on: element, block: block, &verdict)
        }
        if verdict.impact == .layout {
            if Declarations.hasSizeFallback(declaration, in: block) {
                verdict.fallbackInView = true
                verdict.note = "a width or height in the same declarations is the fallback"
            }
            if let element, GhostTable.covers(element) {
                verdict.coveredForWordEngine = true
            } else if let rule = occurrence.context.styleRule, everyMatch(of: rule, satisfies: GhostTable.covers) {
                verdict.coveredForWordEngine = true
            }
        }
        if let rule = occurrence.context.styleRule, verdict.impact > .none, !matchesAnything(rule) {
            verdict.impact = .none
            verdict.note = "no element of this file matches the rule"
        }
        return verdict
    }

    // MARK: Selectors

    /// A client that drops a selector drops its rule: the reader loses what the rule's declarations do, and nothing
    /// at all when the rule matches no element of the file (rules for clients' own wrappers, unused classes).
    private func judgeSelector(_ occurrence: FeatureOccurrence, base: FeatureImpact, _ verdict: inout Verdict) {
        guard let index = occurrence.context.styleRule else { return }
        let rule = styleRules[index]
        if SelectorImpact.isUserState(occurrence.slug) {
            verdict.impact = min(base.impact, .decoration)
            return
        }
        if !matchesAnything(index) {
            verdict.impact = .none
            verdict.note = "no element of this file matches the rule"
            return
        }
        let lost = rule.declarations.map(Declarations.lossImpact).max() ?? .none
        verdict.impact = SelectorImpact.isGeneratedContent(occurrence.slug) ? max(lost, Declarations.contentImpact(rule.declarations)) : lost
        if verdict.impact == .layout, everyMatch(of: index, satisfies: GhostTable.covers) { verdict.coveredForWordEngine = true }
    }

    private func matchesAnything(_ index: Int) -> Bool {
        if let known = ruleMatches[index] { return known }
        let selectors = styleRules[index].selectors
        // A selector the matcher cannot decide statically (`:hover`) or a file with template tags in its markup
        // (classes written by the template) is taken to match.
        var matches = selectors.isEmpty || !document.templateTags.isEmpty
            || selectors.contains { !SelectorMatcher.isStatic($0) }
        if !matches {
            for element in document.elements where !element.isImplied || element.name == "body" {
                if matcher.matches(any: selectors, element: element.index) { matches = true; break }
            }
        }
        ruleMatches[index] = matches
        return matches
    }

    private func everyMatch(of index: Int, satisfies test: (Element) -> Bool) -> Bool {
        let selectors = styleRules[index].selectors
        guard selectors.allSatisfy(SelectorMatcher.isStatic) else { return false }
        var any = false
        for element in document.elements where matcher.matches(any: selectors, element: element.index) {
            guard test(element) else { return false }
            any = true
        }
        return any
    }

    // MARK: Declarations

    /// The declaration the occurrence lies in, with the other declarations of its block.
    private func declaration(holding occurrence: FeatureOccurrence) -> (CSSDeclaration, [CSSDeclaration])? {
        let block: [CSSDeclaration]
        if let rule = occurrence.context.styleRule {
            block = styleRules[rule].declarations
        } else if let element = occurrence.context.element, let inline = document.inlineStyles[element] {
            block = inline.declarations
        } else {
            return nil
        }
        guard let found = block.first(where: { $0.range.contains(occurrence.range.start) }) else { return nil }
        return (found, block)
    }

    /// A background image with a colour beside it (`bgcolor`, `background-color`, a colour in `background`) leaves
    /// the reader the colour; with a VML background in the file, Outlook's Word engine draws its own.
    private func judgeBackgroundImage(on element: Element?, block: [CSSDeclaration]?, _ verdict: inout Verdict) {
        if hasVMLBackground { verdict.coveredForWordEngine = true }
        let colourInBlock = block.map(BackgroundImage.hasColour) ?? false
        let colourOnElement = element.map { element in
            element.hasAttribute("bgcolor") || (element.inlineStyle.map { BackgroundImage.hasColour($0.declarations) } ?? false)
        } ?? false
        if colourInBlock || colourOnElement {
            verdict.impact = min(verdict.impact, .decoration)
            verdict.note = "a background colour shows instead"
        }
    }

    private func importsFont(at name: ByteRange) -> Bool {
        // `@import url(…);` or `@import "…";`: the prelude up to the `;`.
        let bytes = document.maskedBytes
        var end = name.end
        while end < bytes.count, end - name.end < 400, bytes[end] != 0x3B /* ; */, bytes[end] != 0x7B /* { */ { end += 1 }
        return WebFonts.isFontURL(document.text(ByteRange(start: name.end, end: end)))
    }
}

/// Web-font services and font files: a stylesheet from one of them only brings fonts.
enum WebFonts {
    static let hosts = ["fonts.googleapis.com", "fonts.bunny.net", "use.typekit.net", "p.typekit.net", "fonts.cdnfonts.com",
                        "use.fontawesome.com", "fast.fonts.net", "fonts.gstatic.com", "rsms.me/inter", "api.fontshare.com"]
    static let fileExtensions = [".woff2", ".woff", ".ttf", ".otf", ".eot"]

    static func isFontURL(_ text: String) -> Bool {
        let lower = text.lowercased()
        return hosts.contains(where: lower.contains) || fileExtensions.contains(where: lower.contains)
            || lower.contains("/fonts/") || lower.contains("/font/") || lower.contains("fonts.css") || lower.contains("font.css")
    }
}

/// The features of a CSS background image.
enum BackgroundImage {
    static let slugs: Set<String> = [
        "css-background-image", "css-background-size", "css-background-position", "css-background-repeat",
        "css-background-clip", "css-background-origin", "css-background-blend-mode", "css-linear-gradient",
        "css-radial-gradient", "css-conic-gradient",
    ]

    /// A `background-color` or a colour in the `background` shorthand (`#fff url(…)`, `url(…) white`).
    static func hasColour(_ block: [CSSDeclaration]) -> Bool {
        block.contains { declaration in
            switch declaration.property {
            case "background-color":
                return !declaration.value.lowercased().hasPrefix("transparent")
            case "background":
                return declaration.valueTokens.contains { token in
                    token.kind == .hash || (token.kind == .function && ["rgb", "rgba", "hsl", "hsla"].contains(where: {
                        declaration.value.lowercased().contains($0 + "(")
                    }))
                } || Declarations.namesColour(declaration.value)
            default:
                return false
            }
        }
    }
}

/// MSO ghost tables: a table in `<!--[if mso]>` around an element (or as its first child) gives Outlook's Word
/// engine a fixed layout, so the element's own CSS layout is for the other clients.
enum GhostTable {
    static func covers(_ element: Element) -> Bool {
        for ancestor in element.ancestors.prefix(6) where ancestor.scope == .wordEngineOnly {
            if ["table", "td", "th", "tr"].contains(ancestor.name) { return true }
        }
        for child in element.children.prefix(3) where child.scope == .wordEngineOnly && child.name == "table" { return true }
        return false
    }
}
