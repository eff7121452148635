/// Which caniemail features `FeatureDetector` can find, by detector, and the ones no detector can see in source.
enum FeatureDetectorCatalog {
    public struct Detector: Sendable {
        public var name: String
        public var slugs: [String]
    }

    /// Every detector with the features it reports (from the same tables the detector reads).
    public static let detectors: [Detector] = [
        Detector(name: "html-element", slugs: Array(HTMLFeatures.elements.values)),
        Detector(name: "html-attribute", slugs: Array(HTMLFeatures.attributes.values)),
        Detector(name: "input-type", slugs: Array(HTMLFeatures.inputTypes.values)),
        Detector(name: "button-type", slugs: Array(HTMLFeatures.buttonTypes.values)),
        Detector(name: "html-explicit", slugs: HTMLFeatures.explicitSlugs),
        Detector(name: "css-property", slugs: Array(PropertyFeatures.slugs.values)),
        Detector(name: "css-property-value",
                 slugs: ValueFeatures.keywordsByProperty.values.flatMap { Array($0.values) }),
        Detector(name: "css-keyword", slugs: Array(ValueFeatures.keywords.values)),
        Detector(name: "css-unit", slugs: Array(UnitFeatures.slugs.values) + [UnitFeatures.percent]),
        Detector(name: "css-function", slugs: Array(FunctionFeatures.slugs.values)),
        Detector(name: "css-explicit", slugs: [CSSFeatures.comments, CSSFeatures.important, CSSFeatures.variables]),
        Detector(name: "css-selector", slugs: SelectorFeatures.structuralSlugs + SelectorFeatures.combinatorSlugs),
        Detector(name: "css-pseudo-class", slugs: Array(SelectorFeatures.pseudoClasses.values)),
        Detector(name: "css-pseudo-element", slugs: Array(SelectorFeatures.pseudoElements.values)),
        Detector(name: "css-at-rule", slugs: Array(AtRuleFeatures.atRules.values)),
        Detector(name: "css-media-feature", slugs: Array(AtRuleFeatures.mediaFeatures.values)),
        Detector(name: "image-format", slugs: Array(ImageFeatures.extensions.values) + Array(ImageFeatures.mimeTypes.values)
                    + [ImageFeatures.base64]),
    ]

    /// Every feature some detector reports.
    public static let detectedSlugs: Set<String> = Set(detectors.flatMap(\.slugs))

    /// Features that cannot be seen in a template's HTML, with the reason.
    public static let undetectable: [String: String] = [
        "amp": "AMP for Email is a separate text/x-amp-html MIME part of the message, not part of the HTML template.",
        "bimi": "BIMI is a DNS TXT record (and a mark certificate) of the sending domain, not message content.",
    ]
}
