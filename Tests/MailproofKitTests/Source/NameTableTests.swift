import Testing
@testable import MailproofKit

/// Detection reads its tables through `NameTable`; it must answer exactly what the dictionary or list it is made
/// from answers, for names spelled as `String`s and as source bytes in any case.
@Suite("Name tables")
struct NameTableTests {
    private let dictionary: [String: String] = [
        "px": "css-unit-px", "em": "css-unit-em", "background-color": "css-background-color",
        "-webkit-linear-gradient": "css-linear-gradient", "": "html-input-text", "a": "one letter",
    ]

    @Test("Every key is found, and names that are not keys are not")
    func keysAndNonKeys() {
        let table = NameTable(dictionary)
        for (key, value) in dictionary {
            #expect(table[key] == value)
        }
        for name in ["p", "pxx", "background", "background-colour", "PX", "b", " px", "px ", "é"] {
            #expect(table[name] == nil, "\(name)")
        }
    }

    @Test("Bytes are matched exactly, or without ASCII case when folding")
    func bytesWithAndWithoutFolding() {
        let table = NameTable(dictionary)
        let source = Array("xx PX Background-Color px BACKGROUND-COLOUR é".utf8)
        source.withUnsafeBufferPointer { bytes in
            let upperPX = ByteRange(start: 3, length: 2)
            #expect(table.value(bytes, upperPX, folding: true) == "css-unit-px")
            #expect(table.value(bytes, upperPX, folding: false) == nil)
            let mixed = ByteRange(start: 6, length: 16)
            #expect(table.value(bytes, mixed, folding: true) == "css-background-color")
            #expect(table.value(bytes, ByteRange(start: 23, length: 2), folding: false) == "css-unit-px")
            #expect(table.value(bytes, ByteRange(start: 26, length: 17), folding: true) == nil)
            #expect(table.value(bytes, ByteRange.empty(at: 2), folding: true) == "html-input-text")
            // A non-ASCII byte never matches an ASCII key.
            #expect(table.value(bytes, ByteRange(start: source.count - 2, length: 2), folding: true) == nil)
        }
    }

