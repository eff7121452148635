/// How an element's text looks, as far as the markup tells: its colour, the background behind it, its size and
/// weight. Worked out top-down from the parent's appearance, so one preorder walk computes every element.
/// A value we cannot know (a template tag, `inherit` of something unknown, a background image) is nil, and
/// nothing is judged against it.
struct TextAppearance {
    var color: CSSColor?
    var background: CSSColor?
    /// Pixels; nil when a size is given in a unit we cannot resolve.
    var fontSize: Double?
    var bold: Bool
    /// Hidden text (a preheader, `display:none`) is not read; its contrast does not matter.
    var hidden: Bool
    /// Inside VML or `<head>`, `<style>`, `<script>`: not text a reader sees in the normal flow.
    var ignored: Bool

    /// What a client shows without any styles: black 16px text on white.
    static let initial = TextAppearance(color: .black, background: .white, fontSize: 16, bold: false, hidden: false, ignored: false)

    /// The browser default for an unstyled link.
    static let defaultLinkColor = CSSColor(rgb: 0x0000ee)

    /// The CSS properties `of(_:parent:declarations:)` reads.
    static let properties = NameSet(TextProperty.allCases.map(\.name))

    /// WCAG large text: at least 18pt (24px), or 14pt (18.66px) bold.
    var isLarge: Bool {
        guard let fontSize else { return false }
        return fontSize >= 24 || (bold && fontSize >= 18.66)
    }

    /// The appearance of `element`, whose parent looks like `parent`, given its effective declarations
    /// (property → value, cascade already applied).
    static func of(_ element: Element, parent: TextAppearance, declarations: TextDeclarations) -> TextAppearance {
        var result = parent
        let name = element.name
        let look = lookTable[name]
        if look?.ignored == true || isOfficeMarkup(name) { result.ignored = true }
        if HiddenContent.hides(element) { result.hidden = true }

        // Presentational attributes first; CSS wins over them.
        if let bgcolor = element.value("bgcolor") { result.background = opaque(CSSColor(bgcolor), over: parent.background) }
        if element.value("background")?.isEmpty == false { result.background = nil }
        if name.hasSameText(as: "font"), let color = element.value("color") { result.color = CSSColor(color).flatMap(Self.solid) }
        if name.hasSameText(as: "body"), let text = element.value("text") { result.color = CSSColor(text).flatMap(Self.solid) }
        // Most elements have no declarations at all: skip the look-ups.
        let styled = !declarations.isEmpty
        if name.hasSameText(as: "a"), !styled || declarations[.color] == nil { result.color = defaultLinkColor }
        if let size = look?.size { result.fontSize = parent.fontSize.map { $0 * size } }
        if look?.bold == true { result.bold = true }

        if styled {
            if let value = declarations[.color] { result.color = color(value, inherited: parent.color) }
            if let value = declarations[.backgroundColor] {
                result.background = background(value, parent: parent.background)
            }
            if let value = declarations[.background] {
                result.background = value.lowercased().contains("url(") ? nil : background(firstColorWord(value) ?? "transparent", parent: parent.background)
            }
            if let value = declarations[.backgroundImage], value.lowercased().contains("url(") { result.background = nil }
            if let value = declarations[.fontSize] { result.fontSize = fontSize(value, parent: parent.fontSize) }
            if let value = declarations[.fontWeight] { result.bold = isBold(value, parent: parent.bold) }
            if let value = declarations[.font] { result.fontSize = fontShorthandSize(value, parent: parent.fontSize) ?? result.fontSize }
        }
        if (styled && hides(declarations)) || result.fontSize == 0 { result.hidden = true }
        return result
    }

    /// `display:none`, `visibility:hidden`, zero opacity or height from the stylesheet (inline ones are read by
    /// `HiddenContent`).
    private static func hides(_ declarations: TextDeclarations) -> Bool {
        if let display = declarations[.display], stripImportant(display) == "none" { return true }
        if let visibility = declarations[.visibility], stripImportant(visibility) == "hidden" { return true }
        if let opacity = declarations[.opacity], isZero(stripImportant(opacity)) { return true }
        if let maxHeight = declarations[.maxHeight], isZero(stripImportant(maxHeight)) { return true }
        return false
    }

