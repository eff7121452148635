/// SplitMix64: a tiny seeded generator, so a failing property test names a seed that reproduces it anywhere.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Random email documents built from the pieces real templates are made of — layout tables, Outlook conditional
/// comments, style blocks, Liquid/Handlebars/Mailchimp tags — and the damage real files carry: broken and stray
/// tags, unterminated template tags, multibyte and invalid UTF-8 text, CRLF and lone CR line ends.
struct RandomDocument {
    private var random: SeededGenerator
    private var out: [UInt8] = []

    static func make(seed: UInt64) -> [UInt8] {
        var document = RandomDocument(random: SeededGenerator(seed: seed))
        document.emitDocument()
        return document.out
    }

    private init(random: SeededGenerator) { self.random = random }

    private mutating func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &random) < percent }
    private mutating func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &random)] }
    private mutating func emit(_ text: String) { out += Array(text.utf8) }

    private mutating func newline() {
        emit(pick(["\n", "\n", "\n", "\r\n", "\r\n", "\r", ""]))
    }

    private mutating func emitDocument() {
        if chance(70) { emit(pick(["<!DOCTYPE html>", "<!doctype html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">", "<!DOCTYPE>"])); newline() }
        if chance(80) { emit(pick(["<html lang=\"en\">", "<html xmlns:v=\"urn:schemas-microsoft-com:vml\">", "<html dir=rtl>", "<HTML>"])); newline() }
        if chance(80) {
            emit("<head>"); newline()
            if chance(60) { emit(pick(["<meta charset=\"utf-8\">", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">", "<meta name=viewport content=\"width=device-width\">"])); newline() }
            if chance(60) { emit("<title>"); emitText(); emit("</title>"); newline() }
            for _ in 0..<Int.random(in: 0...2, using: &random) { emitStyleBlock() }
            if chance(30) { emitConditional { $0.emitMSOHead() } }
            if chance(90) { emit("</head>") }
            newline()
        }
        if chance(85) { emit(pick(["<body>", "<body style=\"margin:0\">", "<body bgcolor=#fff class=\"body\">"])); newline() }
        for _ in 0..<Int.random(in: 1...6, using: &random) { emitBlock(depth: 0) }
        if chance(80) { emit("</body>") }
        newline()
        if chance(75) { emit("</html>") }
        if chance(50) { newline() }
    }

    private mutating func emitBlock(depth: Int) {
        guard depth < 6 else { return emitInline() }
        switch Int.random(in: 0..<12, using: &random) {
        case 0, 1: emitTable(depth: depth)
        case 2: emitConditional { $0.emitBlock(depth: depth + 1) }
        case 3: emitLiquidBlock { $0.emitBlock(depth: depth + 1) }
        case 4: emitHandlebarsBlock { $0.emitBlock(depth: depth + 1) }
        case 5: emitBrokenMarkup()
        case 6: emitStyleBlock()
        case 7: emitForm()
        case 8:
            let name = pick(["div", "p", "center", "h1", "h2", "span", "font"])
            emit("<\(name)"); emitAttributes(); emit(">")
            for _ in 0..<Int.random(in: 0...2, using: &random) { emitBlock(depth: depth + 1) }
            if chance(85) { emit("</\(name)>") }
        default: emitInline()
        }
        newline()
    }

    private mutating func emitTable(depth: Int) {
        emit("<table"); emitAttributes()
        if chance(50) { emit(" role=\"presentation\"") }
        emit(">"); newline()
        for _ in 0..<Int.random(in: 1...3, using: &random) {
            if chance(20) { emitLiquidOpen() }
            emit("<tr>")
            for _ in 0..<Int.random(in: 1...3, using: &random) {
                emit(pick(["<td", "<th", "<td"])); emitAttributes(); emit(">")
                emitBlock(depth: depth + 1)
                if chance(85) { emit("</td>") }
            }
            if chance(90) { emit("</tr>") }
            if chance(20) { emit("{% endfor %}") }
            newline()
        }
        if chance(90) { emit("</table>") }
    }

    private mutating func emitAttributes() {
        for _ in 0..<Int.random(in: 0...3, using: &random) {
            switch Int.random(in: 0..<14, using: &random) {
            case 0: emit(" style=\""); emitDeclarations(); emit("\"")
            case 1: emit(" style='"); emitDeclarations(); emit("'")
            case 2: emit(pick([" width=\"600\"", " width=600", " height=\"1\"", " align=center", " valign=\"top\""]))
            case 3: emit(pick([" class=\"btn\"", " class=\"col a\"", " class=x", " id=\"main\"", " id=\"main\""]))
            case 4: emit(pick([" bgcolor=\"#000000\"", " bgcolor=\"{{ brand_color }}\"", " color=\"red\""]))
            case 5: emit(" {% if vip %}class=\"vip\"{% endif %}")
            case 6: emit(" {{#if x}}style=\"color:red\"{{/if}}")
            case 7: emit(" *|IF:FNAME|*data-x=\"1\"*|END:IF|*")
            case 8: emit(pick([" cellpadding=\"0\" cellspacing=\"0\" border=\"0\"", " dir=\"ltr\"", " lang=\"fr\""]))
            case 9: emit(pick([" onclick=\"go()\"", " data-css-inline=\"ignore\"", " hidden"]))
            case 10: emit(pick([" style", " style=", " class=\"unterminated", " =x", " a=\"b\"c=\"d\""]))
            default: emit(pick([" title=\"x\"", " aria-hidden=\"true\"", " role=\"presentation\""]))
            }
        }
    }

    private mutating func emitInline() {
        switch Int.random(in: 0..<10, using: &random) {
        case 0: emit("<img"); if chance(50) { emit(" alt=\"\(pick(["", "Logo", "{{ alt }}"]))\"") }; emit(pick([" src=\"https://example.com/a.png\"", " src=\"http://x.test/b.gif\" width=1 height=1", " src=\"{{ image_url }}\"", " src=data:image/png;base64,AAAA"])); emitAttributes(); emit(pick([">", " />", "/>"]))
        case 1: emit("<a href=\"\(pick(["https://example.com", "{{ url }}", "*|ARCHIVE|*", "javascript:void(0)", "#", "mailto:a@b.c", "http://bit.ly/x", "{{ unsubscribe_url }}"]))\""); emitAttributes(); emit(">"); emitText(); if chance(85) { emit("</a>") }
        case 2: emitTemplateTag()
        case 3: emit(pick(["<br>", "<br/>", "<hr>", "&nbsp;", "&amp;", "&copy", "&#8203;", "&bogus;", "<wbr>"]))
        case 4: emit("<span"); emitAttributes(); emit(">"); emitText(); emit("</span>")
        case 5: emit(pick(["<b>", "<i>", "<strong>"])); emitText(); emit(pick(["</b>", "</i>", "</strong>", ""]))
        case 6: emit(pick(["<!-- a comment -->", "<!-- mailproof-disable-next-line img-alt -->", "<!-- mailproof-disable -->", "<!-- mailproof-enable -->", "<!---->"]))
        default: emitText()
        }
    }

    private mutating func emitText() {
        for _ in 0..<Int.random(in: 1...3, using: &random) {
            switch Int.random(in: 0..<10, using: &random) {
            case 0: emit(pick(["Grüße", "café", "naïve"]))
            case 1: emit(pick(["日本語のテキスト", "中文", "한국어"]))
            case 2: emit(pick(["😀", "👩‍👩‍👧", "🇫🇷"]))
            case 3: emit(pick(["\u{200B}", "\u{00A0}", "\u{FEFF}", "\u{202E}rtl"]))
            case 4: out += pick([[0xE9], [0xFF, 0xFE], [0xC3], [0xE2, 0x82], [0x00], [0xF0, 0x9F, 0x98]]) // invalid UTF-8, NUL
            case 5: emit(pick(["Click here", "Read more", "here", "Unsubscribe"]))
            case 6: emit(pick(["a < b", "x > y", "5 & 6", "\"quoted\""]))
            default: emit(pick(["Hello", "Welcome to our newsletter", "Lorem ipsum dolor sit amet", " "]))
            }
            emit(" ")
        }
    }

    private mutating func emitTemplateTag() {
        emit(pick([
            "{{ subscriber.first_name }}", "{{ subscriber.first_name | default: \"friend\" }}", "{{{ raw_html }}}",
            "{{ unsubscribe_url }}", "{{ address }}", "{{ message_content }}", "{{> footer }}", "{{!-- note --}}",
            "*|FNAME|*", "*|UNSUB|*", "*|LIST:ADDRESS|*", "*|MC:SUBJECT|*", "{% raw %}{{ x }}{% endraw %}",
            "{{ unterminated", "{% if ", "*|FNAME", "{{", "}}", "{% assign x = \"a}}b\" %}", "{{ 'quote }}' }}",
        ]))
    }

    private mutating func emitLiquidOpen() {
        emit(pick(["{% for item in items %}", "{% if x %}", "{%- unless y -%}", "{% case z %}{% when 1 %}"]))
    }

    private mutating func emitLiquidBlock(_ body: (inout RandomDocument) -> Void) {
        switch Int.random(in: 0..<5, using: &random) {
        case 0: emit("{% if subscriber.tags contains \"vip\" %}"); body(&self); if chance(40) { emit("{% else %}"); body(&self) }; if chance(90) { emit("{% endif %}") }
        case 1: emit("{% for post in posts limit: 3 %}"); body(&self); if chance(90) { emit("{% endfor %}") }
        case 2: emit("{% comment %}"); body(&self); emit("{% endcomment %}")
        case 3: emit("{% capture greeting %}"); body(&self); emit("{% endcapture %}{{ greeting }}")
        default: emit("{% unless x %}"); body(&self); emit(pick(["{% endunless %}", "{% endif %}", ""]))
        }
    }

    private mutating func emitHandlebarsBlock(_ body: (inout RandomDocument) -> Void) {
        switch Int.random(in: 0..<3, using: &random) {
        case 0: emit("{{#if show}}"); body(&self); if chance(40) { emit("{{else}}"); body(&self) }; emit("{{/if}}")
        case 1: emit("{{#each items}}"); body(&self); emit(pick(["{{/each}}", "{{/if}}", ""]))
        default: emit("*|IF:FNAME|*"); body(&self); if chance(40) { emit("*|ELSE:|*"); body(&self) }; emit("*|END:IF|*")
        }
    }

    private mutating func emitConditional(_ body: (inout RandomDocument) -> Void) {
        switch Int.random(in: 0..<4, using: &random) {
        case 0: emit("<!--[if mso]>"); body(&self); emit(pick(["<![endif]-->", "<![endif]-->", ""]))
        case 1: emit("<!--[if !mso]><!-->"); body(&self); emit("<!--<![endif]-->")
        case 2: emit("<![if !mso]>"); body(&self); emit("<![endif]>")
        default: emit("<!--[if (gte mso 9)|(IE)]>"); body(&self); emit("<![endif]-->")
        }
    }

    private mutating func emitMSOHead() {
        emit("<xml><o:OfficeDocumentSettings><o:PixelsPerInch>96</o:PixelsPerInch></o:OfficeDocumentSettings></xml>")
    }

    private mutating func emitBrokenMarkup() {
        emit(pick([
            "<td", "</b>", "<a href=\"x", "<div class=\"a\"", "</table></table>", "<p><div></p></div>", "<!-- unterminated",
            "<![CDATA[ x ]]>", "<?php echo 1 ?>", "<scr<script>ipt>", "</>", "<>", "< p>", "<v:rect fill=\"t\"></v:rect>",
            "<o:p></o:p>", "<script>alert(1)</script>", "<iframe src=\"https://x\"></iframe>", "<svg><circle/></svg>",
            "<table><td>no row</td></table>", "<style>.a{color:red", "<title>second</title>", "<base href=\"/\">",
            "<!DOCTYPE html SYSTEM \"file:///etc/passwd\">", "<xi:include href=\"file:///etc/passwd\"/>",
        ]))
    }

    private mutating func emitForm() {
        emit("<form action=\"\(pick(["https://app.kit.com/forms/1/subscriptions", "https://x.us1.list-manage.com/subscribe/post?u=1&id=2", "/subscribe", ""]))\" method=\"post\">")
        if chance(50) { emit("<label for=\"email\">Email</label>") }
        emit("<input type=\"email\" name=\"\(pick(["EMAIL", "email_address", "email"]))\" id=\"email\"\(chance(50) ? " required" : "")>")
        if chance(50) { emit("<div style=\"position: absolute; left: -5000px;\" aria-hidden=\"true\"><input type=\"text\" name=\"b_1_2\" tabindex=\"-1\" value=\"\"></div>") }
        emit(pick(["<button type=\"submit\">Subscribe</button>", "<input type=\"submit\" value=\"Go\">", ""]))
        if chance(90) { emit("</form>") }
    }

    private mutating func emitStyleBlock() {
        emit(pick(["<style>", "<style type=\"text/css\">", "<style data-css-inline=\"ignore\">"]))
        newline()
        for _ in 0..<Int.random(in: 1...4, using: &random) {
            switch Int.random(in: 0..<8, using: &random) {
            case 0: emit("@media screen and (max-width: 600px) { "); emitStyleRule(); emit(" }")
            case 1: emit(pick(["@font-face { font-family: X; src: url(x.woff) }", "@import url(\"a.css\");", "@supports (display:grid) { .g { display: grid } }"]))
            case 2: emit(pick(["{% if dark %}.d { color: #fff }{% endif %}", "/* comment */", ".a{color:red", "}}", "<!-- .x {} -->"]))
            default: emitStyleRule()
            }
            newline()
        }
        emit("</style>"); newline()
    }

    private mutating func emitStyleRule() {
        emit(pick(["p", "td", ".btn a", "#main", "table td img", "a:hover", "u + .body .x", ".a, .b > span", "[class~=x]", "*", "p::before", ":root"]))
        emit(" { "); emitDeclarations(); emit(" }")
    }

    private mutating func emitDeclarations() {
        for _ in 0..<Int.random(in: 1...3, using: &random) {
            emit(pick([
                "color: red", "color:#fff", "background: url(a.png)", "display: flex", "display:none !important",
                "width: 100px", "height:50px", "margin: 0 auto", "font-family: 'Helvetica Neue', Arial",
                "mso-line-height-rule: exactly", "position: absolute", "font-size: {{ size }}px", "padding:",
                "color: red !important", "line-height: 1.5", "border-radius: 4px", "--x: 1", "grid-template-columns: 1fr",
            ]))
            emit(pick(["; ", ";", " "]))
        }
    }
}