    @Test("A table as full as it gets still finds every key")
    func manyKeys() {
        var many: [String: Int] = [:]
        for k in 0..<1_000 { many["name-\(k)"] = k }
        let table = NameTable(many)
        for (key, value) in many { #expect(table[key] == value) }
        #expect(table["name-1000"] == nil)
    }

    @Test("A table made from pairs answers as one made from the same names in a dictionary")
    func pairs() {
        let pairs = dictionary.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        let table = NameTable(pairs: pairs)
        for (key, value) in pairs { #expect(table[key] == value) }
        for name in ["p", "pxx", "PX", " px"] { #expect(table[name] == nil, "\(name)") }
    }

    @Test("A name listed twice stops the program: a detection table must not say two things of one name")
    func duplicatePairs() async {
        await #expect(processExitsWith: .failure) {
            _ = NameTable(pairs: [("px", 1), ("em", 2), ("px", 3)])
        }
        await #expect(processExitsWith: .failure) {
            _ = NameTable(pairs: [("", 1), ("", 2)])
        }
    }

    @Test("The detection tables answer as their lists do")
    func detectionTables() {
        for (key, value) in PropertyFeatures.slugs { #expect(PropertyFeatures.table[key]?.slug == value) }
        for (key, value) in HTMLFeatures.elements { #expect(HTMLFeatures.elementTable[key]?.slug == value) }
        for (key, value) in HTMLFeatures.attributes { #expect(HTMLFeatures.attributeTable[key]?.slug == value) }
        for (key, value) in UnitFeatures.slugs { #expect(UnitFeatures.table[key]?.slug == value) }
        for (key, value) in FunctionFeatures.slugs { #expect(FunctionFeatures.table[key]?.slug == value) }
        for (key, value) in ValueFeatures.keywords { #expect(ValueFeatures.keywordTable[key]?.slug == value) }
        for (property, keywords) in ValueFeatures.keywordsByProperty {
            for (key, value) in keywords { #expect(ValueFeatures.keywordsByPropertyTable[property]?[key]?.slug == value) }
        }
        for (key, value) in HTMLFeatures.inputTypes { #expect(HTMLFeatures.inputTypeTable[key]?.slug == value) }
        for (key, value) in HTMLFeatures.buttonTypes { #expect(HTMLFeatures.buttonTypeTable[key]?.slug == value) }
        for (key, value) in SelectorFeatures.pseudoClasses { #expect(SelectorFeatures.pseudoClassTable[key]?.slug == value) }
        for (key, value) in SelectorFeatures.pseudoElements { #expect(SelectorFeatures.pseudoElementTable[key]?.slug == value) }
        for (key, value) in AtRuleFeatures.atRules { #expect(AtRuleFeatures.atRuleTable[key]?.slug == value) }
        for (key, value) in AtRuleFeatures.mediaFeatures { #expect(AtRuleFeatures.mediaFeatureTable[key]?.slug == value) }
        for (key, value) in ImageFeatures.extensions { #expect(ImageFeatures.extensionTable[key]?.slug == value) }
        for (key, value) in ImageFeatures.mimeTypes { #expect(ImageFeatures.mimeTypeTable[key]?.slug == value) }
    }

    @Test("Every detected feature has a number that gives its slug back, and no other slug has one")
    func featureIDs() {
        let slugs = FeatureDetectorCatalog.detectedSlugs
        #expect(FeatureID.count == slugs.count)
        for slug in slugs { #expect(FeatureID(slug: slug)?.slug == slug) }
        #expect(Set(slugs.compactMap { FeatureID(slug: $0)?.index }).count == slugs.count)
        #expect(FeatureID(slug: "css-no-such-feature") == nil)
        for combinator in [CSSCombinator.descendant, .child, .nextSibling, .subsequentSibling] {
            #expect(SelectorFeatures.combinatorFeature(combinator).slug == SelectorFeatures.combinator(combinator))
        }
    }
}

@Suite("Name maps")
struct NameMapTests {
    @Test("Names inserted are found with their values, through every growth of the table")
    func insertAndFind() {
        var map = NameMap<Int>()
        for k in 0..<500 {
            #expect(map["feature-\(k)"] == nil)
            map.insert(k, for: "feature-\(k)")
            #expect(map["feature-\(k)"] == k)
        }
        for k in 0..<500 { #expect(map["feature-\(k)"] == k) }
        #expect(map["feature-500"] == nil)
        #expect(map[""] == nil)
        map.insert(-1, for: "")
        #expect(map[""] == -1)
    }

    @Test("A name built at run time finds the entry of an equal literal")
    func equalNotIdentical() {
        var map = NameMap<String>()
        map.insert("found", for: "css-border-radius")
        let built = ["css", "border", "radius"].joined(separator: "-")
        #expect(map[built] == "found")
        #expect(map["css-border-radiuS"] == nil)
    }

    @Test("update changes a name's value in place, starting from the initial value the first time")
    func update() {
        var map = NameMap<[Int]>()
        #expect(map.isEmpty)
        for k in 0..<300 { map.update("class-\(k % 100)", initial: []) { $0.append(k) } }
        #expect(!map.isEmpty)
        #expect(map["class-7"] == [7, 107, 207])
        #expect(map["class-99"] == [99, 199, 299])
        #expect(map["class-100"] == nil)
    }

    @Test("Names are found by their bytes: the composed and decomposed é are two names, as in a browser")
    func bytesNotCanonicalEquivalence() {
        var map = NameMap<Int>()
        map.insert(1, for: "caf\u{E9}")
        #expect(map["caf\u{E9}"] == 1)
        #expect(map["cafe\u{301}"] == nil)
    }
}
