import Foundation
import Testing
@testable import MailproofKit

/// `mailproof preview`: every transformation has a fixture pair in Fixtures/preview, `NAME.html` and
/// `NAME.expected.CLIENT.html` (or `NAME.expected.CLIENT.offline.html` for the pictures' offline images), compared
/// byte for byte; the size-based behaviours (Gmail's 16 KB style limit and its clipping) are built here.
@Suite("client previews")
struct ClientPreviewTests {
    struct Pair: CustomStringConvertible, Sendable {
        var input: String
        var expected: String
        var client: ClientID
        var offline: Bool
        var description: String { expected }
    }

    static let pairs: [Pair] = {
        let directory = fixturePath("preview")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted()
        return names.compactMap { name -> Pair? in
            guard let marker = name.range(of: ".expected.") else { return nil }
            var client = String(name[marker.upperBound...].dropLast(5))
            let offline = client.hasSuffix(".offline")
            if offline { client = String(client.dropLast(8)) }
            guard let id = ClientID(client) else { return nil }
            return Pair(input: String(name[..<marker.lowerBound]) + ".html", expected: name, client: id, offline: offline)
        }
    }()

    static func preview(_ html: String, _ client: String, offline: Bool = false) -> ClientPreview {
        ClientPreview(document: parse(html), client: ClientID(client)!, database: .embedded,
                      options: .init(offlineImages: offline))
    }

    @Test("each fixture previews to its expected file", arguments: pairs)
    func fixture(_ pair: Pair) throws {
        let html = try FileReading.readText(fixturePath("preview/" + pair.input))
        let expected = try FileReading.readText(fixturePath("preview/" + pair.expected))
        let document = Document.parse(SourceFile(path: pair.input, text: html))
        let preview = ClientPreview(document: document, client: pair.client, database: .embedded,
                                    options: .init(offlineImages: pair.offline))
        #expect(String(decoding: preview.bytes, as: UTF8.self) == expected)
    }

    @Test("every input has an expected preview, and every transformation is cited in the header")
    func everyTransformationHasFixtureAndSource() throws {
        let inputs = Set(try FileManager.default.contentsOfDirectory(atPath: fixturePath("preview"))
            .filter { $0.hasSuffix(".html") && !$0.contains(".expected.") })
        #expect(inputs == Set(Self.pairs.map(\.input)))
        var actions: Set<String> = []
        for pair in Self.pairs {
            let html = try FileReading.readText(fixturePath("preview/" + pair.input))
            let preview = Self.preview(html, pair.client.description, offline: pair.offline)
            let header = String(decoding: preview.bytes, as: UTF8.self).components(separatedBy: "-->\n")[0]
            for transformation in preview.transformations {
                actions.insert(transformation.action)
                #expect(header.contains(transformation.source.citation))
            }
        }
        // The kinds of change a preview makes, each seen in at least one fixture.
        for expected in ["Outlook-only markup shown (conditional comment opened)", "markup hidden from Outlook removed ([if !mso])",
                         "element with mso-hide:all removed", "VML shape drawn as a box", "VML removed (drawn only by Outlook for Windows)",
                         "declaration ignored: border-radius", "style rule ignored (its selector is not supported)", "@media rule ignored",
                         "property renamed to min-height", "!important ignored", "<style> block inside <body> removed",
                         "<style> block removed (an at-rule inside an at-rule)", "<style> block ignored (no <style> support)",
                         "external stylesheet (<link>) ignored", "<script> removed", "<svg> removed",
                         "<video> tags removed, its content shown", "<form> removed", "<input> removed",
                         "image the app cannot show replaced by its alt text", "attribute ignored: background",
                         "remote image drawn as a box", "remote background drawn as hatching", "height-based @media ignored",
                         "nested @media removed", "@media on features other than width and height ignored",
                         "Office settings (<xml>) not shown", "declaration ignored: color (no space before !important)"] {
            #expect(actions.contains(expected), "no fixture shows: \(expected)")
        }
    }

    @Test("Gmail drops a <style> block over 16 KB and keeps a smaller one")
    func gmailStyleSizeLimit() {
        let rules = (0..<1_200).map { ".c\($0) { color: #000000; }" }.joined(separator: "\n")
        let html = "<html><head><style>.small { color: red; }</style><style>\n\(rules)\n</style></head><body><p class=\"small\">Hi</p></body></html>"
        let preview = Self.preview(html, "gmail.desktop-webmail")
        let text = String(decoding: preview.document, as: UTF8.self)
        #expect(text == "<html><head><style>.small { color: red; }</style></head><body><p class=\"small\">Hi</p></body></html>")
        #expect(preview.transformations.map(\.action) == ["<style> block over 16 KB removed"])
        #expect(Self.preview(html, "apple-mail.macos").transformations.isEmpty)
    }

