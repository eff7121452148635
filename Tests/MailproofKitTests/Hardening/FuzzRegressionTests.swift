import Foundation
import Testing
@testable import MailproofKit

/// Inputs the fuzz targets and property tests found breaking an invariant, kept in Fixtures/fuzz/. Every one must
/// now keep every invariant; the tests after the first say what each one broke.
@Suite struct FuzzRegressionTests {
    static let directory = fixturePath("fuzz")

    static var fixtures: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    @Test(arguments: fixtures)
    func keepsEveryInvariant(_ name: String) throws {
        let data = try FileReading.readBytes(Self.directory + "/" + name)
        #expect(MarkupInvariants.violations(for: data) == [])
        #expect(PipelineInvariants.violations(for: data) == [])
        #expect(ReportInvariants.violations(for: data) == [])
        #expect(InlinerInvariants.violations(for: data) == [])
        #expect(CSSInvariants.violations(for: data) == [])
    }

    /// Both required-tags rules, as a Kit or Mailchimp preset turns them on.
    private func requiredTagsLinter() throws -> Linter {
        Linter(rules: [Linter.EnabledRule(rule: try KitRequiredTagsRule(options: .none), severity: .error),
                       Linter.EnabledRule(rule: try MailchimpRequiredTagsRule(options: .none), severity: .error)])
    }

    /// A footer inserted after an unterminated `<style>` or comment is not markup: the rules fired again after
    /// every pass and the fixer wrote the footer ten times. After a start tag whose quoted value never closes, the
    /// footer was that value's text, and its own quotes ended the value: clean markup came out broken (a stray
    /// `</p>`, a pipeline fuzz find).
    @Test(arguments: ["unterminated-style-required-tags.html", "unterminated-comment-required-tags.html",
                      "unterminated-start-tag-required-tags.html"])
    func requiredTagsOfferNoFixThatCannotTake(_ name: String) throws {
        let source = try SourceFile(path: name, data: FileReading.readBytes(Self.directory + "/" + name))
        let linter = try requiredTagsLinter()
        let footers = linter.lint(source).filter { $0.message.hasPrefix("No unsubscribe link") || $0.message.hasPrefix("No list address") || $0.message.hasPrefix("No {{ address }}") }
        #expect(footers.count == 4)
        #expect(footers.allSatisfy { $0.fix.isEmpty })
        // `{{ message_content }}` still goes after `<body>`, which is markup; the footers are not written at all.
        let fixed = Fixer(linter: linter).fix(source)
        #expect(!String(decoding: fixed.bytes, as: UTF8.self).contains("Unsubscribe"))
        #expect(Fixer(linter: linter).fix(SourceFile(path: name, utf8: fixed.bytes)).bytes == fixed.bytes)
    }

    @Test func requiredTagsStillFixAnOrdinaryFooter() throws {
        let source = SourceFile(path: "a.html", text: "<html><body>\n<p>Hi</p>\n</body></html>\n")
        let fixed = Fixer(linter: try requiredTagsLinter()).fix(source)
        let text = String(decoding: fixed.bytes, as: UTF8.self)
        #expect(text.contains("{{ unsubscribe_url }}") && text.contains("*|UNSUB|*") && text.hasSuffix("</body></html>\n"))
    }

    /// A rule whose fix never settles, as the required-tags rules' did: the fixer stops and says so.
    private struct NeverSettles: OptionlessRule {
        static let description = RuleDescription(id: "never-settles", title: "test", category: .structure,
                                                 defaultSeverity: .warning, rationale: "test", source: "test",
                                                 triggering: [], nonTriggering: [])
        func finish(_ document: Document, _ context: RuleContext) {
            context.report("again", at: .empty(at: 0), fix: [.insert("x", at: 0)])
        }
    }

    @Test func fixerSaysWhenFixesDoNotSettle() throws {
        let source = SourceFile(path: "a.html", text: "<p>a</p>")
        let unsettled = Fixer(linter: Linter(rules: [Linter.EnabledRule(rule: NeverSettles(), severity: .warning)])).fix(source)
        #expect(!unsettled.settled && unsettled.passes == Fixer.maximumPasses)
        #expect(Fixer(linter: try requiredTagsLinter()).fix(source).settled)
    }

    private func inline(_ name: String) throws -> String {
        let source = try SourceFile(path: name, data: FileReading.readBytes(Self.directory + "/" + name))
        return String(decoding: CSSInliner().inline(source), as: UTF8.self)
    }

