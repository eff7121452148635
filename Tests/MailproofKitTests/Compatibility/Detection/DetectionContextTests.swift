import Testing
@testable import MailproofKit

@Suite("Feature detection context")
struct DetectionContextTests {
    private func occurrences(_ slug: String, in html: String) -> [FeatureOccurrence] {
        FeatureDetector.detect(in: parse(html)).filter { $0.slug == slug }
    }

    private func one(_ slug: String, in html: String) -> FeatureOccurrence? {
        let found = occurrences(slug, in: html)
        #expect(found.count == 1, "\(slug): \(found)")
        return found.first
    }

    @Test("inside @media or @supports: progressive enhancement; the at-rule and its features are not")
    func conditionalAtRule() throws {
        let html = "<style>@media (prefers-color-scheme: dark) { .a:hover { display: none } } .b { display: none }</style>"
        let document = parse(html)
        let found = FeatureDetector.detect(in: document)
        let media = try #require(document.styleSheets.first?.stylesheet.rules.first?.range)
        let hidden = found.filter { $0.slug == "css-display-none" }
        #expect(hidden.map(\.context.conditionalAtRule) == [media, nil])
        #expect(found.first { $0.slug == "css-pseudo-class-hover" }?.context.conditionalAtRule == media)
        #expect(found.first { $0.slug == "css-at-media" }?.context.conditionalAtRule == nil)
        #expect(found.first { $0.slug == "css-at-media-prefers-color-scheme" }?.context.conditionalAtRule == nil)

        let supports = "<style>@supports (display: grid) { .a { display: grid } }</style>"
        #expect(one("css-display-grid", in: supports)?.context.conditionalAtRule != nil)
        // A media query nested in a style rule (CSS Nesting) is conditional too.
        let nested = "<style>.a { color: red; @media (max-width: 600px) { display: none } }</style>"
        #expect(one("css-display-none", in: nested)?.context.conditionalAtRule != nil)
    }

