/// CSS property name (lowercase, vendor prefix removed) → caniemail feature. Longhands point at the page that
/// covers them (caniemail's notes list them, e.g. `border-top-color` is on the `border` page).
enum PropertyFeatures {
    static let slugs: [(key: String, value: String)] = {
        // A property mapped twice stops the table's NameTable (FeatureDetectionTests builds every table).
        var table: [(key: String, value: String)] = []
        table.reserveCapacity(256)
        func add(_ slug: String, _ properties: [String]) {
            for property in properties { table.append((property, slug)) }
        }
        add("css-accent-color", ["accent-color"])
        add("css-align-items", ["align-items"])
        add("css-animation", ["animation", "animation-name", "animation-duration", "animation-timing-function",
                              "animation-delay", "animation-iteration-count", "animation-direction",
                              "animation-fill-mode", "animation-play-state", "animation-composition"])
        add("css-aspect-ratio", ["aspect-ratio"])
        add("css-backdrop-filter", ["backdrop-filter"])
        add("css-background-blend-mode", ["background-blend-mode"])
        add("css-background-clip", ["background-clip"])
        add("css-background-color", ["background-color"])
        add("css-background-image", ["background-image"])
        add("css-background-origin", ["background-origin"])
        add("css-background-position", ["background-position", "background-position-x", "background-position-y"])
        add("css-background-repeat", ["background-repeat"])
        add("css-background-size", ["background-size"])
        add("css-background", ["background"])
        // caniemail has a page for inline-size alone and one for the pair; block-size only appears on the pair's.
        add("css-block-inline-size", ["block-size"])
        add("css-inline-size", ["inline-size"])
        add("css-border-collapse", ["border-collapse"])
        add("css-border-image", ["border-image", "border-image-source", "border-image-slice", "border-image-width",
                                 "border-image-outset", "border-image-repeat"])
        add("css-border-inline-block-individual", ["border-inline-color", "border-block-color", "border-inline-style",
                                                   "border-block-style", "border-inline-width", "border-block-width",
                                                   "border-inline-start", "border-inline-end", "border-block-start",
                                                   "border-block-end"])
        var logicalLonghands: [String] = []
        for axis in ["inline", "block"] { for side in ["start", "end"] { for part in ["color", "style", "width"] {
            logicalLonghands.append("border-\(axis)-\(side)-\(part)")
        } } }
        add("css-border-inline-block-longhand", logicalLonghands)
        add("css-border-inline-block", ["border-inline", "border-block"])
        add("css-border-radius-logical", ["border-start-start-radius", "border-start-end-radius",
                                          "border-end-start-radius", "border-end-end-radius"])
        add("css-border-radius", ["border-radius", "border-top-left-radius", "border-top-right-radius",
                                  "border-bottom-left-radius", "border-bottom-right-radius"])
        add("css-border-spacing", ["border-spacing"])
        var border = ["border", "border-width", "border-style", "border-color"]
        for side in ["top", "right", "bottom", "left"] {
            border.append("border-\(side)")
            for part in ["width", "style", "color"] { border.append("border-\(side)-\(part)") }
        }
        add("css-border", border)
        add("css-box-shadow", ["box-shadow"])
        add("css-box-sizing", ["box-sizing"])
        add("css-caption-side", ["caption-side"])
        add("css-clear", ["clear"])
        add("css-clip-path", ["clip-path"])
        add("css-color-scheme", ["color-scheme"])
        add("css-column-count", ["column-count"])
        // column-gap is listed by title on the gap page, so it goes there rather than to the column properties.
        add("css-column-layout-properties", ["columns", "column-fill", "column-rule", "column-rule-color",
                                             "column-rule-style", "column-rule-width", "column-span", "column-width"])
        add("css-cursor", ["cursor"])
        add("css-direction", ["direction"])
        add("css-display", ["display"])
        add("css-empty-cells", ["empty-cells"])
        add("css-filter", ["filter"])
        add("css-float", ["float"])
        add("css-font-kerning", ["font-kerning"])
        add("css-font-size-adjust", ["font-size-adjust"])
        add("css-font-size", ["font-size"])
        add("css-font-stretch", ["font-stretch"])
        add("css-font-weight", ["font-weight"])
        add("css-font", ["font"])
        add("css-gap", ["gap", "column-gap", "row-gap", "grid-gap", "grid-column-gap", "grid-row-gap"])
        add("css-grid-template", ["grid-template", "grid-template-areas", "grid-template-columns", "grid-template-rows"])
        add("css-height", ["height"])
        add("css-hyphenate-character", ["hyphenate-character"])
        add("css-hyphenate-limit-chars", ["hyphenate-limit-chars"])
        add("css-hyphens", ["hyphens"])
        add("css-inset", ["inset", "inset-block", "inset-inline", "inset-block-start", "inset-block-end",
                          "inset-inline-start", "inset-inline-end"])
        add("css-justify-content", ["justify-content"])
        add("css-left-right-top-bottom", ["left", "right", "top", "bottom"])
        add("css-letter-spacing", ["letter-spacing"])
        add("css-line-height", ["line-height"])
        add("css-list-style-image", ["list-style-image"])
        add("css-list-style-position", ["list-style-position"])
        add("css-list-style-type", ["list-style-type"])
        add("css-list-style", ["list-style"])
        add("css-margin-block-start-end", ["margin-block-start", "margin-block-end"])
        add("css-margin-inline-block", ["margin-inline", "margin-block"])
        add("css-margin-inline-start-end", ["margin-inline-start", "margin-inline-end"])
        add("css-margin", ["margin", "margin-top", "margin-right", "margin-bottom", "margin-left"])
        add("css-mask-image", ["mask-image"])
        add("css-max-block-size", ["max-block-size"])
        add("css-max-height", ["max-height"])
        add("css-max-inline-size", ["max-inline-size"])
        add("css-max-width", ["max-width"])
        add("css-min-block-size", ["min-block-size"])
        add("css-min-height", ["min-height"])
        add("css-min-inline-size", ["min-inline-size"])
        add("css-min-width", ["min-width"])
        add("css-mix-blend-mode", ["mix-blend-mode"])
        add("css-object-fit", ["object-fit"])
        add("css-object-position", ["object-position"])
        add("css-opacity", ["opacity"])
        add("css-orphans", ["orphans"])
        add("css-outline-offset", ["outline-offset"])
        add("css-outline", ["outline", "outline-color", "outline-style", "outline-width"])
        add("css-overflow-wrap", ["overflow-wrap"])
        add("css-overflow", ["overflow", "overflow-x", "overflow-y", "overflow-block", "overflow-inline"])
        add("css-padding-block-start-end", ["padding-block-start", "padding-block-end"])
        add("css-padding-inline-block", ["padding-inline", "padding-block"])
        add("css-padding-inline-start-end", ["padding-inline-start", "padding-inline-end"])
        add("css-padding", ["padding", "padding-top", "padding-right", "padding-bottom", "padding-left"])
        add("css-position", ["position"])
        add("css-resize", ["resize"])
        var snap = ["scroll-snap-type", "scroll-snap-align", "scroll-snap-stop", "scroll-padding", "scroll-margin"]
        for side in ["top", "right", "bottom", "left", "inline", "block", "inline-start", "inline-end",
                     "block-start", "block-end"] {
            snap.append("scroll-padding-\(side)")
            snap.append("scroll-margin-\(side)")
        }
        add("css-scroll-snap", snap)
        add("css-shape-margin", ["shape-margin"])
        add("css-shape-outside", ["shape-outside"])
        add("css-tab-size", ["tab-size"])
        add("css-table-layout", ["table-layout"])
        add("css-text-align-last", ["text-align-last"])
        add("css-text-align", ["text-align"])
        add("css-text-decoration-color", ["text-decoration-color"])
        add("css-text-decoration-line", ["text-decoration-line"])
        add("css-text-decoration-skip-ink", ["text-decoration-skip-ink"])
        add("css-text-decoration-style", ["text-decoration-style"])
        add("css-text-decoration-thickness", ["text-decoration-thickness"])
        add("css-text-decoration", ["text-decoration"])
        add("css-text-emphasis-position", ["text-emphasis-position"])
        add("css-text-emphasis", ["text-emphasis", "text-emphasis-style", "text-emphasis-color"])
        add("css-text-indent", ["text-indent"])
        add("css-text-justify", ["text-justify"])
        add("css-text-orientation", ["text-orientation"])
        add("css-text-overflow", ["text-overflow"])
        add("css-text-shadow", ["text-shadow"])
        add("css-text-transform", ["text-transform"])
        add("css-text-underline-offset", ["text-underline-offset"])
        add("css-text-underline-position", ["text-underline-position"])
        add("css-text-wrap", ["text-wrap", "text-wrap-mode", "text-wrap-style"])
        add("css-transform", ["transform", "transform-origin", "transform-style", "transform-box"])
        add("css-transition", ["transition", "transition-delay", "transition-duration", "transition-property",
                               "transition-timing-function", "transition-behavior"])
        add("css-user-select", ["user-select"])
        add("css-vertical-align", ["vertical-align"])
        add("css-visibility", ["visibility"])
        add("css-white-space-collapse", ["white-space-collapse"])
        add("css-white-space", ["white-space"])
        add("css-widows", ["widows"])
        add("css-width", ["width"])
        add("css-word-break", ["word-break"])
        add("css-word-spacing", ["word-spacing"])
        add("css-word-wrap", ["word-wrap"])
        add("css-writing-mode", ["writing-mode"])
        add("css-z-index", ["z-index"])
        return table
    }()

    static let table = NameTable(slugs: slugs)

    /// The property without a vendor prefix (`-webkit-box-shadow` → `box-shadow`), or nil when it has none.
    /// Prefixed forms are the same feature to a client that reads them.
    static func unprefixed(_ property: String) -> String? {
        // `-x…` but not `--x` (a custom property); read from contiguous storage, once per declaration.
        var text = property
        guard text.withUTF8({ $0.first == 0x2D /* - */ && ($0.count < 2 || $0[1] != 0x2D) }) else { return nil }
        for prefix in ["-webkit-", "-moz-", "-ms-", "-o-"] where property.hasPrefix(prefix) {
            return String(property.dropFirst(prefix.utf8.count))
        }
        return nil
    }
}
