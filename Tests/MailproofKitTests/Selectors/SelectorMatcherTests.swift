import Testing
@testable import MailproofKit

@Suite struct SelectorMatcherTests {
    static let html = """
        <html><body>
        <table id="Main" class="wrap Outer" align="CENTER"><tr>
          <td class="cell first" lang="en-US" data-x="a b c">1</td>
          <td class="cell">2</td>
          <td class="cell last"><a href="{{ url }}" target="_blank">x</a></td>
        </tr></table>
        <p></p><p>t</p><span></span>
        <!--[if mso]><div class="mso">o</div><![endif]-->
        </body></html>
        """

    /// The ids (or `tag#n`) of the elements a selector matches, in document order.
    func matched(_ selector: String) -> [String] {
        let document = parse(Self.html)
        let matcher = SelectorMatcher(document: document)
        let parsed = selectors(selector)
        #expect(!parsed.isEmpty, "\(selector) did not parse")
        // The impact analysis and hidden elements ask through the ancestor filter: it may only rule out elements
        // the full match rejects, so every expectation below checks it too.
        let required = parsed.map(AncestorFilter.required(by:))
        var counts: [String: Int] = [:]
        var result: [String] = []
        for element in document.elements {
            counts[element.name, default: 0] += 1
            let matches = matcher.matches(any: parsed, element: element.index)
            #expect(matcher.matches(any: parsed, requiring: required, element: element.index) == matches,
                    "\(selector): the ancestor filter changed the answer for \(element.name)\(counts[element.name]!)")
            if matches { result.append("\(element.name)\(counts[element.name]!)") }
        }
        return result
    }

    @Test func typeClassAndID() {
        #expect(matched("TD") == ["td1", "td2", "td3"])
        #expect(matched(".cell.first") == ["td1"])
        #expect(matched("#Main") == ["table1"])
        #expect(matched("#main").isEmpty) // ids are case-sensitive
        #expect(matched(".outer").isEmpty) // so are classes
        #expect(matched("*").count == 12) // libxml2 adds no <tbody>
    }

    @Test func attributes() {
        #expect(matched("[align=center]") == ["table1"]) // align is case-insensitive in HTML
        #expect(matched("[class=cell]") == ["td2"])
        #expect(matched("[data-x~=b]") == ["td1"])
        #expect(matched("[lang|=en]") == ["td1"])
        #expect(matched("[class^=cell]") == ["td1", "td2", "td3"])
        #expect(matched("[class$=last]") == ["td3"])
        #expect(matched("[class*=ll\\ f]") == ["td1"])
        #expect(matched("[CLASS*=WRAP i]") == ["table1"])
        #expect(matched("[align=center s]").isEmpty)
        #expect(matched("a[href]") == ["a1"])
        #expect(matched("[target=_blank]") == ["a1"])
    }

    @Test func combinators() {
        #expect(matched("table a") == ["a1"])
        #expect(matched("tr > td") == ["td1", "td2", "td3"])
        #expect(matched("table > td").isEmpty)
        #expect(matched(".first + td") == ["td2"])
        #expect(matched(".first ~ td") == ["td2", "td3"])
        #expect(matched("p + p") == ["p2"])
        #expect(matched("body > div.mso") == ["div1"]) // inside a conditional comment, still an element
    }

    @Test func structuralPseudoClasses() {
        #expect(matched("td:first-child") == ["td1"])
        #expect(matched("td:last-child") == ["td3"])
        #expect(matched("a:only-child") == ["a1"])
        #expect(matched("p:first-of-type") == ["p1"])
        #expect(matched("p:last-of-type") == ["p2"])
        #expect(matched("span:only-of-type") == ["span1"])
        #expect(matched("td:nth-child(2n+1)") == ["td1", "td3"])
        #expect(matched("td:nth-last-child(1)") == ["td3"])
        #expect(matched("td:nth-child(2 of .cell)") == ["td2"])
        #expect(matched("p:nth-of-type(even)") == ["p2"])
        #expect(matched("p:nth-last-of-type(2)") == ["p1"])
        #expect(matched(":root") == ["html1"])
        #expect(matched("p:empty") == ["p1"])
        #expect(matched("a:link") == ["a1"])
    }

    @Test func logicalPseudoClasses() {
        #expect(matched("td:not(.first)") == ["td2", "td3"])
        #expect(matched(":is(.first, .last)") == ["td1", "td3"])
        #expect(matched(":where(p, span):empty") == ["p1", "span1"])
        #expect(matched("td:has(> a)") == ["td3"])
        #expect(matched("td:has(+ td.last)") == ["td2"])
    }

    @Test func statePseudoClassesAndPseudoElementsNeverMatch() {
        #expect(matched("a:hover").isEmpty)
        #expect(matched("td::before").isEmpty)
        for text in ["a:hover", "a:visited", "input:focus", "p::first-line", "p:lang(en)", "a:not(:hover)"] {
            #expect(!SelectorMatcher.isStatic(selectors(text)[0]), "\(text)")
        }
        for text in ["td.x > a[href^=http]:first-child", ":is(p, td):not(.a)", "a:link", "li:nth-child(2n of .x)"] {
            #expect(SelectorMatcher.isStatic(selectors(text)[0]), "\(text)")
        }
    }

    @Test func indexFindsTheSameMatchesAsTestingEverySelector() {
        let document = parse(Self.html)
        let matcher = SelectorMatcher(document: document)
        let all = ["#Main", ".cell", "td", "*", "tr > .last", ":is(.first)", "a:link", "p:empty", ".wrap td"].flatMap(selectors)
        var index = SelectorIndex<Int>()
        for (number, selector) in all.enumerated() { index.add(selector, number) }
        for element in document.elements {
            var viaIndex: [Int] = []
            index.forEachMatch(of: element.index, in: matcher) { number, _ in viaIndex.append(number) }
            let direct = all.indices.filter { matcher.matches(all[$0], element: element.index) }
            #expect(viaIndex.sorted() == direct, "\(element.name)")
        }
    }
}
