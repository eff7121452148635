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
    private lazy var matcher = document.selectorMatcher
    /// Taken from the matcher once: each read of the facts' lazy property copied the whole index.
    private lazy var candidates = matcher.facts.candidates
    /// Style rule index → whether any selector of the rule matches an element of the document.
    private var ruleMatches: [Int: Bool] = [:]
    /// Style rule index → `matchedElements(of:)`.
    private var ruleMatchedElements: [Int: [Int32]?] = [:]
    /// Whether Outlook gets a VML background image somewhere in the document (`v:fill`, `v:image`, `v:background`).
    private lazy var hasVMLBackground: Bool = document.elements.contains { element in
        ["v:fill", "v:image", "v:background"].contains(element.name)
            && (element.hasAttribute("src") || element.name == "v:background")
    }

    /// Whether a template tag sits in a start tag (a class or id the template fills in) or stands where the
    /// template may include markup (`{{> partial }}`, `{% include %}`, `{{{ body }}}`): selectors may then match
    /// elements this file does not show.
    private lazy var templateWritesMarkup: Bool = document.templateTags.contains { tag in
        switch tag.context {
        case .insideStartTag: return true
        case .attributeValue:
            let attribute = document.attribute(holding: tag.range)?.name
            return attribute == "class" || attribute == "id"
        case .text:
            let name = tag.name.lowercased()
            let text = document.text(tag.innerRange).lowercased()
            return document.text(tag.range).hasPrefix("{{{") || text.hasPrefix(">")
                || ["include", "render", "block", "yield", "section", "extends"].contains(name)
                || name.contains("content") || name.contains("body") || name.contains("html")
        case .rawText, .comment: return false
        }
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
        case "css-at-font-face":
            if let family = FontStack.fontFaceFamily(at: occurrence.range, in: document), usedWithoutStack(family) {
                verdict.impact = .layout
                verdict.note = "\(family) is used with no font after it: the client's default font sets that text"
            }
            return verdict
        case "html-base":
            // `<base target="_blank">` only sets where links open; without an href no URL depends on it.
            if let element = occurrence.context.element, !document.element(element).hasAttribute("href") {
                verdict.impact = .none
                verdict.note = "it has no href: no link or image depends on it"
            }
            return verdict
        case "html-srcset":
            if let element = occurrence.context.element, document.element(element).name == "img",
               (document.element(element).value("src") ?? "").trimmingWhitespace().isEmpty {
                verdict.impact = .content
                verdict.note = "the image has no src to fall back on"
            }
            return verdict
        case "html-hidden":
            if let element = occurrence.context.element,
               document.element(element).textContent.replacingOccurrences(of: "&nbsp;", with: " ")
                   .allSatisfy({ $0.isWhitespace || $0 == "\u{A0}" }),
               !document.element(element).descendants.contains(where: { $0.name == "img" }) {
                verdict.impact = .none
                verdict.note = "the hidden element holds no text or image"
            }
            return verdict
        default:
            break
        }
        guard let (declaration, block) = declaration(holding: occurrence) else { return verdict }
        // A drop cap, a first line, a placeholder or a selection colour: whatever such a rule does is polish.
        if let rule = occurrence.context.styleRule, styleRules[rule].selectors.allSatisfy(SelectorImpact.stylesDecorativePart) {
            verdict.impact = min(verdict.impact, .decoration)
            verdict.note = "it styles a decorative part of the text"
            return verdict
        }
        if Declarations.resetsToDefault(declaration) {
            verdict.impact = .none
            verdict.note = "it only resets the default"
            return verdict
        }
        // Another declaration that hides the whole element (not just its text, as a 1px font does) makes this one
        // moot where it is dropped.
        if block.contains(where: { $0.range != declaration.range && Declarations.hidesElement($0) }) {
            verdict.impact = .none
            verdict.note = Declarations.hides(declaration) ? "the other declarations of this block hide it too" : "this element is hidden"
            return verdict
        }
        let element = occurrence.context.element.map(document.element)
        if slug == "css-sytem-ui", declaration.property == "font-family" || declaration.property == "font",
           !FontStack.hasFallback(after: { $0.hasPrefix("system-ui") || $0.hasPrefix("ui-") }, in: declaration.value) {
            verdict.impact = .layout
            verdict.note = "no font follows it: the client's default font sets the text"
            return verdict
        }
        if let reason = Declarations.movesNothing(declaration, in: block) {
            verdict.impact = .none
            verdict.note = reason
            return verdict
        }
        if BackgroundImage.slugs.contains(slug) || (slug.hasPrefix("image-") && declaration.property.hasPrefix("background")) {
            judgeBackgroundImage(on: element, block: block, &verdict)
        }
        if let reason = Declarations.losesTextBehind(declaration, in: block, element: element) {
            verdict.impact = .content
            verdict.fallbackInView = false
            verdict.note = reason
        }
        if verdict.impact == .layout {
            if Declarations.hasSizeFallback(declaration, in: block) {
                verdict.fallbackInView = true
                verdict.note = "a width or height in the same declarations is the fallback"
            } else if let attribute = HTMLSizing.attribute(standingFor: declaration.property),
                      holds(occurrence, { HTMLSizing.fitsAnEmail($0.value(attribute)) }) {
                verdict.fallbackInView = true
                verdict.note = "the \(attribute) attribute is the fallback"
            }
            // Outlook for Windows is a desktop app, wider than any email: a minimum size never binds there.
            if ["min-width", "min-height", "min-inline-size", "min-block-size"].contains(declaration.property) {
                verdict.coveredForWordEngine = true
            }
            if declaration.property == "float", holds(occurrence, { $0.hasAttribute("align") }) {
                verdict.coveredForWordEngine = true
            }
            if holds(occurrence, GhostTable.covers) { verdict.coveredForWordEngine = true }
            if HTMLSizing.attribute(standingFor: declaration.property) != nil, holds(occurrence, { TableParts.names.contains($0.name) }) {
                verdict.fallbackInView = true
                verdict.note = verdict.note ?? "the table cells keep their places; only their sizes change"
            }
            if declaration.property.hasSuffix("box-sizing") {
                verdict.fallbackInView = true
                verdict.note = verdict.note ?? "boxes change size by their padding and border only"
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
            // A state that reveals what is hidden otherwise (a hover-only answer) loses that content where the
            // state never happens; any other state change is polish.
            if rule.declarations.contains(where: Declarations.reveals) {
                verdict.impact = .content
                verdict.note = "the rule reveals content that stays hidden without it"
            } else {
                verdict.impact = min(base.impact, .decoration)
            }
            return
        }
        if !matchesAnything(index) {
            verdict.impact = .none
            verdict.note = "no element of this file matches the rule"
            return
        }
        let lost = rule.declarations.map { Declarations.lossImpact($0, in: rule.declarations) }.max() ?? .none
        verdict.impact = SelectorImpact.isGeneratedContent(occurrence.slug) ? max(lost, Declarations.contentImpact(rule.declarations)) : lost
        guard verdict.impact == .layout else { return }
        if everyMatch(of: index, satisfies: GhostTable.covers) { verdict.coveredForWordEngine = true }
        let layout = rule.declarations.filter { Declarations.lossImpact($0, in: rule.declarations) == .layout }
        if layout.allSatisfy({ HTMLSizing.attribute(standingFor: $0.property) != nil }),
           everyMatch(of: index, satisfies: { TableParts.names.contains($0.name) }) {
            verdict.fallbackInView = true
            verdict.note = "the table cells keep their places; only their sizes change"
        }
    }

    /// Whether the occurrence's element (for `style=""`), or every element its rule matches, passes `test`.
    private func holds(_ occurrence: FeatureOccurrence, _ test: (Element) -> Bool) -> Bool {
        if let element = occurrence.context.element { return test(document.element(element)) }
        if let rule = occurrence.context.styleRule { return everyMatch(of: rule, satisfies: test) }
        return false
    }

    private func matchesAnything(_ index: Int) -> Bool {
        if let known = ruleMatches[index] { return known }
        let selectors = matchable(index)
        // A selector the matcher cannot decide statically (`:hover`), or a file whose template tags write classes,
        // ids or whole tags, is taken to match.
        var matches = selectors.isEmpty || templateWritesMarkup || selectors.contains { !SelectorMatcher.isStatic($0) }
        if !matches {
            // Only the elements with a selector's id, class or tag can match it. Selector by selector, stopping at
            // the first match: each element and selector is still tried once at most, and no union of the
            // selectors' candidates is built and sorted.
            search: for selector in selectors {
                let required = AncestorFilter.required(by: selector)
                for index in candidates.elements(for: selector) {
                    let element = document.element(index)
                    guard !element.isImplied || element.name == "body" else { continue }
                    if matcher.matches(compounds: selector.compounds, requiring: required, element: index) {
                        matches = true
                        break search
                    }
                }
            }
        }
        ruleMatches[index] = matches
        return matches
    }

    /// The rule's selectors as they apply to libxml2's tree, which lacks the `<tbody>` that clients add to every
    /// table without one: a `tbody` step between `table` and `tr` is left out (`.c > tbody > tr` → `.c > tr`).
    private func matchable(_ index: Int) -> [CSSComplexSelector] {
        styleRules[index].selectors.map { selector in
            guard selector.compounds.count > 1,
                  selector.compounds.dropLast().contains(where: Self.isBareTbody) else { return selector }
            var compounds: [CSSCompoundSelector] = []
            for (k, compound) in selector.compounds.enumerated() {
                if k < selector.compounds.count - 1, Self.isBareTbody(compound) {
                    if compounds.isEmpty, k + 1 < selector.compounds.count { continue }
                    continue
                }
                var kept = compound
                if compounds.isEmpty { kept.combinator = selector.compounds[0].combinator }
                compounds.append(kept)
            }
            return CSSComplexSelector(range: selector.range, text: selector.text, compounds: compounds)
        }
    }

    private static func isBareTbody(_ compound: CSSCompoundSelector) -> Bool {
        compound.components.count == 1 && compound.components[0].kind == .type("tbody")
    }

    private func everyMatch(of index: Int, satisfies test: (Element) -> Bool) -> Bool {
        guard let matched = matchedElements(of: index), !matched.isEmpty else { return false }
        return matched.allSatisfy { test(document.element($0)) }
    }

    /// The elements a style rule's selectors match; nil when a selector cannot be decided statically (`:hover`).
    /// Worked out once per rule: every selector, declaration and value of a rule asks about the same elements.
    private func matchedElements(of index: Int) -> [Int32]? {
        if let known = ruleMatchedElements[index] { return known }
        let selectors = matchable(index)
        let required = selectors.map(AncestorFilter.required(by:))
        let matched: [Int32]? = selectors.allSatisfy(SelectorMatcher.isStatic)
            ? candidates.elements(forAny: selectors).filter {
                matcher.matches(any: selectors, requiring: required, element: $0)
            }
            : nil
        ruleMatchedElements[index] = .some(matched)
        return matched
    }

    // MARK: Declarations

    /// The declaration the occurrence lies in, with the other declarations of its block.
    private func declaration(holding occurrence: FeatureOccurrence) -> (CSSDeclaration, [CSSDeclaration])? {
        let block: [CSSDeclaration]
        if let rule = occurrence.context.styleRule {
            block = styleRules[rule].declarations
        } else if let element = occurrence.context.element, let inline = document.inlineStyle(of: element) {
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

    /// Whether some `font-family` of the file names `family` with no other font after it.
    private func usedWithoutStack(_ family: String) -> Bool {
        let inline = document.inlineStyleBlocks.lazy.flatMap(\.block.declarations)
        let sheets = styleRules.lazy.flatMap(\.declarations)
        for declaration in [AnySequence(inline), AnySequence(sheets)].joined() where declaration.property == "font-family" {
            if !FontStack.hasFallback(after: { $0 == family }, in: declaration.value) { return true }
        }
        return false
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
    static let slugs: NameSet = [
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
                let value = declaration.value.lowercased()
                return declaration.valueTokens.contains { $0.kind == .hash }
                    || ["rgb(", "rgba(", "hsl(", "hsla("].contains(where: value.contains)
                    || Declarations.namesColour(declaration.value)
            default:
                return false
            }
        }
    }
}

