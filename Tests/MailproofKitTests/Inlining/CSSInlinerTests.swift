import Testing
@testable import MailproofKit

@Suite struct CSSInlinerTests {
    func inline(_ html: String, _ options: InlineOptions = InlineOptions()) -> String {
        String(decoding: CSSInliner(options: options).inline(SourceFile(path: "t.html", text: html)), as: UTF8.self)
    }

    @Test func cascadeSpecificityOrderAndImportant() {
        let html = """
            <style>
            p { color: red; margin: 0 }
            .a { color: blue !important; }
            #x { color: green }
            </style>
            <p class="a" id="x" style="color: yellow; padding: 1px">Hi</p>
            <p style="margin: 2px !important">Hi</p>
            <p id="x" style="color: yellow">Hi</p>
            """
        #expect(inline(html) == """
            <p class="a" id="x" style="margin: 0; color: blue !important; padding: 1px">Hi</p>
            <p style="color: red; margin: 2px !important">Hi</p>
            <p id="x" style="margin: 0; color: yellow">Hi</p>
            """)
    }

    /// The new style value is written into storage sized up front: many `!important` declarations, values that
    /// need escaping and an attribute's own declarations must all fit.
    @Test func longStyleValuesAreWrittenWhole() {
        let html = """
            <style>
            td { color: red !important; margin: 0 !important; padding: 0 !important; border: 0 !important; font-family: "A&B", 'C' !important }
            </style>
            <td>a</td>
            <td style="color: blue; line-height: 1 !important">b</td>
            """
        #expect(inline(html) == """
            <td style="color: red !important; margin: 0 !important; padding: 0 !important; border: 0 !important; font-family: &quot;A&amp;B&quot;, 'C' !important">a</td>
            <td style="margin: 0 !important; padding: 0 !important; border: 0 !important; font-family: &quot;A&amp;B&quot;, 'C' !important; color: red !important; line-height: 1 !important">b</td>
            """)
    }

    @Test func keepsWhatCannotBeInlinedOnceAndCutsTheRest() {
        let html = """
            <style>
            a, a:hover { color: pink }
            p::before { content: 'x' }
            @media (max-width: 600px) { p { color: black !important } }
            @font-face { font-family: X; src: url(x.woff) }
            </style>
            <style>
            @media (max-width: 600px) { p { color: black !important } }
            </style>
            <p><a href="#">x</a></p>
            """
        #expect(inline(html) == """
            <style>
            a:hover { color: pink }
            p::before { content: 'x' }
            @font-face { font-family: X; src: url(x.woff) }
            </style>
            <style>
            @media (max-width: 600px) { p { color: black !important } }
            </style>
            <p><a style="color: pink" href="#">x</a></p>
            """)
    }

    @Test func templateTagsConditionalCommentsAndEntitiesSurvive() {
        let html = """
            <!DOCTYPE html>
            <html><head>
            <style>td { padding: 0; font-family: "Helvetica Neue", Arial } a { color: {{ brand }} }</style>
            </head><body>
            {% if vip %}<table><tr><td {% if x %}bgcolor="#000"{% endif %}>Tom &amp; Jerry</td></tr></table>{% endif %}
            <a href="{{ unsubscribe_url }}" style="{% if dark %}color: white;{% endif %}">Unsubscribe</a>
            <!--[if mso]><table><tr><td>Outlook</td></tr></table><![endif]-->
            </body></html>
            """
        #expect(inline(html) == """
            <!DOCTYPE html>
            <html><head>
            </head><body>
            {% if vip %}<table><tr><td style="padding: 0; font-family: 'Helvetica Neue', Arial" {% if x %}bgcolor="#000"{% endif %}>Tom &amp; Jerry</td></tr></table>{% endif %}
            <a href="{{ unsubscribe_url }}" style="color: {{ brand }}; {% if dark %}color: white;{% endif %}">Unsubscribe</a>
            <!--[if mso]><table><tr><td style="padding: 0; font-family: 'Helvetica Neue', Arial">Outlook</td></tr></table><![endif]-->
            </body></html>
            """)
    }

    @Test func templateLogicInCSSIsLeftAlone() {
        let rule = "<style>p { {% if dark %}color: white;{% endif %} margin: 0 }</style><p>x</p>"
        #expect(inline(rule) == rule)
        let block = "<style>{% if dark %}p { color: white }{% endif %}</style><p>x</p>"
        #expect(inline(block) == block)
        let wrapped = "{% if dark %}<style>p { color: white }</style>{% endif %}<p>x</p>"
        #expect(inline(wrapped) == wrapped)
    }

    @Test func optOutsAndOutlookOnlyStyles() {
        let embed = "<style data-embed>p { color: red }</style><p>x</p>"
        #expect(inline(embed) == embed)
        let ignored = "<style data-mailproof-ignore>p { color: red }</style><p>x</p>"
        #expect(inline(ignored) == ignored)
        let mso = "<!--[if mso]><style>p { color: red }</style><![endif]--><p>x</p>"
        #expect(inline(mso) == mso)
        #expect(inline("<style data-css-inline=\"keep\">p { color: red }</style><p>x</p>")
            == "<style data-css-inline=\"keep\">p { color: red }</style><p style=\"color: red\">x</p>")
        #expect(inline("<style>p { color: red }</style><p data-css-inline=\"ignore\">x</p>")
            == "<p data-css-inline=\"ignore\">x</p>")
    }

    @Test func keepStyleTagsIsIdempotent() {
        let html = "<style>p { color: red } .b { margin: 0 !important }</style><p class=\"b\" style=\"color: blue\">x</p>"
        let once = inline(html, InlineOptions(keepStyleTags: true))
        #expect(once == "<style>p { color: red } .b { margin: 0 !important }</style><p class=\"b\" style=\"margin: 0 !important; color: blue\">x</p>")
        #expect(inline(once, InlineOptions(keepStyleTags: true)) == once)
    }

    @Test func sizeAttributes() {
        let html = "<style>img { width: 600px; height: auto } td { width: 50% } table { width: 300px }</style><table width=\"100%\"><tr><td>x</td></tr></table><img src=\"a.png\">"
        #expect(inline(html, InlineOptions(applySizeAttributes: true))
            == "<table style=\"width: 300px\" width=\"100%\"><tr><td style=\"width: 50%\" width=\"50%\">x</td></tr></table><img style=\"width: 600px; height: auto\" width=\"600\" src=\"a.png\">")
    }

    @Test func outlookCaseHackAndShorthandOrder() {
        let html = "<style>p { margin: 0; Margin: 0 } .x { margin-top: 4px }</style><p class=\"x\">x</p>"
        #expect(inline(html) == "<p style=\"margin: 0; Margin: 0; margin-top: 4px\" class=\"x\">x</p>")
    }
}
