import Foundation
import Testing
@testable import MailproofKit

/// `mailproof text`: each fixture in Fixtures/text renders to the .txt beside it (tables in reading order,
/// buttons, links, images by alt, lists, headings, template tags as written, RTL text, hidden content left out).
@Suite("the plain-text part")
struct PlainTextTests {
    static let fixtures: [String] = {
        let directory = fixturePath("text")
        return ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
            .filter { $0.hasSuffix(".html") }.sorted()
    }()

    @Test("each fixture renders to its expected text", arguments: fixtures)
    func fixture(_ name: String) throws {
        let html = try FileReading.readText(fixturePath("text/" + name))
        let expected = try FileReading.readText(fixturePath("text/" + name.dropLast(5) + ".txt"))
        #expect(PlainTextRenderer().render(parse(html)) == expected)
    }

    @Test("lines are wrapped at the width, a long URL stands whole on its own line")
    func wrapping() {
        let html = "<p>" + String(repeating: "word ", count: 40) + "<a href=\"https://example.com/" + String(repeating: "x", count: 90) + "\">https://example.com/" + String(repeating: "x", count: 90) + "</a></p>"
        let text = PlainTextRenderer(width: 40).render(parse(html))
        let lines = text.split(separator: "\n")
        #expect(lines.dropLast().allSatisfy { $0.count <= 40 })
        #expect(lines.last?.hasPrefix("https://example.com/xxx") == true)
    }

    @Test("no text says nothing false: empty, only tags, broken markup, deep nesting")
    func badInput() {
        #expect(PlainTextRenderer().render(parse("")) == "")
        #expect(PlainTextRenderer().render(parse("{{ content }}")) == "{{ content }}\n")
        #expect(PlainTextRenderer().render(parse("<p>Hi <b>there</p><td>x")) == "Hi there\n\nx\n")
        let deep = String(repeating: "<div>", count: 20_000) + "deep" + String(repeating: "</div>", count: 20_000)
        #expect(PlainTextRenderer().render(parse(deep)) == "deep\n")
    }
}