    private static func isZero(_ word: String) -> Bool {
        word == "0" || word == "0px"
    }

    /// What an element's name alone says of its text, for the elements where it says something.
    private struct ElementLook {
        /// Not text a reader sees in the normal flow.
        var ignored = false
        var bold = false
        /// The browser's default size, relative to the parent's.
        var size: Double?
    }

    /// One look-up per element rather than one per question.
    private static let looks: [String: ElementLook] = {
        var looks: [String: ElementLook] = [:]
        for name in ["head", "style", "script", "title", "template", "noscript", "svg"] { looks[name, default: ElementLook()].ignored = true }
        for name in ["b", "strong", "th", "h1", "h2", "h3", "h4", "h5", "h6"] { looks[name, default: ElementLook()].bold = true }
        let sizes: [String: Double] = ["h1": 2, "h2": 1.5, "h3": 1.17, "h4": 1, "h5": 0.83, "h6": 0.67, "small": 0.83, "big": 1.2]
        for (name, size) in sizes { looks[name, default: ElementLook()].size = size }
        return looks
    }()

    private static let lookTable = NameTable(looks)

    /// VML (`v:`), Office (`o:`) and Word (`w:`) markup: Outlook's own, not text in the normal flow.
    private static func isOfficeMarkup(_ name: String) -> Bool {
        // The bytes rule most names out without comparing characters.
        var bytes = name.utf8.makeIterator()
        guard let first = bytes.next(), first == UInt8(ascii: "v") || first == UInt8(ascii: "o") || first == UInt8(ascii: "w"),
              bytes.next() == UInt8(ascii: ":") else { return false }
        return name.hasPrefix("v:") || name.hasPrefix("o:") || name.hasPrefix("w:")
    }

    private static func solid(_ color: CSSColor) -> CSSColor? { color.isOpaque ? color : nil }

    private static func opaque(_ color: CSSColor?, over background: CSSColor?) -> CSSColor? {
        guard let color else { return nil }
        if color.isOpaque { return color }
        return background.map { color.over($0) }
    }

    private static func color(_ value: String, inherited: CSSColor?) -> CSSColor? {
        let word = stripImportant(value)
        // `#333333`, the usual value, is no keyword: no comparisons with them.
        if !word.startsWithBytes(of: "#"), word == "inherit" || word == "currentcolor" { return inherited }
        guard let color = CSSColor(word) else { return nil }
        return color.isOpaque ? color : nil
    }

    private static func background(_ value: String, parent: CSSColor?) -> CSSColor? {
        let word = stripImportant(value)
        if word == "transparent" || word == "inherit" || word == "none" || word == "initial" { return parent }
        guard let color = CSSColor(word) else { return nil }
        if color.alpha == 0 { return parent }
        return opaque(color, over: parent)
    }

    /// The colour among a `background` shorthand's words, if one is.
    private static func firstColorWord(_ value: String) -> String? {
        var depth = 0
        var word = ""
        var words: [String] = []
        for character in stripImportant(value) {
            if character == "(" { depth += 1 }
            if character == ")" { depth -= 1 }
            if character == " ", depth == 0 {
                if !word.isEmpty { words.append(word) }
                word = ""
            } else {
                word.append(character)
            }
        }
        if !word.isEmpty { words.append(word) }
        return words.first { CSSColor($0) != nil }
    }

    static func fontSize(_ value: String, parent: Double?) -> Double? {
        let word = stripImportant(value)
        if let size = plainSize(word) {
            if size.factor > 0 { return size.number * size.factor }
            return parent.map { $0 * size.number * -size.factor }
        }
        // A number (`14px`, the usual value) is none of the keywords: no look-up or comparison with them.
        if !startsWithNumber(word) {
            if let px = keywordSizes[word] { return px }
            if word == "inherit" { return parent }
            if word == "smaller" { return parent.map { $0 / 1.2 } }
            if word == "larger" { return parent.map { $0 * 1.2 } }
        }
        for (unit, factor) in sizeUnits where word.hasSuffix(unit) {
            guard let number = Double(word.dropLast(unit.count)) else { return nil }
            if factor > 0 { return number * factor }
            return parent.map { $0 * number * -factor }
        }
        return Double(word) == 0 ? 0 : nil
    }

