import Testing
@testable import MailproofKit

/// libxml2's own messages for what it meets ("Invalid char in CDATA 0xB", "AttValue: \" expected") mean nothing to
/// the support staff who read them; the rule words the cases it knows by libxml2's error code and number.
@Suite("html-parse wording")
struct HTMLParseRuleTests {
    private func messages(_ html: String) throws -> [String] { try lint(html, rule: HTMLParseRule.self).map(\.message) }

    @Test("A control character in the text is named by its code point, in plain words")
    func controlCharacter() throws {
        let messages = try messages("<p>Line one\u{0B}line two</p>")
        #expect(messages.contains { $0.hasPrefix("Character U+000B is not allowed in HTML (an invisible control character") }, "\(messages)")
        #expect(!messages.contains { $0.contains("CDATA") })
    }

    @Test("A reference to a character HTML does not allow is named the same way")
    func characterReference() throws {
        let messages = try messages("<p>a &#1; b</p>")
        #expect(messages.contains { $0.hasPrefix("Character U+0001 is not allowed in HTML") }, "\(messages)")
    }

    @Test("A numeric reference without its semicolon is decoded as browsers do, so it is not reported; one to no character is")
    func numericReferences() throws {
        #expect(try lint("<p>&#169 2024 &#xA9 Example</p>", rule: HTMLParseRule.self).isEmpty)
        let messages = try messages("<p>a &#99999999; b</p>")
        #expect(messages == ["A character reference (&#…;) here stands for no character HTML allows; remove it or write the character itself"], "\(messages)")
    }

    @Test("A comment closed with --!> is said to be, and what follows it is located where it is")
    func commentClosedWithBang() throws {
        let findings = try lint("<p>a<!-- note --!>b</p>\n<p>c</span></p>\n", rule: HTMLParseRule.self)
        let messages = findings.map(\.message)
        #expect(messages.contains { $0.hasPrefix("Comment ends with '--!>' instead of '-->'") }, "\(messages)")
        #expect(!messages.contains { $0.hasPrefix("Comment is never closed") })
        // libxml2 and the scanner both end the comment at --!>, so the stray </span> is found on line 2.
        let stray = try #require(findings.first { $0.message.hasPrefix("Stray end tag </span>") })
        #expect(stray.start.line == 2)
    }

    @Test("A malformed doctype is left to the doctype rule, which names it once; a doctype after the start is reported here")
    func doctypes() throws {
        let malformed = "<!DOCTYPE html PUBLIC>\n<p>x</p>\n"
        #expect(try messages(malformed).isEmpty)
        #expect(try lint(malformed, rule: DoctypeRule.self).map(\.message).contains { $0.hasPrefix("Unusual doctype") })
        let misplaced = try messages("<p>x</p>\n<!DOCTYPE html>\n<p>y</p>\n")
        #expect(misplaced == ["<!DOCTYPE> after the document has started (a template pasted into another?); clients ignore it. Remove it"], "\(misplaced)")
    }

    @Test("A quoted attribute value that is never closed says so")
    func unclosedAttributeValue() throws {
        let messages = try messages("<p>x</p>\n<a href=\"https://example.com>link</a>\n")
        #expect(messages.contains { $0.hasPrefix("An attribute value's closing quote never comes") }, "\(messages)")
        #expect(!messages.contains { $0.contains("AttValue") })
    }
}