    @Test("a declaration after one of the same property or family has a fallback")
    func fallback() {
        let gradient = occurrences("css-background", in: inline("background:#fff; background:linear-gradient(red, blue)"))
        #expect(gradient.map(\.context.hasFallback) == [false, true])
        #expect(one("css-linear-gradient", in: inline("background:#fff; background:linear-gradient(red, blue)"))?
            .context.hasFallback == true)
        #expect(one("css-linear-gradient", in: inline("background-color:#fff; background-image:linear-gradient(red, blue)"))?
            .context.hasFallback == true)
        #expect(one("css-linear-gradient", in: inline("background-image:linear-gradient(red, blue)"))?
            .context.hasFallback == false)
        #expect(one("css-display-flex", in: sheet(".a { display: block; display: flex }"))?.context.hasFallback == true)
        #expect(one("css-margin-inline-block", in: inline("margin:0 auto; margin-inline:auto"))?.context.hasFallback == true)
        #expect(one("css-unit-rem", in: inline("font-size:16px; font-size:1rem"))?.context.hasFallback == true)
        #expect(occurrences("css-box-shadow", in: inline("-webkit-box-shadow:none; box-shadow:none"))
            .map(\.context.hasFallback) == [false, true])
        #expect(one("css-max-inline-size", in: inline("max-width:600px; max-inline-size:600px"))?.context.hasFallback == true)
        // Only the same block counts, and unrelated properties are no fallback.
        #expect(one("css-display-flex", in: sheet(".a { display: block } .a { display: flex }"))?.context.hasFallback == false)
        #expect(one("css-border-radius", in: inline("border:0; border-radius:4px"))?.context.hasFallback == false)
        #expect(occurrences("css-margin", in: inline("margin-top:0; margin-left:0")).map(\.context.hasFallback) == [false, false])
    }

    @Test("mso-hide:all hides the element and its descendants from the Word engine")
    func msoHide() {
        let html = "<div style=\"mso-hide: ALL\"><span>x</span><img src=\"a.png\" alt=\"\"></div><p>y</p>"
        let found = FeatureDetector.detect(in: parse(html))
        func hidden(_ slug: String) -> Bool? { found.first { $0.slug == slug }?.context.hiddenFromWordEngine }
        #expect(hidden("html-div") == true)
        #expect(hidden("html-span") == true)
        #expect(hidden("image-png") == true)
        #expect(hidden("html-p") == false)
        #expect(one("html-div", in: "<div style=\"mso-hide:none\">x</div>")?.context.hiddenFromWordEngine == false)
    }

    @Test("conditional comments give the scope, also to CSS in a conditional <style>")
    func scopes() {
        let html = """
            <!--[if mso]><table><tr><td>x</td></tr></table><style>.a { width: 100% }</style><![endif]-->\
            <!--[if !mso]><!--><div>y</div><!--<![endif]--><p>z</p>
            """
        let found = FeatureDetector.detect(in: parse(html))
        func scope(_ slug: String) -> ClientScope? { found.first { $0.slug == slug }?.scope }
        #expect(scope("html-table") == .wordEngineOnly)
        #expect(scope("css-width") == .wordEngineOnly)
        #expect(scope("css-unit-percent") == .wordEngineOnly)
        #expect(scope("html-div") == .allButWordEngine)
        #expect(scope("html-p") == .everyone)
        // Conditional comments are not HTML comments.
        #expect(!found.contains { $0.slug == "html-comments" })
    }

    @Test("VML elements and what is inside them are marked")
    func vml() {
        let html = """
            <v:roundrect style="width:200px" arcsize="10%"><v:fill src="https://example.com/bg.png"/></v:roundrect><p>x</p>
            """
        let found = FeatureDetector.detect(in: parse(html))
        #expect(found.first { $0.slug == "css-width" }?.context.inVML == true)
        #expect(found.first { $0.slug == "image-png" }?.context.inVML == true)
        #expect(found.first { $0.slug == "html-p" }?.context.inVML == false)
    }

    @Test("a template tag in a value is not a unit or an image format")
    func templateTags() {
        #expect(occurrences("css-unit-px", in: inline("width:{{ width }}px")).isEmpty)
        #expect(occurrences("image-png", in: "<img src=\"https://example.com/a.{{ ext }}\" alt=\"\">").isEmpty)
        #expect(one("image-png", in: "<img src=\"{{ cdn }}/logo.png\" alt=\"\">") != nil)
        #expect(occurrences("html-anchor-links", in: "<a href=\"#{{ id }}\">x</a>").isEmpty)
    }

    @Test("values of Outlook-only mso- properties are not read")
    func msoProperties() {
        #expect(occurrences("css-unit-pt", in: inline("mso-table-lspace:0pt")).isEmpty)
        #expect(one("css-unit-pt", in: inline("font-size:10pt")) != nil)
    }

    @Test("character references in style attributes are decoded before reading values")
    func characterReferences() {
        #expect(one("css-sytem-ui", in: "<b style=\"font-family:&quot;Arial&quot;, system-ui\">x</b>") != nil)
        #expect(one("css-unit-rem", in: "<b style=\"font-family:&quot;A&quot;; font-size:1rem\">x</b>")?.range != nil)
    }

    @Test("occurrences come out in document order")
    func order() {
        let found = FeatureDetector.detect(in: parse("<style>.a { width: calc(1px + 2%) }</style><p>x</p>"))
        #expect(found.map(\.range.start) == found.map(\.range.start).sorted())
        #expect(found.map(\.slug).contains("css-unit-calc"))
    }

    @Test("uses found out of place are put in order as they are found: comments among a sheet's rules, a selector list before its first selector, chaining, !important after its units, a function around its units, a style attribute before other attributes")
    func orderAsFound() {
        let html = """
            <style>/* head */ h1, .a.b > td { color: red !important; width: calc(10px + 2%) } /* mid */
            @media (max-width: 600px) { /* in */ .c { background: /* x */ url(a.webp) } } /* tail */</style>
            <td style="padding: 0 /* c */ !important; width: 1px" width="10" align="left">x</td>
            """
        let found = FeatureDetector.detect(in: parse(html))
        let keys = found.map { [$0.range.start, $0.range.end] }
        #expect(keys == keys.sorted { $0.lexicographicallyPrecedes($1) })
        let comments = found.filter { $0.slug == "css-comments" }
        #expect(comments.count == 6)
        // A sheet's comments keep the sheet's own context: no style rule, no @media around them.
        #expect(comments.allSatisfy { $0.context.styleRule == nil && $0.context.conditionalAtRule == nil })
        // The image in the @media rule keeps its context; the comment before it is not given it.
        #expect(one("image-webp", in: html)?.context.conditionalAtRule != nil)
        for slug in ["css-selector-grouping", "css-selector-chaining", "css-important", "css-unit-calc", "html-width"] {
            #expect(found.contains { $0.slug == slug }, "\(slug)")
        }
    }
}
