/// A CSS property that `TextAppearance.of` reads (`TextAppearance.properties`).
enum TextProperty: Int, CaseIterable {
    case color, backgroundColor, background, backgroundImage, fontSize, fontWeight, font, display, visibility, opacity, maxHeight

    /// The property's CSS name (lower case).
    var name: String {
        switch self {
        case .color: "color"
        case .backgroundColor: "background-color"
        case .background: "background"
        case .backgroundImage: "background-image"
        case .fontSize: "font-size"
        case .fontWeight: "font-weight"
        case .font: "font"
        case .display: "display"
        case .visibility: "visibility"
        case .opacity: "opacity"
        case .maxHeight: "max-height"
        }
    }

    private static let byName = NameTable(Dictionary(uniqueKeysWithValues: allCases.map { ($0.name, $0) }))

    /// The property of a lower-case name; nil for a property the appearance does not read.
    init?(_ name: String) {
        guard let property = Self.byName[name] else { return nil }
        self = property
    }

    /// The property's bit in a set of properties held as a `UInt16`.
    var bit: UInt16 { 1 << UInt16(rawValue) }
}

/// The declarations of one element that `TextAppearance.of` reads, by property, held in fields rather than a
/// dictionary: the text appearance walk fills one for every styled element of a file, and other properties change
/// nothing it works out, so they are not kept.
struct TextDeclarations {
    private var color: String?
    private var backgroundColor: String?
    private var background: String?
    private var backgroundImage: String?
    private var fontSize: String?
    private var fontWeight: String?
    private var font: String?
    private var display: String?
    private var visibility: String?
    private var opacity: String?
    private var maxHeight: String?

    /// Whether no property it reads is set.
    var isEmpty: Bool {
        color == nil && backgroundColor == nil && background == nil && backgroundImage == nil && fontSize == nil
            && fontWeight == nil && font == nil && display == nil && visibility == nil && opacity == nil && maxHeight == nil
    }

    subscript(property: TextProperty) -> String? {
        get {
            switch property {
            case .color: return color
            case .backgroundColor: return backgroundColor
            case .background: return background
            case .backgroundImage: return backgroundImage
            case .fontSize: return fontSize
            case .fontWeight: return fontWeight
            case .font: return font
            case .display: return display
            case .visibility: return visibility
            case .opacity: return opacity
            case .maxHeight: return maxHeight
            }
        }
        set {
            switch property {
            case .color: color = newValue
            case .backgroundColor: backgroundColor = newValue
            case .background: background = newValue
            case .backgroundImage: backgroundImage = newValue
            case .fontSize: fontSize = newValue
            case .fontWeight: fontWeight = newValue
            case .font: font = newValue
            case .display: display = newValue
            case .visibility: visibility = newValue
            case .opacity: opacity = newValue
            case .maxHeight: maxHeight = newValue
            }
        }
    }
}
