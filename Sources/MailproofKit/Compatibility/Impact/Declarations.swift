/// What a declaration does for the reader, judged from its property and value: whether it hides, whether it only
/// resets a default, and what is lost when a client drops it (with its rule, when a selector is dropped).
enum Declarations {
    /// Whether the declaration hides its element: `display:none`, `visibility:hidden`, `mso-hide:all`, a zero
    /// size or line height, a 0/1px font, full transparency.
    static func hides(_ declaration: CSSDeclaration) -> Bool {
        // The property first, in one look-up: most declarations are of none of these, and lower-casing every
        // value (a font list, a URL) built a string each time.
        guard let hiding = hidingProperties[declaration.property] else { return false }
        let value = declaration.value.lowercased()
        switch hiding {
        case .display: return value == "none"
        case .visibility: return value == "hidden" || value == "collapse"
        case .msoHide: return value == "all"
        case .zero: return isZero(value)
        case .fontSize: return isZero(value) || value == "1px"
        }
    }

    /// What hides an element, by property: `none`, `hidden`/`collapse`, `all`, zero, or a 0/1px font.
    private enum Hiding { case display, visibility, msoHide, zero, fontSize }
    private static let hidingProperties = NameTable<Hiding>([
        "display": .display, "visibility": .visibility, "mso-hide": .msoHide, "max-height": .zero, "height": .zero,
        "max-width": .zero, "width": .zero, "line-height": .zero, "opacity": .zero, "font-size": .fontSize,
    ])

    /// Whether the declaration hides the whole element, not only its text (a 0/1px font or line height does that).
    static func hidesElement(_ declaration: CSSDeclaration) -> Bool {
        hides(declaration) && declaration.property != "font-size" && declaration.property != "line-height"
    }

    /// Properties whose initial value is zero or `none`/`auto`/`normal`: a declaration that sets one back to it
    /// changes nothing where a client drops it (`border-spacing:0` beside `cellspacing="0"`, `float:none`,
    /// `outline:none`, `min-width:0`).
    private static let resettable: NameSet = [
        "min-width", "min-height", "border-spacing", "outline", "outline-width", "outline-offset", "float", "clear",
        "text-indent", "letter-spacing", "word-spacing", "border-radius", "box-shadow", "text-shadow", "transition",
        "animation", "transform", "filter", "position", "z-index", "top", "left", "right", "bottom", "inset",
        "background-image", "list-style-image", "text-decoration-line", "overflow",
        "white-space", "word-break", "word-wrap", "overflow-wrap", "hyphens", "cursor", "user-select", "resize",
        "text-overflow", "mix-blend-mode", "backdrop-filter", "clip-path", "mask-image", "table-layout", "direction",
        "text-transform", "font-variant", "font-kerning", "vertical-align", "empty-cells", "caption-side",
        "column-count", "columns", "gap", "row-gap", "column-gap", "text-underline-offset", "object-fit",
    ]
    private static let initialKeywords: Set<String> = ["none", "auto", "normal", "static", "visible", "initial", "unset", "baseline", "show", "ltr"]

    static func resetsToDefault(_ declaration: CSSDeclaration) -> Bool {
        // A zero maximum hides; only `none` is the default.
        if declaration.property == "max-width" || declaration.property == "max-height" { return declaration.value.lowercased() == "none" }
        guard resettable.contains(declaration.property) else { return false }
        let value = declaration.value.lowercased()
        return isZero(value) || initialKeywords.contains(value)
    }

    /// Why a declaration moves nothing even where it is applied, so losing it loses nothing: relative
    /// positioning without an offset, `box-sizing` in a block that sets no size beside padding or a border.
    static func movesNothing(_ declaration: CSSDeclaration, in block: [CSSDeclaration]) -> String? {
        switch declaration.property {
        case "position":
            let value = declaration.value.lowercased()
            guard value == "relative" || value == "static" else { return nil }
            let offsets: Set<String> = ["top", "left", "right", "bottom", "inset", "z-index"]
            return block.contains { offsets.contains($0.property) } ? nil : "relative positioning without an offset moves nothing"
        case "box-sizing", "-webkit-box-sizing", "-moz-box-sizing":
            let sizes = block.contains { ["width", "height", "max-width", "min-width"].contains($0.property) }
            let boxes = block.contains { ($0.property.hasPrefix("padding") || $0.property.hasPrefix("border"))
                && !isZero($0.value.lowercased()) && $0.value.lowercased() != "none" && !$0.property.hasSuffix("collapse")
                && !$0.property.hasSuffix("spacing") && !$0.property.hasSuffix("radius") }
            return sizes && boxes ? nil : "no size and padding are set together here, so there is nothing to resize"
        case "overflow", "overflow-x", "overflow-y":
            // Only a box of fixed size has anything to clip: otherwise it grows with its content.
            let fixed = block.contains { ["height", "max-height", "width", "max-width"].contains($0.property) && !isZero($0.value.lowercased())
                && !$0.value.hasSuffix("%") && $0.value.lowercased() != "auto" && $0.value.lowercased() != "none" }
            if fixed { return nil }
            return block.contains { $0.property.hasSuffix("radius") } ? "it only clips the rounded corners"
                                                                       : "the box has no fixed size, so nothing overflows it"
        default:
            return nil
        }
    }