    @Test("Gmail clips past 102 KB: the message ends at the last element before the limit, with Gmail's notice")
    func gmailClipping() {
        let paragraphs = (0..<3_000).map { "<p>Paragraph \($0) of the newsletter.</p>" }.joined(separator: "\n")
        let html = "<html><body>\n\(paragraphs)\n<p><a href=\"https://example.com/unsubscribe\">Unsubscribe</a></p></body></html>"
        #expect(html.utf8.count > GmailLimits.clippingBytes)
        let gmail = String(decoding: Self.preview(html, "gmail.ios").document, as: UTF8.self)
        #expect(gmail.hasSuffix(GmailClip.notice))
        #expect(!gmail.contains("Unsubscribe"))
        #expect(gmail.utf8.count <= GmailLimits.clippingBytes + GmailClip.notice.utf8.count)
        let kept = gmail.dropLast(GmailClip.notice.count)
        #expect(kept.hasSuffix("\n"), "cut at the start of an element, not inside one")
        #expect(String(decoding: Self.preview(html, "apple-mail.ios").document, as: UTF8.self) == html)
    }

    @Test("uncertain and partial verdicts are left as written")
    func partialSupportIsLeftAlone() {
        // Outlook for Windows: html-form is a plain "n" with no note saying what happens, so the form stays.
        let html = "<form action=\"https://example.com/s\"><input type=\"email\" name=\"e\"></form>"
        let preview = Self.preview(html, "outlook.windows")
        #expect(!preview.transformations.contains { $0.action.contains("form") })
        #expect(String(decoding: preview.document, as: UTF8.self).contains("<form"))
    }

    @Test("bad input still previews: broken markup, template tags, invalid UTF-8, nothing to change")
    func badInput() throws {
        for name in ["invalid-utf8.html", "nul-bytes.html", "unterminated-comment.html", "unterminated-style.html",
                     "unterminated-statement-tag.html", "empty.html"] {
            let data = try [UInt8](Data(contentsOf: URL(fileURLWithPath: fixturePath("bad-input/" + name))))
            let source = try SourceFile(path: name, data: data)
            for client in ["outlook.windows", "gmail.desktop-webmail"] {
                let preview = ClientPreview(document: Document.parse(source), client: ClientID(client)!, database: .embedded)
                #expect(preview.bytes.count >= preview.document.count)
            }
        }
        let tags = "{% if vip %}<p style=\"border-radius:4px\">{{ name }}</p>{% endif %}"
        let preview = Self.preview(tags, "outlook.windows")
        #expect(String(decoding: preview.document, as: UTF8.self) == "{% if vip %}<p style=\"\">{{ name }}</p>{% endif %}")
    }

    @Test("a picture page escapes the template: a hostile one cannot end its frame or run in the page")
    func pageEscapesTemplates() {
        let hostile = "</iframe><script>parent.document.title='x'</script>\"><img src=x onerror=alert(1)>"
        let page = PreviewPage(rows: [PreviewPage.Row(panels: [PreviewPage.Panel(title: "<b>Outlook</b>", html: Array(hostile.utf8))])], width: 600)
        let html = page.html
        #expect(!html.contains("</iframe><script>"))
        #expect(!html.contains("<b>Outlook</b>"))
        #expect(html.contains("sandbox=\"allow-same-origin\""))
        #expect(html.contains("default-src 'none'"))
        #expect(page.pageWidth == 2 * PreviewPage.margin + 600)
        #expect(PreviewPicture.measuredHeight(in: "<body data-height=\"1234\">") == 1234)
    }

    @Test("Chromium is found from MAILPROOF_CHROMIUM or PATH, and a missing one is named")
    func locatingChromium() {
        #expect(Chromium.locate(environment: ["MAILPROOF_CHROMIUM": "/nonexistent/chromium"]) == nil)
        #expect(Chromium.locate(environment: ["PATH": "/nonexistent"]) == nil)
        #expect(Chromium.locate(environment: ["MAILPROOF_CHROMIUM": "/bin/sh"])?.executable == "/bin/sh")
        #expect("\(PreviewPictureError.chromiumMissing)".contains("MAILPROOF_CHROMIUM"))
    }
}
