import Testing
@testable import MailproofKit

@Suite struct CSSSelectorTests {
    static let specificities: [(String, CSSSpecificity)] = [
        ("*", .init(0, 0, 0)),
        ("td", .init(0, 0, 1)),
        ("TABLE td", .init(0, 0, 2)),
        (".header", .init(0, 1, 0)),
        ("#main", .init(1, 0, 0)),
        ("td.header", .init(0, 1, 1)),
        ("a:hover", .init(0, 1, 1)),
        ("p::before", .init(0, 0, 2)),
        ("p:before", .init(0, 0, 2)),
        ("a[href^='http']", .init(0, 1, 1)),
        ("#outlook a", .init(1, 0, 1)),
        ("ul li > a + span ~ b", .init(0, 0, 5)),
        ("body #wrap .col td.x:first-child", .init(1, 3, 2)),
        (":not(#a, .b)", .init(1, 0, 0)),
        (":is(p, .c, #d) span", .init(1, 0, 1)),
        (":where(#a .b) p", .init(0, 0, 1)),
        ("li:nth-child(2n+1)", .init(0, 1, 1)),
        ("li:nth-child(2n of .important)", .init(0, 2, 1)),
        (":has(> img.logo)", .init(0, 1, 1)),
        ("*:not(td)", .init(0, 0, 1)),
        ("[x-apple-data-detectors]", .init(0, 1, 0)),
        (".ExternalClass .ecxhm1", .init(0, 2, 0)),
    ]

    @Test(arguments: specificities)
    func specificity(_ selector: String, _ expected: CSSSpecificity) {
        let parsed = selectors(selector)
        #expect(parsed.count == 1, "\(selector) did not parse")
        #expect(parsed.first?.specificity == expected, "\(selector)")
    }

    @Test func specificityOrdering() {
        #expect(CSSSpecificity(0, 2, 0) < CSSSpecificity(1, 0, 0))
        #expect(CSSSpecificity(0, 1, 5) < CSSSpecificity(0, 2, 0))
        #expect(CSSSpecificity(0, 1, 1) + CSSSpecificity(1, 0, 0) == CSSSpecificity(1, 1, 1))
    }

    @Test func compoundsAndCombinators() {
        let css = MarkedCSS("⟦⟦TABLE#t.a⟧ ⟦>⟧ ⟦td⟧⟦ ⟧⟦a⟧ ⟦+⟧ ⟦b⟧⟦~⟧⟦i⟧⟧, ⟦p⟧ { }")
        let rule = css.stylesheet().rules[0].styleRule!
        #expect(rule.selectors.count == 2)
        let s = rule.selectors[0]
        let m = css.marks
        #expect(s.range == m[0])
        #expect(s.text == "TABLE#t.a > td a + b~i")
        #expect(s.compounds.map(\.range) == [m[1], m[3], m[5], m[7], m[9]])
        #expect(s.compounds.map(\.combinator) == [nil, .child, .descendant, .nextSibling, .subsequentSibling])
        #expect(s.compounds.map(\.combinatorRange) == [nil, m[2], m[4], m[6], m[8]])
        #expect(s.compounds[0].typeName == "table")
        #expect(s.compounds[0].components.map(\.kind) == [.type("table"), .id("t"), .className("a")])
        #expect(s.subject.typeName == "i")
        #expect(rule.selectors[1].range == m[10])
    }

    @Test func attributeSelectors() {
        let cases: [(String, CSSAttributeSelector.Operator, String?, CSSAttributeSelector.CaseSensitivity)] = [
            ("[HREF]", .exists, nil, .default),
            ("[a=b]", .equals, "b", .default),
            ("[a~='b c']", .includes, "b c", .default),
            ("[lang|=en]", .dashMatch, "en", .default),
            ("[href^=\"http\" i]", .prefix, "http", .insensitive),
            ("[src$=\".png\" S]", .suffix, ".png", .sensitive),
            ("[ class *= col ]", .substring, "col", .default),
        ]
        for (text, op, value, sensitivity) in cases {
            let kind = selectors(text).first?.subject.components.first?.kind
            guard case .attribute(let attribute)? = kind else {
                Issue.record("\(text) is not an attribute selector")
                continue
            }
            #expect(attribute.op == op, "\(text)")
            #expect(attribute.value == value, "\(text)")
            #expect(attribute.caseSensitivity == sensitivity, "\(text)")
            #expect(attribute.name == (text.contains("HREF") ? "href" : attribute.name))
        }
        let css = MarkedCSS("td⟦[⟦align⟧=⟦\"center\"⟧]⟧ { }")
        guard case .attribute(let a)? = css.stylesheet().rules[0].styleRule?.selectors[0].subject.components.last?.kind else {
            Issue.record("no attribute")
            return
        }
        #expect(css.stylesheet().rules[0].styleRule?.selectors[0].subject.components.last?.range == css.marks[0])
        #expect(a.nameRange == css.marks[1])
        #expect(a.valueRange == css.marks[2])
    }