    /// `14px`, `1.5em`, `100%`: digits, at most one `.` with digits after it, and one of `sizeUnits`, read from the
    /// bytes (the usual value; `Double(_:)` of a substring and a character-wise `hasSuffix` per unit cost more
    /// than the rest of the appearance). The number is the one `Double(_:)` reads: at most 15 digits over a power
    /// of ten, both exact, divide to the correctly rounded value. nil for anything else, read the general way.
    private static func plainSize(_ word: String) -> (number: Double, factor: Double)? {
        var word = word
        return word.withUTF8 { bytes -> (number: Double, factor: Double)? in
            var k = 0
            var mantissa = 0
            var digits = 0
            var fraction = -1
            while k < bytes.count {
                let byte = bytes[k]
                if byte >= 0x30 && byte <= 0x39 {
                    mantissa = mantissa * 10 + Int(byte - 0x30)
                    digits += 1
                    if fraction >= 0 { fraction += 1 }
                } else if byte == 0x2E && fraction < 0 && digits > 0 {
                    fraction = 0
                } else {
                    break
                }
                k += 1
                if digits > 15 { return nil }
            }
            guard digits > 0, fraction != 0 else { return nil }
            let unit = UnsafeBufferPointer(rebasing: bytes[k...])
            guard let factor = sizeUnits.first(where: { $0.unit.utf8.elementsEqual(unit) })?.factor else { return nil }
            // Powers of ten up to 10^15 are exact, and so is each product on the way.
            var scale = 1.0
            for _ in 0..<max(fraction, 0) { scale *= 10 }
            return (Double(mantissa) / scale, factor)
        }
    }

    private static func startsWithNumber(_ word: String) -> Bool {
        var word = word
        return word.withUTF8 { $0.first.map { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E } ?? false }
    }

    /// Pixels per unit; a negative factor is relative to the parent's size.
    private static let sizeUnits: [(unit: String, factor: Double)] = [("px", 1.0), ("pt", 4.0 / 3), ("rem", 16), ("em", -1), ("%", -0.01)]

    private static let keywordSizes: [String: Double] = [
        "xx-small": 9, "x-small": 10, "small": 13, "medium": 16, "large": 18, "x-large": 24, "xx-large": 32, "xxx-large": 48,
    ]

    private static func isBold(_ value: String, parent: Bool) -> Bool {
        let word = stripImportant(value)
        switch word {
        case "bold", "bolder": return true
        case "normal", "lighter": return false
        case "inherit": return parent
        default: return (Int(word) ?? 400) >= 700
        }
    }

    /// The size in a `font` shorthand: the word before the family that ends in a unit (`bold 20px/1.4 Arial`).
    private static func fontShorthandSize(_ value: String, parent: Double?) -> Double? {
        for word in stripImportant(value).split(separator: " ") {
            let size = word.split(separator: "/").first.map(String.init) ?? ""
            if let px = fontSize(size, parent: parent), size.contains(where: \.isNumber) || keywordSizes[size] != nil { return px }
        }
        return nil
    }

    /// The value in lower case, without `!important`, its whitespace trimmed and collapsed.
    private static func stripImportant(_ value: String) -> String {
        if isStripped(value) { return value }
        var text = value.lowercased().trimmingWhitespace()
        if let bang = text.firstRange(ofText: "!important") { text = String(text[..<bang.lowerBound]).trimmingWhitespace() }
        return text.collapsingWhitespace()
    }

    /// Whether `stripImportant` would return the value as it is (most values): printable ASCII without capitals or
    /// `!`, single spaces between words and none at either end.
    private static func isStripped(_ value: String) -> Bool {
        var previous = UInt8(ascii: " ")
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: " "): if previous == UInt8(ascii: " ") { return false }
            case UInt8(ascii: "!"), UInt8(ascii: "A")...UInt8(ascii: "Z"): return false
            case 0x21...0x7E: break
            default: return false
            }
            previous = byte
        }
        return previous != UInt8(ascii: " ")
    }
}
