import Testing
@testable import MailproofKit

@Suite struct CSSParserTests {
    @Test func styleRuleAndImportant() {
        let css = MarkedCSS("⟦⟦td.header⟧ ⟦{ ⟦⟦color⟧: ⟦red⟧ ⟦! IMPORTANT⟧;⟧ ⟦⟦Margin⟧:⟦0 auto⟧⟧ }⟧⟧")
        let sheet = css.stylesheet()
        #expect(sheet.errors.isEmpty)
        let rule = try! #require(sheet.rules.first?.styleRule)
        // marks sorted by start: rule, prelude, block, decl1, property, value, important, decl2, property, value
        let m = css.marks
        #expect(rule.range == m[0])
        #expect(rule.preludeRange == m[1])
        #expect(rule.selectorText == "td.header")
        #expect(rule.blockRange == m[2])
        #expect(rule.declarations.count == 2)
        let color = rule.declarations[0]
        #expect(color.range == m[3])
        #expect(color.property == "color")
        #expect(color.propertyRange == m[4])
        #expect(color.value == "red")
        #expect(color.valueRange == m[5])
        #expect(color.important)
        #expect(color.importantRange == m[6])
        let margin = rule.declarations[1]
        #expect(margin.range == m[7])
        #expect(margin.property == "margin")
        #expect(margin.propertyRange == m[8])
        #expect(margin.value == "0 auto")
        #expect(margin.valueRange == m[9])
        #expect(!margin.important)
        #expect(margin.importantRange == nil)
    }

    @Test func valueTokensExposeFunctionsAndUnits() {
        let css = MarkedCSS("p { width: ⟦calc(⟧100% - ⟦2rem⟧); color: ⟦rgb(⟧0 0 0); margin: ⟦var(⟧--m, ⟦1vw⟧) }")
        let decls = css.stylesheet().rules[0].styleRule!.declarations
        let functions = decls.flatMap { $0.valueTokens.filter { $0.kind == .function } }
        #expect(functions.map { $0.lowercasedValue(in: css.bytes) } == ["calc", "rgb", "var"])
        #expect(functions.map(\.range) == [css.marks[0], css.marks[2], css.marks[3]])
        let units = decls.flatMap { $0.valueTokens.filter { $0.kind == .dimension } }
        #expect(units.map { $0.lowercasedValue(in: css.bytes) } == ["rem", "vw"])
        #expect(units.map(\.range) == [css.marks[1], css.marks[4]])
        #expect(decls[0].valueTokens.first?.kind == .function)
        #expect(decls[0].valueTokens.last?.kind == .rightParen)
    }

    @Test func customPropertiesKeepCase() {
        let css = MarkedCSS(":root { --Brand-Color: #fff; --empty:; COLOR: var(--Brand-Color) }")
        let decls = css.stylesheet().rules[0].styleRule!.declarations
        #expect(decls.map(\.property) == ["--Brand-Color", "--empty", "color"])
        #expect(decls[1].value == "")
        #expect(decls[0].isCustomProperty)
    }

    @Test func nestedMediaAndSupports() {
        let css = MarkedCSS("""
        @media screen { @supports (display: grid) { .a { display: grid } } .b { c: d } }
        """)
        let sheet = css.stylesheet()
        #expect(sheet.errors.isEmpty)
        let media = try! #require(sheet.rules.first?.atRule)
        #expect(media.name == "media")
        #expect(media.prelude == "screen")
        let inner = try! #require(media.body.rules)
        #expect(inner.count == 2)
        let supports = try! #require(inner[0].atRule)
        #expect(supports.name == "supports")
        #expect(supports.prelude == "(display: grid)")
        #expect(supports.body.rules?.first?.styleRule?.declarations.first?.property == "display")
        #expect(inner[1].styleRule?.selectorText == ".b")
        var count = 0
        sheet.forEachRule { _ in count += 1 }
        #expect(count == 4)
        #expect(sheet.allDeclarations.map(\.property) == ["display", "c"])
    }