/// The HTML attributes Outlook's Word engine sizes by, standing in for CSS it ignores.
enum HTMLSizing {
    /// A size attribute that keeps the element within an email's width: a percentage, or at most 700 pixels (an
    /// image's 2× size in its attribute is no fallback: the client shows it at that size).
    static func fitsAnEmail(_ value: String?) -> Bool {
        guard let value = value?.trimmingWhitespace(), !value.isEmpty else { return false }
        if value.hasSuffix("%") { return true }
        return Double(value.hasSuffix("px") ? String(value.dropLast(2)) : value).map { $0 <= 700 } ?? false
    }

    static func attribute(standingFor property: String) -> String? {
        switch property {
        case "width", "min-width", "max-width", "table-layout", "box-sizing", "inline-size", "min-inline-size", "max-inline-size": "width"
        case "height", "min-height", "max-height", "block-size", "min-block-size", "max-block-size": "height"
        default: nil
        }
    }
}

/// The elements of a table: without their CSS sizes they still stand in rows and columns.
enum TableParts {
    static let names: NameSet = ["table", "tbody", "thead", "tfoot", "tr", "td", "th"]
}

/// MSO ghost tables: a table cell in `<!--[if mso]>` that holds the element itself (the hybrid column's pattern),
/// or a ghost table as one of its first children (a container's), gives Outlook's Word engine a fixed layout, so
/// the element's own CSS layout is for the other clients. A ghost table further out (around the whole email)
/// fixes only that outer width: flex columns inside it still fall apart in Outlook.
enum GhostTable {
    static func covers(_ element: Element) -> Bool {
        // The nearest ancestor that every client sees ends the search: the layout between it and the element is
        // everyone's, not Outlook's own.
        for ancestor in element.ancestors.prefix(4) {
            if ancestor.scope == .wordEngineOnly, ["td", "th"].contains(ancestor.name) { return true }
            if ancestor.scope.otherClients { break }
        }
        for child in element.children.prefix(3) where child.scope == .wordEngineOnly && child.name == "table" { return true }
        return false
    }
}