    /// Whether the declaration shows what another declaration hid (`display:block`, `visibility:visible`,
    /// `max-height:none`, `opacity:1`).
    static func reveals(_ declaration: CSSDeclaration) -> Bool {
        switch declaration.property {
        case "display": return declaration.value.lowercased() != "none"
        case "visibility": return declaration.value.lowercased() == "visible"
        case "max-height", "height":
            let value = declaration.value.lowercased()
            return value == "none" || value == "auto" || !isZero(value)
        case "opacity": return !isZero(declaration.value.lowercased())
        default: return false
        }
    }

    /// The background behind text set only by something a client may drop (`rgba()`, a gradient, `light-dark()`,
    /// `var()`), with the text given its own colour and no plain background colour before it or on the element:
    /// where it is dropped, the text may stand on the page's colour, white on white. Gradient text clipped to a
    /// transparent fill is the same loss.
    static func losesTextBehind(_ declaration: CSSDeclaration, in block: [CSSDeclaration], element: Element?) -> String? {
        let property = declaration.property
        if property == "background-clip" || property == "-webkit-background-clip" {
            let transparentText = block.contains { ($0.property == "color" || $0.property == "-webkit-text-fill-color")
                && $0.value.lowercased().hasPrefix("transparent") }
            return declaration.value.lowercased() == "text" && transparentText
                ? "the text is transparent and shows only through the clipped background" : nil
        }
        guard property == "background" || property == "background-color" || property == "background-image" else { return nil }
        let value = declaration.value.lowercased()
        let droppable = ["rgba(", "hsla(", "gradient(", "light-dark(", "var(", "color-mix(", "oklch(", "lab("]
        guard droppable.contains(where: value.contains) else { return nil }
        let lightText = block.contains { $0.property == "color" && isLight($0.value) }
            || (element?.descendants.prefix(40).contains { descendant in
                descendant.inlineDeclaration(named: "color").map { isLight($0.value) } ?? false
            } ?? false)
        guard lightText else { return nil }
        if element?.hasAttribute("bgcolor") == true { return nil }
        // The nearest ancestor with a plain background decides what shows where this one is dropped: a dark one
        // keeps the light text readable.
        if let element, let behind = backgroundBehind(element), CSSColor.contrastRatio(behind, .white) >= 3 { return nil }
        for other in block where other.range.start < declaration.range.start {
            guard other.property == "background" || other.property == "background-color" else { continue }
            let plain = other.value.lowercased()
            if !droppable.contains(where: plain.contains), !plain.hasPrefix("transparent"), !plain.hasPrefix("none") { return nil }
        }
        return "it is the only background behind light text"
    }

    /// The plain background colour of the nearest ancestor that sets one (`bgcolor`, or `background-color` or a
    /// colour in `background` in its `style`), or nil when none does (the page's white shows).
    private static func backgroundBehind(_ element: Element) -> CSSColor? {
        for ancestor in element.ancestors.prefix(12) {
            if let bgcolor = ancestor.value("bgcolor"), let colour = CSSColor(bgcolor.lowercased().trimmingWhitespace()) { return colour }
            guard let style = ancestor.inlineStyle else { continue }
            for declaration in style.declarations.reversed() where declaration.property == "background-color" || declaration.property == "background" {
                for word in declaration.value.lowercased().split(separator: " ") {
                    if let colour = CSSColor(String(word)) { return colour }
                }
            }
        }
        return nil
    }

    /// Text light enough to vanish on a white page (contrast with white under 2:1).
    private static func isLight(_ value: String) -> Bool {
        guard let colour = CSSColor(value.lowercased()) else { return false }
        return CSSColor.contrastRatio(colour, .white) < 2
    }

    /// Layout properties: losing one moves, stacks or resizes things.
    private static let layoutProperties: Set<String> = [
        "display", "float", "position", "width", "height", "max-width", "min-width", "max-height", "min-height",
        "table-layout", "flex", "flex-direction", "flex-wrap", "flex-basis", "grid-template-columns",
        "grid-template-areas", "grid-template", "grid-column", "grid-row", "top", "left", "right", "bottom", "inset",
        "box-sizing", "columns", "column-count", "overflow", "white-space",
    ]

    /// What the reader loses when a client drops this declaration with its rule.
    static func lossImpact(_ declaration: CSSDeclaration, in block: [CSSDeclaration]) -> Impact {
        if resetsToDefault(declaration) || movesNothing(declaration, in: block) != nil { return .none }
        if hides(declaration) { return .content }
        if layoutProperties.contains(declaration.property) { return .layout }
        return .decoration
    }