    @Test func fontFaceImportCharset() {
        let css = MarkedCSS("""
        ⟦@charset "utf-8";⟧ ⟦⟦@IMPORT⟧ ⟦url("a.css") screen⟧;⟧
        ⟦@font-face { font-family: "Brand"; src: url(b.woff2) format("woff2") }⟧
        """)
        let sheet = css.stylesheet()
        #expect(sheet.errors.isEmpty)
        let rules = sheet.rules.map { $0.atRule! }
        #expect(rules.map(\.name) == ["charset", "import", "font-face"])
        #expect(rules[0].range == css.marks[0])
        #expect(rules[0].body.isNone)
        #expect(rules[1].range == css.marks[1])
        #expect(rules[1].nameRange == css.marks[2])
        #expect(rules[1].preludeRange == css.marks[3])
        #expect(rules[1].body.isNone && rules[1].blockRange == nil)
        #expect(rules[1].mediaQueries?.queries.first?.mediaType == "screen")
        #expect(rules[2].range == css.marks[4])
        let block = try! #require(rules[2].body.block)
        #expect(block.declarations.map(\.property) == ["font-family", "src"])
        #expect(block.declarations[1].value == #"url(b.woff2) format("woff2")"#)
    }

    @Test func keyframes() {
        let css = MarkedCSS("""
        @-webkit-keyframes fade { ⟦FROM⟧ { opacity: 0 } ⟦50%⟧, ⟦75.5%⟧ { opacity: .5 } ⟦to⟧ { opacity: 1 } }
        """)
        let sheet = css.stylesheet()
        #expect(sheet.errors.isEmpty)
        let rule = sheet.rules[0].atRule!
        #expect(rule.name == "-webkit-keyframes")
        #expect(rule.prelude == "fade")
        let frames = try! #require(rule.body.keyframes)
        #expect(frames.map { $0.selectors.map(\.percentage) } == [[0], [50, 75.5], [100]])
        #expect(frames.flatMap { $0.selectors.map(\.range) } == css.marks)
        #expect(frames[1].selectorText == "50%, 75.5%")
        #expect(frames.map { $0.declarations.first!.value } == ["0", ".5", "1"])
    }

    @Test func invalidKeyframeSelectorDropsBlock() {
        let css = MarkedCSS("@keyframes k { ⟦50⟧ { a: b } to { a: c } }")
        let sheet = css.stylesheet()
        #expect(sheet.rules[0].atRule!.body.keyframes!.count == 1)
        #expect(sheet.errors.map(\.range) == [css.marks[0]])
    }

    @Test func unknownAtRulesAreKept() {
        let css = MarkedCSS("@MSO-thing foo { bar: baz; qux: 1 } @custom-statement x y; p { a: b }")
        let sheet = css.stylesheet()
        #expect(sheet.errors.isEmpty)
        let unknown = sheet.rules[0].atRule!
        #expect(unknown.name == "mso-thing")
        #expect(unknown.prelude == "foo")
        #expect(unknown.body.block?.declarations.map(\.property) == ["bar", "qux"])
        let statement = sheet.rules[1].atRule!
        #expect(statement.name == "custom-statement")
        #expect(statement.body.isNone)
        #expect(sheet.rules[2].styleRule != nil)
    }

    @Test func pageWithMarginRules() {
        let css = MarkedCSS("@page :first { margin: 1in; @top-left { content: 'x' } }")
        let sheet = css.stylesheet()
        #expect(sheet.errors.isEmpty)
        let block = sheet.rules[0].atRule!.body.block!
        #expect(block.declarations.map(\.property) == ["margin"])
        #expect(block.rules.first?.atRule?.name == "top-left")
    }

    @Test func layerStatementAndBlock() {
        let css = MarkedCSS("@layer base, theme; @layer base { p { a: b } }")
        let sheet = css.stylesheet()
        #expect(sheet.errors.isEmpty)
        #expect(sheet.rules[0].atRule!.body.isNone)
        #expect(sheet.rules[1].atRule!.body.rules?.count == 1)
    }

    @Test func mediaQueryFeatures() {
        let css = MarkedCSS("""
        @media ⟦only ⟦screen⟧ and ⟦(⟦max-width⟧: ⟦600px⟧)⟧⟧, ⟦(⟦prefers-color-scheme⟧: dark)⟧ and ⟦(⟦HOVER⟧)⟧, \
        ⟦(400px <= ⟦width⟧ < 700px)⟧, not print and (not (⟦color⟧)) { }
        """)
        let sheet = css.stylesheet()
        #expect(sheet.errors.isEmpty)
        let list = try! #require(sheet.rules[0].atRule!.mediaQueries)
        #expect(list.queries.count == 4)
        let m = css.marks
        let q0 = list.queries[0]
        #expect(q0.range == m[0])
        #expect(q0.modifier == .only)
        #expect(q0.mediaType == "screen")
        #expect(q0.mediaTypeRange == m[1])
        #expect(q0.features.count == 1)
        #expect(q0.features[0].range == m[2])
        #expect(q0.features[0].name == "max-width")
        #expect(q0.features[0].nameRange == m[3])
        #expect(q0.features[0].value == "600px")
        #expect(q0.features[0].valueRange == m[4])
        #expect(q0.features[0].syntax == .plain)
        #expect(list.features.map(\.name) == ["max-width", "prefers-color-scheme", "hover", "width", "color"])
        #expect(list.features.map(\.syntax) == [.plain, .plain, .boolean, .range, .boolean])
        #expect(list.features.map(\.nameRange) == [m[3], m[6], m[8], m[10], m[11]])
        #expect(list.queries[1].features.map(\.range) == [m[5], m[7]])
        #expect(list.queries[2].features[0].range == m[9])
        #expect(list.queries[3].modifier == .not)
        #expect(list.queries[3].mediaType == "print")
        #expect(list.queries.allSatisfy { $0.isValid })
    }

