/// Features that live in a declaration's value rather than its property name.
enum ValueFeatures {
    /// Property → its first keyword → feature. When the keyword matches, its feature is reported on the value
    /// *instead of* the property's own (`display:flex` is `css-display-flex`, not also `css-display`), because
    /// caniemail's pages for the pair describe exactly that use.
    static let keywordsByProperty: KeyValuePairs<String, FeatureTable> = [
        "display": [
            "flex": "css-display-flex", "inline-flex": "css-display-flex",
            "-webkit-flex": "css-display-flex", "-webkit-inline-flex": "css-display-flex", "-ms-flexbox": "css-display-flex",
            "grid": "css-display-grid", "inline-grid": "css-display-grid", "-ms-grid": "css-display-grid",
            "none": "css-display-none",
        ],
        // caniemail tests these properties with these values only; `row`/`nowrap` are the defaults.
        "flex-direction": ["column": "css-flex-direction", "column-reverse": "css-flex-direction"],
        "flex-wrap": ["wrap": "css-flex-wrap", "wrap-reverse": "css-flex-wrap"],
    ]

    /// Keywords that are a feature in any property's value.
    static let keywords: FeatureTable = [
        "initial": "css-unit-initial",
        "fit-content": "css-intrinsic-size", "min-content": "css-intrinsic-size", "max-content": "css-intrinsic-size",
        "system-ui": "css-sytem-ui", "ui-serif": "css-sytem-ui", "ui-sans-serif": "css-sytem-ui",
        "ui-rounded": "css-sytem-ui", "ui-monospace": "css-sytem-ui",
    ]

    static let keywordTable = NameTable(slugs: keywords)
    static let keywordsByPropertyTable = NameTable(pairs: keywordsByProperty.lazy.map { ($0.key, NameTable(slugs: $0.value)) })

    /// Cheap pre-check on an ident's length and first letter, so most idents (`solid`, `bold`) never become a
    /// String.
    @inline(__always) static func mayBeKeyword(length: Int, first: UInt8) -> Bool {
        guard length >= 7 && length <= 13 else { return false }
        switch first | 0x20 {
        case 0x69 /* i */, 0x66 /* f */, 0x6D /* m */, 0x73 /* s */, 0x75 /* u */: return true
        default: return false
        }
    }
}