    /// A rule whose declarations reach no element took its template tag with it when it was cut from the block.
    @Test func inlinerKeepsARuleWhoseTagReachedNoElement() throws {
        #expect(try inline("inliner-tag-in-unmatched-rule.html") == """
            <html><head><style>
            .unused { font-size: {{ size }}px }
            </style></head>
            <body><p style="color: red">Hi {{ name }}</p></body></html>

            """)
    }

    /// With two `style` attributes, the second one's declarations were merged into the first one's place.
    @Test func inlinerMergesIntoTheFirstStyleAttribute() throws {
        #expect(try inline("inliner-duplicate-style-attribute.html").contains(
            "<td style=\"color: red; line-height: 1.5\" {{#if x}}style=\"color: blue\"{{/if}}>"))
    }

    /// `style= title="x"` is an unquoted value holding double quotes; wrapping it in double quotes broke the tag.
    @Test func inlinerQuotesAnUnquotedValueWithTheOtherQuote() throws {
        #expect(try inline("inliner-unquoted-style-value.html").contains("<td hidden style= 'color: red; title=\"x\"'>"))
    }

    /// A rule in an unterminated `<style>` ran to the end of the file and held a template tag with bytes that are
    /// not UTF-8; moved into a `style` attribute as text, they became U+FFFD and the tag was lost. Such a rule
    /// now stays where it is, and the rules before it are still inlined.
    @Test func inlinerLeavesARuleWithInvalidUTF8Alone() throws {
        let name = "inliner-invalid-utf8-in-moved-template-tag.html"
        let original = try FileReading.readBytes(Self.directory + "/" + name)
        let source = try SourceFile(path: name, data: original)
        let tag = try #require(Document.parse(source).templateTags.last)
        #expect(tag.range == ByteRange(start: 1127, end: 1461))
        let inlined = CSSInliner().inline(source)
        // The rule is kept, so everything from its tag to the end of the file is as it was.
        #expect(inlined.count < original.count)
        #expect(Array(inlined.suffix(original.count - tag.range.start)) == Array(original[tag.range.start...]))
        #expect(!String(decoding: inlined, as: UTF8.self).contains("<p style="))
    }

    /// The same at the smallest: a rule whose value holds an invalid byte is not moved; a clean rule still is.
    @Test func inlinerMovesNoInvalidUTF8() throws {
        let bytes = Array("<html><head><style>\np { color: red }\nb { font-family: x".utf8) + [0xFF]
            + Array("y }\n</style></head><body><p><b>Hi</b></p></body></html>\n".utf8)
        let output = CSSInliner().inline(try SourceFile(path: "a.html", data: bytes))
        #expect(output.contains(0xFF))
        let text = String(decoding: output, as: UTF8.self)
        #expect(text.contains("<p style=\"color: red\">") && text.contains("<b>Hi</b>") && !text.contains("p { color: red }"))
    }

    /// no-javascript's fix deleted a `<script>` whose `src` held a template tag, and the tag with it (a pipeline
    /// fuzz find, in a mutated listmonk form). No fix may delete a template tag or write inside one: such a finding
    /// is reported without a fix, and the tags stay.
    @Test func fixesNeverDeleteATemplateTag() throws {
        let name = "script-with-template-tag.html"
        let source = try SourceFile(path: name, data: FileReading.readBytes(Self.directory + "/" + name))
        let findings = PipelineInvariants.linter.lint(source)
        let document = Document.parse(source)
        let script = try #require(findings.first { $0.ruleID == "no-javascript" && document.text($0.range).hasPrefix("<script") })
        #expect(script.fix.isEmpty)
        // The onclick attribute holds a tag too; the form's email field is named by one.
        #expect(!findings.contains { $0.ruleID == "no-javascript" && !$0.fix.isEmpty })
        let fixed = Fixer(linter: PipelineInvariants.linter).fix(source)
        let text = String(decoding: fixed.bytes, as: UTF8.self)
        for tag in document.templateTags { #expect(text.contains(document.text(tag.range))) }
    }

    /// A fix next to template tags, not in them, is kept.
    @Test func fixesAroundTemplateTagsStay() throws {
        let source = SourceFile(path: "a.html", text: "<html><body>{{ name }}<table><tr><td>{{ name }}</td></tr></table>{% if x %}</body></html>")
        let findings = Linter(rules: [Linter.EnabledRule(rule: LayoutTableRoleRule(), severity: .error)]).lint(source)
        #expect(findings.count == 1)
        #expect(findings.first?.fix == [.insert(" role=\"presentation\"", at: 28)])
    }

    /// A NUL byte inside `{% comment %}` gets its stand-in (a space) before masking, so the block is a comment to
    /// the document; the markup invariants re-masked the raw text, where it was not (a markup fuzz find). The
    /// document now says which bodies it masked.
    @Test func commentBodyWithANulInItsTagIsMaskedAndReported() throws {
        let name = "nul-inside-liquid-comment-tag.html"
        let source = try SourceFile(path: name, data: FileReading.readBytes(Self.directory + "/" + name))
        let document = Document.parse(source)
        #expect(document.templateCommentBodies.count == 1)
        #expect(document.elements.map(\.name) == ["html", "body", "p", "p"])
    }

    /// A `<style>` block whose rules were all inlined was removed whole, with the template tag in its comment (an
    /// inliner fuzz find). A tag left in the block now keeps the block.
    @Test func inlinerKeepsABlockWhoseCommentHoldsATag() throws {
        #expect(try inline("inliner-template-tag-in-css-comment.html") == """
            <html><head><title>{{ subject }}</title><style>
             /* shown as {{ subject }} in the preview */
            </style></head>
            <body><p style="color: red">Hi {{ name }}</p></body></html>

            """)
    }

    /// Reports one finding per edit below, each with that edit as its fix, on `<p>{{ name }}</p>` (the tag is 3..<13).
    private struct EditsNearATag: OptionlessRule {
        static let description = RuleDescription(id: "edits-near-a-tag", title: "test", category: .structure,
                                                 defaultSeverity: .warning, rationale: "test", source: "test",
                                                 triggering: [], nonTriggering: [])
        static let edits: [TextEdit] = [
            .insert("x", at: 3),                                                // before the tag: kept
            .insert("x", at: 13),                                               // after it: kept
            .insert("x", at: 5),                                                // inside it: dropped
            TextEdit(range: ByteRange(start: 0, end: 8), replacement: ""),     // cuts it: dropped
            TextEdit(range: ByteRange(start: 0, end: 17), replacement: ""),    // deletes it: dropped
            TextEdit(range: ByteRange(start: 0, end: 17), replacement: "<b>{{ name }}</b>"), // writes it again: kept
        ]
        func finish(_ document: Document, _ context: RuleContext) {
            for edit in Self.edits { context.report("edit", at: edit.range, fix: [edit]) }
        }
    }

    /// Since the pipeline fuzz finds (a script deleted with its tag, a `{% if %}` inside a style value rewritten),
    /// the engine drops any fix that would delete a template tag or write inside one.
    @Test func theEngineDropsFixesThatCutATag() {
        let source = SourceFile(path: "a.html", text: "<p>{{ name }}</p>")
        let findings = Linter(rules: [Linter.EnabledRule(rule: EditsNearATag(), severity: .warning)]).lint(source)
        // Findings come sorted by place, so they are matched by the range of their fix.
        let kept = findings.filter { !$0.fix.isEmpty }.map { $0.fix[0] }
        #expect(Set(kept.map(\.range)) == [.empty(at: 3), .empty(at: 13), ByteRange(start: 0, end: 17)])
        #expect(kept.count == 3 && kept.contains { $0.replacement == "<b>{{ name }}</b>" })
        #expect(findings.count == 6)
    }

    /// In `<ta{% comment %}ble …>` the place after the tag name, found in the text, lies inside the template tag:
    /// the inliner wrote `style="…"` into `{% comment %}` (an inliner fuzz find). That element is now left alone.
    @Test func inlinerWritesNothingInsideATemplateTag() throws {
        let output = try inline("inliner-template-tag-in-tag-name.html")
        #expect(output.contains("<ta{% comment %}ble width=\"100%\"><tr style=\"margin: 0\">"))
    }

    /// no-javascript placed a `javascript:` URL by the length of its decoded text; with bytes that are not UTF-8
    /// in it (each one three bytes as U+FFFD) the finding started before the file (a pipeline fuzz find).
    @Test func javascriptURLIsPlacedByItsBytes() throws {
        let bytes = Array("<p><a href=\" javascript:al".utf8) + [0xD2, 0xD2, 0xD2] + Array("ert(1)\">x</a></p>".utf8)
        let source = try SourceFile(path: "a.html", data: bytes)
        let findings = Linter(rules: [Linter.EnabledRule(rule: NoJavaScriptRule(), severity: .error)]).lint(source)
        #expect(findings.map(\.range) == [ByteRange(start: 13, end: 35)]) // the value without its leading space
    }

    /// In `<html><style>…</style></head>` the `<style>` opens the implied head that `</head>` closes; the inliner
    /// removed the emptied block and left the `</head>` stray, a parse error the input did not have (an inliner
    /// fuzz find). Where every element of such a head goes, the first now becomes `<head>`.
    @Test func inlinerKeepsTheBlockThatOpensAClosedHead() throws {
        #expect(try inline("inliner-style-implies-closed-head.html") == """
            <html><head></head>
            <body><p style="color: red" class="a">Hi</p></body></html>

            """)
        let twoBlocks = "<html><style>.a { color: red }</style><style>.b { color: blue }</style></head><p class=a>x</p><p class=b>y</p>"
        let inlined = String(decoding: CSSInliner().inline(SourceFile(path: "a.html", text: twoBlocks)), as: UTF8.self)
        #expect(inlined.hasPrefix("<html><head></head><p style=\"color: red\" class=a>"))
        let withMeta = "<html><meta charset=utf-8><style>.a { color: red }</style></head><p class=a>x</p>"
        let kept = String(decoding: CSSInliner().inline(SourceFile(path: "a.html", text: withMeta)), as: UTF8.self)
        #expect(kept == "<html><meta charset=utf-8></head><p style=\"color: red\" class=a>x</p>")
    }
}