    @Test func pseudoClassesAndElements() {
        let s = selectors("a:HOVER:not(.x, [y]):nth-last-of-type(-n+3):lang(en)::Before")
        let components = s[0].subject.components
        #expect(components.count == 6)
        guard case .pseudoClass(let hover) = components[1].kind,
              case .pseudoClass(let not) = components[2].kind,
              case .pseudoClass(let nth) = components[3].kind,
              case .pseudoClass(let lang) = components[4].kind,
              case .pseudoElement(let before) = components[5].kind else {
            Issue.record("unexpected components \(components)")
            return
        }
        #expect(hover.name == "hover" && hover.argument == nil)
        #expect(not.name == "not")
        if case .selectors(let list)? = not.argument { #expect(list.map(\.text) == [".x", "[y]"]) } else { Issue.record("not") }
        #expect(nth.argument == .nth(CSSNth(a: -1, b: 3), of: nil))
        #expect(lang.argument == .raw("en"))
        #expect(before.name == "before" && !before.isLegacySyntax)
        guard case .pseudoElement(let legacy)? = selectors("p:after").first?.subject.components.last?.kind else {
            Issue.record("legacy")
            return
        }
        #expect(legacy.isLegacySyntax && legacy.name == "after")
    }

    @Test func pseudoRanges() {
        let css = MarkedCSS("li⟦:⟦nth-child⟧(⟦ 2n + 1 ⟧)⟧⟦::⟦after⟧⟧ { }")
        let components = css.stylesheet().rules[0].styleRule!.selectors[0].subject.components
        #expect(components[1].range == css.marks[0])
        guard case .pseudoClass(let nth) = components[1].kind else { Issue.record("nth"); return }
        #expect(nth.nameRange == css.marks[1])
        #expect(nth.argumentRange == css.marks[2])
        #expect(components[2].range == css.marks[3])
        guard case .pseudoElement(let after) = components[2].kind else { Issue.record("after"); return }
        #expect(after.nameRange == css.marks[4])
    }

    static let nthCases: [(String, CSSNth?)] = [
        ("odd", CSSNth(a: 2, b: 1)), ("EVEN", CSSNth(a: 2, b: 0)), ("3", CSSNth(a: 0, b: 3)),
        ("-2", CSSNth(a: 0, b: -2)), ("n", CSSNth(a: 1, b: 0)), ("+n", CSSNth(a: 1, b: 0)),
        ("-n+3", CSSNth(a: -1, b: 3)), ("2n+1", CSSNth(a: 2, b: 1)), ("2n + 1", CSSNth(a: 2, b: 1)),
        ("2n- 1", CSSNth(a: 2, b: -1)), ("10N-7", CSSNth(a: 10, b: -7)), ("0n+5", CSSNth(a: 0, b: 5)),
        ("+ n", nil), ("2 n", nil), ("2n 1", nil), ("n+", nil), ("foo", nil), ("2n+-1", nil),
    ]

    @Test(arguments: nthCases)
    func nthArguments(_ text: String, _ expected: CSSNth?) {
        let parsed = selectors("li:nth-child(\(text))")
        if let expected {
            guard case .pseudoClass(let p)? = parsed.first?.subject.components.last?.kind else {
                Issue.record("\(text) rejected")
                return
            }
            #expect(p.argument == .nth(expected, of: nil), "\(text)")
        } else {
            #expect(parsed.isEmpty, "\(text) should be invalid")
        }
    }

    @Test func nthMatching() {
        let odd = CSSNth(a: 2, b: 1)
        #expect((1...6).filter(odd.matches) == [1, 3, 5])
        let firstThree = CSSNth(a: -1, b: 3)
        #expect((1...6).filter(firstThree.matches) == [1, 2, 3])
        #expect((1...6).filter(CSSNth(a: 0, b: 4).matches) == [4])
    }

    @Test func forgivingIsAndWhere() {
        let s = selectors(":is(.a, ..bad, p)")
        guard case .pseudoClass(let p)? = s.first?.subject.components.first?.kind,
              case .selectors(let list)? = p.argument else {
            Issue.record(":is should be forgiving")
            return
        }
        #expect(list.map(\.text) == [".a", "p"])
        #expect(selectors(":not(.a, ..bad)").isEmpty)
    }

    @Test func escapedIdentifiers() {
        let s = selectors(#".\31 0col #a\:b"#)
        #expect(s.first?.compounds.map(\.components.first!.kind) == [.className("10col"), .id("a:b")])
    }

    static let invalidSelectors: [(String, String)] = [
        ("td..x", "expected a class name after '.'"),
        ("#1abc", "'#1abc' is not a valid ID"),
        ("a >", "nothing after combinator"),
        ("> a", "unexpected '>'"),
        ("a, , b", "empty selector in list"),
        ("a[]", "empty attribute selector"),
        ("a:nth-child(x)", "invalid An+B argument (expected e.g. 2n+1, odd, even, 3)"),
        (".a div.b span", ""),
        ("[a=b c]", "unknown attribute flag 'c'"),
        ("svg|rect", "namespace prefixes are not supported"),
        ("a::", "expected a pseudo-class name after ':'"),
        ("a:not()", "':not()' needs an argument"),
    ]

    @Test(arguments: invalidSelectors)
    func invalidSelectorDropsRule(_ selector: String, _ reason: String) {
        let sheet = MarkedCSS("\(selector) { color: red } p { color: blue }").stylesheet()
        if reason.isEmpty {
            #expect(sheet.rules.count == 2)
            return
        }
        #expect(sheet.rules.count == 1, "\(selector)")
        #expect(sheet.rules.first?.styleRule?.selectorText == "p")
        #expect(sheet.errors.map(\.message) == ["Invalid selector '\(selector)': \(reason)"], "\(selector)")
    }

    @Test func invalidSelectorErrorRange() {
        let css = MarkedCSS("td⟦.⟧.x { a: b }")
        let sheet = css.stylesheet()
        #expect(sheet.rules.isEmpty)
        #expect(sheet.errors.map(\.range) == css.marks)
    }

    @Test func standaloneSelectorList() {
        let bytes = Array("  ul > li.item ,a ".utf8)
        let result = CSSParser.parseSelectorList(bytes: bytes, range: ByteRange(start: 0, end: bytes.count))
        #expect((try? result.get())?.map(\.text) == ["ul > li.item", "a"])
    }
}
