import Testing
@testable import MailproofKit

@Suite struct CSSErrorRecoveryTests {
    @Test func missingCloseBraceAtEOF() {
        let css = MarkedCSS("p { a: b } td.header ⟦{⟧ color: red; padding: 0")
        let sheet = css.stylesheet()
        #expect(sheet.errors == [CSSSyntaxError(message: "Missing '}' at end of rule 'td.header'", range: css.marks[0])])
        let rule = sheet.rules[1].styleRule!
        // The unclosed block is closed at EOF and keeps its declarations.
        #expect(rule.declarations.map(\.property) == ["color", "padding"])
        #expect(rule.range.end == css.range.end)
        #expect(rule.blockRange.end == css.range.end)
    }

    @Test func declarationWithoutValue() {
        let css = MarkedCSS("p { ⟦color: ;⟧ ⟦margin:!important⟧; padding: 0 }")
        let sheet = css.stylesheet()
        #expect(sheet.errors == [
            CSSSyntaxError(message: "Declaration 'color' has no value; clients skip it and keep the rest", range: css.marks[0],
                           dropsOnlyItself: true),
            CSSSyntaxError(message: "Declaration 'margin' has no value; clients skip it and keep the rest",
                           range: ByteRange(start: css.marks[1].start, end: css.marks[1].end + 1), dropsOnlyItself: true),
        ])
        #expect(sheet.rules[0].styleRule!.declarations.map(\.property) == ["padding"])
    }

    @Test func missingColonSkipsToSemicolon() {
        let css = MarkedCSS("p { ⟦color red⟧; width: 10px; ⟦*zoom: 1⟧; _height: 1px }")
        let sheet = css.stylesheet()
        #expect(sheet.errors == [
            CSSSyntaxError(message: "Expected ':' after 'color'", range: css.marks[0]),
            CSSSyntaxError(message: "Invalid declaration '*zoom: 1'", range: css.marks[1]),
        ])
        // `_height` is a valid (if ignored) ident property: the classic IE hack survives parsing.
        #expect(sheet.rules[0].styleRule!.declarations.map(\.property) == ["width", "_height"])
    }

    @Test func badDeclarationSkipsNestedBlocks() {
        // The `;` inside parentheses does not end the bad declaration.
        let css = MarkedCSS("p { ⟦color red (a; b)⟧; width: 1px }")
        let sheet = css.stylesheet()
        #expect(sheet.errors.map(\.range) == css.marks)
        #expect(sheet.rules[0].styleRule!.declarations.map(\.property) == ["width"])
    }

    @Test func strayCloseBraceAtTopLevel() {
        let css = MarkedCSS("a { b: c } ⟦}⟧ p { color: red } q { color: blue }")
        let sheet = css.stylesheet()
        #expect(sheet.errors == [CSSSyntaxError(message: "Unexpected '}'", range: css.marks[0])])
        // Like browsers, the stray `}` becomes part of the next prelude, so `p` is dropped too.
        #expect(sheet.rules.map { $0.styleRule!.selectorText } == ["a", "q"])
    }

    @Test func strayParenInValue() {
        let css = MarkedCSS("p { color: red⟦)⟧; width: 1px }")
        let sheet = css.stylesheet()
        #expect(sheet.errors == [CSSSyntaxError(message: "Unexpected ')'", range: css.marks[0])])
        #expect(sheet.rules[0].styleRule!.declarations.count == 2)
    }

    @Test func unclosedFunctionSwallowsRestLikeBrowsers() {
        let css = MarkedCSS("p ⟦{⟧ color: ⟦rgb(⟧1, 2 } q { color: blue }")
        let sheet = css.stylesheet()
        #expect(sheet.errors == [
            CSSSyntaxError(message: "Missing '}' at end of rule 'p'", range: css.marks[0]),
            CSSSyntaxError(message: "Missing ')' after 'rgb('", range: css.marks[1]),
        ])
        #expect(sheet.rules.count == 1)
    }

    @Test func unclosedStringRecoversAtNextLine() {
        let css = MarkedCSS("p { content: ⟦\"oops⟧\n; color: red }")
        let sheet = css.stylesheet()
        #expect(sheet.errors == [CSSSyntaxError(message: "Unclosed string", range: css.marks[0])])
        #expect(sheet.rules[0].styleRule!.declarations.map(\.property) == ["color"])
    }

    @Test func unclosedCommentAtEOF() {
        let css = MarkedCSS("p { color: red } ⟦⟧/* footer")
        let sheet = css.stylesheet()
        let range = ByteRange(start: css.marks[0].start, end: css.range.end)
        #expect(sheet.errors == [CSSSyntaxError(message: "Unclosed comment", range: range)])
        #expect(sheet.comments == [range])
        #expect(sheet.rules.count == 1)
    }

    @Test func preludeWithoutBlockAtEOF() {
        let css = MarkedCSS("p { a: b } ⟦td .x⟧ ")
        let sheet = css.stylesheet()
        #expect(sheet.errors == [CSSSyntaxError(message: "Expected '{' after 'td .x'", range: css.marks[0])])
        #expect(sheet.rules.count == 1)
    }

    @Test func blockAtRulesNeedBlocks() {
        let css = MarkedCSS("⟦@media screen⟧; ⟦@font-face⟧; p { a: b }")
        let sheet = css.stylesheet()
        #expect(sheet.errors == [
            CSSSyntaxError(message: "'@media' needs a '{…}' block", range: css.marks[0]),
            CSSSyntaxError(message: "'@font-face' needs a '{…}' block", range: css.marks[1]),
        ])
        #expect(sheet.rules.count == 1)
    }

    @Test func statementAtRuleWithBlockIsDropped() {
        let css = MarkedCSS("@import \"a.css\" ⟦{ }⟧ p { a: b }")
        let sheet = css.stylesheet()
        #expect(sheet.errors == [CSSSyntaxError(message: "'@import' can't have a '{…}' block", range: css.marks[0])])
        #expect(sheet.rules.map { $0.styleRule != nil } == [true])
    }

    @Test func missingSemicolonAfterImportAtEOF() {
        let css = MarkedCSS("⟦@import url(a.css)⟧")
        let sheet = css.stylesheet()
        #expect(sheet.errors == [CSSSyntaxError(message: "Missing ';' after '@import url(a.css)'", range: css.marks[0])])
        #expect(sheet.rules.count == 1)
    }

    @Test func unclosedMediaBlock() {
        let css = MarkedCSS("@media (max-width: 600px) ⟦{⟧ .a { b: c }")
        let sheet = css.stylesheet()
        #expect(sheet.errors == [CSSSyntaxError(message: "Missing '}' at end of '@media (max-width: 600px)'",
                                                range: css.marks[0])])
        #expect(sheet.rules[0].atRule!.body.rules?.count == 1)
    }

    @Test func errorsInsideUnknownAtRulesAreNotReported() {
        let sheet = MarkedCSS("@foo { color red; ..x { } } p { a: b }").stylesheet()
        #expect(sheet.errors.isEmpty)
        #expect(sheet.rules.count == 2)
    }

    @Test func cdoInsideBlockIsNotIgnored() {
        let sheet = MarkedCSS("@media x { <!-- p { a: b } }").stylesheet()
        // Inside a block `<!--` is an ordinary token, so it invalidates the selector it starts.
        #expect(sheet.rules[0].atRule!.body.rules?.isEmpty == true)
        #expect(sheet.errors.count == 1)
    }

    @Test func deepNestingIsCappedWithoutCrashing() {
        let depth = 2000
        let text = String(repeating: "@media x { ", count: depth) + "p { a: b }" + String(repeating: " }", count: depth)
        let sheet = MarkedCSS(text).stylesheet()
        #expect(sheet.errors.count == 1)
        #expect(sheet.errors.first?.message == "Rules nested more than 256 levels deep")
        let selectorText = "p" + String(repeating: ":not(", count: 1000) + "a" + String(repeating: ")", count: 1000)
        let deepSelector = MarkedCSS(selectorText + " { } q { }").stylesheet()
        #expect(deepSelector.rules.count == 1)
        #expect(deepSelector.errors.first?.message.hasSuffix("selector nested too deeply") == true)
        let parens = String(repeating: "(", count: 100_000)
        let sheet2 = MarkedCSS("p { a: \(parens) }").stylesheet()
        #expect(sheet2.errors.count == 100_001) // each unclosed `(` plus the unclosed `{`
    }

    @Test func emptyInput() {
        let sheet = MarkedCSS("  \n ").stylesheet()
        #expect(sheet.rules.isEmpty && sheet.errors.isEmpty)
        #expect(MarkedCSS("", prefix: "<p style=\"").declarations().declarations.isEmpty)
    }
}