    /// `content: "…"` with text: a client that drops the pseudo-element loses that text.
    static func contentImpact(_ declarations: [CSSDeclaration]) -> Impact {
        for declaration in declarations where declaration.property == "content" {
            let value = declaration.value.trimming { $0 == " " || $0 == "\"" || $0 == "'" }
            if !value.isEmpty, value != "none", value != "normal" { return .content }
        }
        return .none
    }

    /// A `width`/`height` in the same block stands in for a `min-`/`max-` size a client drops.
    static func hasSizeFallback(_ declaration: CSSDeclaration, in block: [CSSDeclaration]) -> Bool {
        let axis: String
        switch declaration.property {
        case "min-width", "max-width", "min-inline-size", "max-inline-size": axis = "width"
        case "min-height", "max-height", "min-block-size", "max-block-size": axis = "height"
        default: return false
        }
        return block.contains { $0.property == axis && !$0.value.isEmpty && $0.value.lowercased() != "auto" }
    }

    /// A CSS colour keyword among a value's words (`url(a.png) white no-repeat`).
    static func namesColour(_ value: String) -> Bool {
        let words = value.lowercased().split(whereSeparator: { $0 == " " || $0 == "," })
        return words.contains { CSSColor.named[String($0)] != nil && $0 != "transparent" }
    }

    private static func isZero(_ value: String) -> Bool {
        // Most values are ASCII: read their bytes, not characters (the grapheme breaking costs more than the test).
        if let ascii = value.utf8.withContiguousStorageIfAvailable({ $0.allSatisfy { $0 < 0x80 } ? isZeroASCII($0) : nil }) ?? nil {
            return ascii
        }
        guard let first = value.first, first == "0" || first == "." || first == "-" || first == "+" else { return false }
        // The characters of a number: ASCII digits, `.`, `+`, `-` (a test of the ASCII value, not a search of a string).
        let number = value.prefix { character in
            guard let ascii = character.asciiValue, character != "\r\n" else { return false }
            return (0x30...0x39).contains(ascii) || ascii == 0x2E || ascii == 0x2B || ascii == 0x2D
        }
        guard let parsed = Double(number), parsed == 0 else { return false }
        let unit = value.dropFirst(number.count)
        return unit.isEmpty || unit.allSatisfy(\.isLetter) || unit == "%"
    }

    /// `isZero` of an ASCII value: the same number prefix, and a unit of letters or `%`. (`\r\n` is one
    /// character, so the prefix stops at a `\r` either way.)
    private static func isZeroASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, first == 0x30 || first == 0x2E || first == 0x2D || first == 0x2B else { return false }
        var end = 0
        while end < bytes.count, (0x30...0x39).contains(bytes[end]) || bytes[end] == 0x2E || bytes[end] == 0x2B || bytes[end] == 0x2D {
            end += 1
        }
        guard let parsed = Double(String(decoding: UnsafeBufferPointer(rebasing: bytes[..<end]), as: UTF8.self)),
              parsed == 0 else { return false }
        let unit = bytes[end...]
        let isLetter: (UInt8) -> Bool = { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }
        return unit.isEmpty || unit.allSatisfy(isLetter) || (unit.count == 1 && unit.first == 0x25)
    }
}

/// Which caniemail features are selectors, and how a dropped one is weighed.
enum SelectorImpact {
    static func isSelector(_ slug: String) -> Bool {
        slug.hasPrefix("css-selector-") || slug.hasPrefix("css-pseudo-class-") || slug.hasPrefix("css-pseudo-element-")
            || slug == "css-nesting"
    }

    /// States the reader brings about (hover, focus…): without them the element keeps its normal look.
    static func isUserState(_ slug: String) -> Bool { userStates.contains(slug) }

    private static let userStates: NameSet = [
        "css-pseudo-class-hover", "css-pseudo-class-active", "css-pseudo-class-focus", "css-pseudo-class-focus-visible",
        "css-pseudo-class-focus-within", "css-pseudo-class-visited", "css-pseudo-class-link", "css-pseudo-class-target",
        "css-pseudo-element-placeholder", "css-pseudo-element-first-letter", "css-pseudo-element-first-line",
        "css-pseudo-element-marker",
    ]

    /// A selector whose subject is a decorative part of an element: `::first-letter`, `::first-line`,
    /// `::placeholder`, `::selection`, `::marker`.
    static func stylesDecorativePart(_ selector: CSSComplexSelector) -> Bool {
        selector.subject.components.contains { component in
            if case .pseudoElement(let pseudo) = component.kind {
                return ["first-letter", "first-line", "placeholder", "selection", "marker"].contains(pseudo.name)
            }
            return false
        }
    }

    static func isGeneratedContent(_ slug: String) -> Bool {
        slug == "css-pseudo-element-before" || slug == "css-pseudo-element-after"
    }
}
