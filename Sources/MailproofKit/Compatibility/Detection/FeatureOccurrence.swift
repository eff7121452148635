/// One place in a document where a caniemail feature is used.
public struct FeatureOccurrence: Hashable, Sendable {
    /// The caniemail feature.
    public var feature: FeatureID
    /// The exact spot: the property name for a property, the value or token for a value, unit or function, the
    /// selector component for a selector, the start tag for an element, the attribute for an attribute.
    public var range: ByteRange
    /// Which clients see it, from the Outlook conditional comments around it.
    public var scope: ClientScope
    public var context: OccurrenceContext

    public init(feature: FeatureID, range: ByteRange, scope: ClientScope = .everyone, context: OccurrenceContext = .plain) {
        self.feature = feature
        self.range = range
        self.scope = scope
        self.context = context
    }

    /// caniemail feature slug (`css-display-flex`, `html-mailto-links`).
    public var slug: String { feature.slug }
}

/// What a compatibility rule needs to judge an occurrence in context: a feature used as progressive enhancement
/// or with a fallback is not the same risk as one the layout depends on.
public struct OccurrenceContext: Hashable, Sendable {
    /// The innermost `@media` or `@supports` rule (its whole range) that holds the declaration or selector. Nil for
    /// the at-rule itself and its media features, which are occurrences of their own.
    public var conditionalAtRule: ByteRange?
    /// A declaration preceded in the same block by one of the same fallback family (see `FallbackFamily`): a
    /// client that drops this one still applies the earlier one.
    public var hasFallback: Bool
    /// The node or an ancestor has `mso-hide:all` in its inline style, so Outlook's Word engine does not render it.
    public var hiddenFromWordEngine: Bool
    /// Inside a VML element (`v:…`, `o:…`), which only Outlook's Word engine renders.
    public var inVML: Bool
    /// The element whose markup holds it (start tag, attribute or `style=""`); nil inside a `<style>` sheet.
    public var element: Node.Index?
    /// Inside a `<style>` sheet: the style rule that holds the selector or declaration, as an index into
    /// `FeatureDetection.styleRules`; nil elsewhere (and for at-rules).
    public var styleRule: Int?

    public init(conditionalAtRule: ByteRange? = nil, hasFallback: Bool = false, hiddenFromWordEngine: Bool = false,
                inVML: Bool = false, element: Node.Index? = nil, styleRule: Int? = nil) {
        self.conditionalAtRule = conditionalAtRule
        self.hasFallback = hasFallback
        self.hiddenFromWordEngine = hiddenFromWordEngine
        self.inVML = inVML
        self.element = element
        self.styleRule = styleRule
    }

    public static let plain = OccurrenceContext()
}
