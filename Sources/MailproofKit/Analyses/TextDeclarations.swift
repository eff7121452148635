/// The declarations of one element that `TextAppearance.of` reads (`TextAppearance.properties`), by lower-case
/// property name, held in fields rather than a dictionary: the text appearance walk fills one for every styled
/// element of a file, and other properties change nothing it works out, so they are not kept.
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

    /// Whether `TextAppearance.of` reads the (lower-case) property.
    static func reads(_ property: String) -> Bool {
        switch property {
        case "color", "background-color", "background", "background-image", "font-size", "font-weight", "font",
             "display", "visibility", "opacity", "max-height": return true
        default: return false
        }
    }

    /// The value of a lower-case property; setting a property it does not read changes nothing.
    subscript(property: String) -> String? {
        get {
            switch property {
            case "color": return color
            case "background-color": return backgroundColor
            case "background": return background
            case "background-image": return backgroundImage
            case "font-size": return fontSize
            case "font-weight": return fontWeight
            case "font": return font
            case "display": return display
            case "visibility": return visibility
            case "opacity": return opacity
            case "max-height": return maxHeight
            default: return nil
            }
        }
        set {
            switch property {
            case "color": color = newValue
            case "background-color": backgroundColor = newValue
            case "background": background = newValue
            case "background-image": backgroundImage = newValue
            case "font-size": fontSize = newValue
            case "font-weight": fontWeight = newValue
            case "font": font = newValue
            case "display": display = newValue
            case "visibility": visibility = newValue
            case "opacity": opacity = newValue
            case "max-height": maxHeight = newValue
            default: break
            }
        }
    }
}
