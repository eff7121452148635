import Testing
@testable import MailproofKit

/// Unterminated tags are reported, left unmasked, and scanning goes on right after their opening delimiter.
@Suite struct TemplateMaskerProblemTests {
    @Test func unterminatedDoubleBrace() {
        let (text, scan) = templateMasked("{{ a <p>{{ b }}</p>", [.liquid])
        #expect(text == "{{ a <p>xxxxxxx</p>")
        #expect(scan.problems == [TemplateProblem(message: "Unterminated Liquid tag `{{`: no closing `}}`",
                                                  range: ByteRange(start: 0, end: 2))])
        #expect(scan.tags.map(\.isTerminated) == [false, true])
        #expect(scan.tags[0].range == ByteRange(start: 0, end: 2))
        #expect(scan.tags[0].name == "a")
    }

    @Test func unterminatedStatement() {
        let (text, scan) = templateMasked("{% if x <p>{{ b }}</p>", [.liquid])
        #expect(text == "{% if x <p>xxxxxxx</p>")
        #expect(scan.problems.map(\.range) == [ByteRange(start: 0, end: 2)])
        #expect(scan.problems[0].message.contains("`%}`"))
        #expect(scan.tags[0].kind == .blockOpen && !scan.tags[0].isTerminated)
    }

    @Test func unterminatedTripleStash() {
        let (text, scan) = templateMasked("{{{ a }} {{ b }}", [.handlebars])
        #expect(text == "{{{ a }} xxxxxxx")
        #expect(scan.problems.map(\.range) == [ByteRange(start: 0, end: 3)])
        #expect(scan.problems[0].message.contains("`}}}`"))
    }

    @Test func unterminatedAtEndOfFile() {
        let (text, scan) = templateMasked("{{ x }} and {{ y", [.liquid])
        #expect(text == "xxxxxxx and {{ y")
        #expect(scan.problems.map(\.range) == [ByteRange(start: 12, end: 14)])
    }

    @Test func unterminatedMergeTag() {
        let (text, scan) = templateMasked("*|FNAME <b>*|LNAME|*</b> *|X\n|*", [.mailchimp])
        #expect(text == "*|FNAME <b>xxxxxxxxx</b> *|X\n|*")
        #expect(scan.problems.map(\.range) == [ByteRange(start: 0, end: 2), ByteRange(start: 25, end: 27)])
        #expect(scan.problems.allSatisfy { $0.message.contains("`|*`") })
    }

    @Test func unterminatedHandlebarsComment() {
        let (text, scan) = templateMasked("{{!-- never closed }} {{ x }}", [.handlebars])
        #expect(text == "{{!-- never closed }} xxxxxxx")
        #expect(scan.problems.map(\.range) == [ByteRange(start: 0, end: 2)])
        #expect(scan.problems[0].message.contains("`--}}`"))
    }

    @Test func unterminatedRawBlock() {
        let (text, scan) = templateMasked("{% raw %}{{ x }}", [.liquid])
        #expect(text == "         xxxxxxx")
        #expect(scan.problems == [TemplateProblem(
            message: "Unterminated Liquid `{% raw %}` block: no `{% endraw %}`", range: ByteRange(start: 0, end: 9))])
        #expect(scan.rawBodies.isEmpty)
    }

    @Test func unterminatedCommentBlock() {
        let (text, scan) = templateMasked("{% comment %}abc {{ y }}", [.liquid])
        #expect(text == "             abc xxxxxxx")
        #expect(scan.problems == [TemplateProblem(
            message: "Unterminated Liquid `{% comment %}` block: no `{% endcomment %}`",
            range: ByteRange(start: 0, end: 13))])
        #expect(scan.commentBodies.isEmpty)
    }

    @Test func unbalancedQuoteFallsBackToFirstCloser() {
        let (text, scan) = templateMasked("{{ it's }}\n<p>{{ y }}</p>", [.liquid])
        #expect(text == "xxxxxxxxxx\n<p>xxxxxxx</p>")
        #expect(scan.problems.isEmpty)
    }
}
