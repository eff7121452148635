/// Which caniemail features `FeatureDetector` can find, by detector, and the ones no detector can see in source.
enum FeatureDetectorCatalog {
    public struct Detector: Sendable {
        public var name: String
        public var slugs: [String]
    }

    /// Every detector with the features it reports (from the same tables the detector reads).
    public static let detectors: [Detector] = [
        Detector(name: "html-element", slugs: HTMLFeatures.elements.map(\.value)),
        Detector(name: "html-attribute", slugs: HTMLFeatures.attributes.map(\.value)),
        Detector(name: "input-type", slugs: HTMLFeatures.inputTypes.map(\.value)),
        Detector(name: "button-type", slugs: HTMLFeatures.buttonTypes.map(\.value)),
        Detector(name: "html-explicit", slugs: HTMLFeatures.explicitSlugs),
        Detector(name: "css-property", slugs: PropertyFeatures.slugs.map(\.value)),
        Detector(name: "css-property-value",
                 slugs: ValueFeatures.keywordsByProperty.flatMap { $0.value.map(\.value) }),
        Detector(name: "css-keyword", slugs: ValueFeatures.keywords.map(\.value)),
        Detector(name: "css-unit", slugs: UnitFeatures.slugs.map(\.value) + [UnitFeatures.percent]),
        Detector(name: "css-function", slugs: FunctionFeatures.slugs.map(\.value)),
        Detector(name: "css-explicit", slugs: [CSSFeatures.comments, CSSFeatures.important, CSSFeatures.variables]),
        Detector(name: "css-selector", slugs: SelectorFeatures.structuralSlugs + SelectorFeatures.combinatorSlugs),
        Detector(name: "css-pseudo-class", slugs: SelectorFeatures.pseudoClasses.map(\.value)),
        Detector(name: "css-pseudo-element", slugs: SelectorFeatures.pseudoElements.map(\.value)),
        Detector(name: "css-at-rule", slugs: AtRuleFeatures.atRules.map(\.value)),
        Detector(name: "css-media-feature", slugs: AtRuleFeatures.mediaFeatures.map(\.value)),
        Detector(name: "image-format", slugs: ImageFeatures.extensions.map(\.value) + ImageFeatures.mimeTypes.map(\.value)
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
