/// At-rules and `@media` features by lowercase name.
enum AtRuleFeatures {
    static let atRules: FeatureTable = [
        "media": "css-at-media", "supports": "css-at-supports", "import": "css-at-import",
        "font-face": "css-at-font-face",
        "keyframes": "css-at-keyframes", "-webkit-keyframes": "css-at-keyframes", "-moz-keyframes": "css-at-keyframes",
        "-o-keyframes": "css-at-keyframes",
    ]

    static let atRuleTable = NameTable(slugs: atRules)
    static let mediaFeatureTable = NameTable(slugs: mediaFeatures)

    /// At-rules whose contents apply only when their condition holds: what is inside them is progressive
    /// enhancement (`OccurrenceContext.conditionalAtRule`).
    static let conditional: Set<String> = ["media", "supports"]

    /// At-rules whose block holds style declarations (when nested in a style rule) rather than descriptors.
    /// `@font-face { font-weight: bold }` is a descriptor, not the `font-weight` property.
    static let groupingRules: Set<String> = ["media", "supports", "container", "layer", "scope", "starting-style",
                                             "document", "-moz-document"]

    static let mediaFeatures: FeatureTable = [
        "prefers-color-scheme": "css-at-media-prefers-color-scheme",
        "prefers-reduced-motion": "css-at-media-prefers-reduced-motion",
        "hover": "css-at-media-hover", "any-hover": "css-at-media-hover",
        "orientation": "css-at-media-orientation",
        "-webkit-device-pixel-ratio": "css-at-media-device-pixel-ratio",
        "-webkit-min-device-pixel-ratio": "css-at-media-device-pixel-ratio",
        "-webkit-max-device-pixel-ratio": "css-at-media-device-pixel-ratio",
        "min--moz-device-pixel-ratio": "css-at-media-device-pixel-ratio",
        "max--moz-device-pixel-ratio": "css-at-media-device-pixel-ratio",
    ]
}