    @Test func invalidMediaQueryIsReported() {
        let css = MarkedCSS("@media ⟦screen print⟧, (min-width: 1px) { p { a: b } }")
        let sheet = css.stylesheet()
        let list = sheet.rules[0].atRule!.mediaQueries!
        #expect(list.queries.map(\.isValid) == [false, true])
        #expect(sheet.errors == [CSSSyntaxError(message: "Invalid media query 'screen print'", range: css.marks[0])])
        // The rule itself is kept: an invalid query just never matches.
        #expect(sheet.rules[0].atRule!.body.rules?.count == 1)
    }

    @Test func styleAttributeDeclarations() {
        let css = MarkedCSS("⟦color: red⟧; ⟦font-size:14PX !important⟧;", prefix: "<td style=\"", suffix: "\">")
        let block = css.declarations()
        #expect(block.errors.isEmpty)
        #expect(block.declarations.map(\.property) == ["color", "font-size"])
        #expect(block.declarations[0].range == ByteRange(start: css.marks[0].start, end: css.marks[0].end + 1))
        #expect(block.declarations[1].important)
        #expect(block.declarations[1].value == "14PX")
        #expect(block.declaration(named: "font-size")?.value == "14PX")
        // No trailing `;`: the declaration ends with its value.
        let bare = MarkedCSS("⟦color:red⟧", prefix: "<p style='", suffix: "'>").declarations()
        #expect(bare.declarations[0].range == ByteRange(start: bare.range.start, end: bare.range.end))
    }

    @Test func styleAttributeRejectsRulesAndAtRules() {
        let css = MarkedCSS("a: b; ⟦p { c: d }⟧ e: f; ⟦@media x { }⟧ g: h", prefix: "<p style=\"")
        let block = css.declarations()
        #expect(block.declarations.map(\.property) == ["a", "e", "g"])
        #expect(block.errors.map(\.range) == css.marks)
    }

    @Test func cssNesting() {
        let css = MarkedCSS(".card { color: red; &:hover { color: blue } > p { margin: 0 } .x & { a: b } @media (min-width: 1px) { padding: 0 } }")
        let sheet = css.stylesheet()
        #expect(sheet.errors.isEmpty)
        let card = sheet.rules[0].styleRule!
        #expect(card.declarations.map(\.property) == ["color"])
        #expect(card.nestedRules.count == 4)
        let hover = card.nestedRules[0].styleRule!
        #expect(hover.selectorText == "&:hover")
        #expect(hover.declarations.first?.value == "blue")
        #expect(card.nestedRules[1].styleRule?.selectors.first?.leadingCombinator == .child)
        #expect(card.nestedRules[2].styleRule?.selectors.first?.compounds.last?.components.first?.kind == .nesting)
        let media = card.nestedRules[3].atRule!
        #expect(media.body.block?.declarations.first?.property == "padding")
    }

    @Test func cdoCdcAtTopLevelAreIgnored() {
        let css = MarkedCSS("<!-- p { a: b } --> <!-- q { c: d } -->")
        let sheet = css.stylesheet()
        #expect(sheet.errors.isEmpty)
        #expect(sheet.rules.map { $0.styleRule!.selectorText } == ["p", "q"])
    }

    @Test func commentsAreReported() {
        let css = MarkedCSS("⟦/* reset */⟧ p { color: ⟦/*x*/⟧red }")
        let sheet = css.stylesheet()
        #expect(sheet.comments == css.marks)
        #expect(sheet.rules[0].styleRule!.declarations[0].value == "red")
        #expect(sheet.rules[0].styleRule!.declarations[0].valueTokens.map(\.kind) == [.ident])
    }
}
