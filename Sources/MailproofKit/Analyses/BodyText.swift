/// What a spam filter measures in an email's HTML: how much text a reader sees (hidden elements, Outlook-only
/// content and the `<head>` left out), how many images it shows and the area they cover (from their `width` and
/// `height` attributes), and whether an image is a link.
struct BodyText {
    /// Characters of visible text, whitespace runs counted once.
    var length = 0
    /// Visible characters that are not whitespace.
    var nonSpaceLength = 0
    var images: [Element] = []
    /// Square pixels of the images that give both sizes.
    var imageArea = 0
    /// Images inside a link.
    var linkedImages: [Element] = []
    /// Images large enough to be the message rather than a logo, an icon or a spacer: at least
    /// `prominentArea` square pixels by their width and height attributes.
    var prominentImages: [Element] = []
    var prominentLinkedImages: [Element] = []
    /// Images without both sizes: nothing tells whether they are a logo or the message.
    var unsizedImages: [Element] = []

    /// A 150×70 image; a logo, a social icon or a spacer is smaller.
    static let prominentArea = 10_000

    /// Elements whose content is not body text.
    private static let unread: NameSet = ["head", "style", "script", "title", "template"]

    init(_ document: Document) {
        let hidden = HiddenElements(document)
        let nodes = document.nodes
        var skipUntil = 0
        var space = true
        for i in nodes.indices {
            if i < skipUntil { continue }
            let node = nodes[i]
            guard node.scope.otherClients else { continue }
            switch node.kind {
            case .element:
                let element = document.element(Node.Index(i))
                if Self.unread.contains(node.name) || hidden.contains(element) {
                    skipUntil = Int(node.subtreeEnd)
                    continue
                }
                if node.name == "img" {
                    images.append(element)
                    var area: Int?
                    if let width = Self.pixels(element.value("width")), let height = Self.pixels(element.value("height")) {
                        area = width * height
                        imageArea += width * height
                    }
                    let linked = element.ancestors.contains(where: { $0.name == "a" && $0.hasAttribute("href") })
                    if linked { linkedImages.append(element) }
                    if let area {
                        if area >= Self.prominentArea {
                            prominentImages.append(element)
                            if linked { prominentLinkedImages.append(element) }
                        }
                    } else {
                        unsizedImages.append(element)
                    }
                }
            case .text where !node.isRawText:
                let text = HTMLEntities.decode(document.text(node.range))
                if text.utf8.allSatisfy({ $0 < 0x80 }) {
                    // ASCII: a byte is a character, but for CR LF, which is one (whitespace) character.
                    var previous: UInt8 = 0
                    for byte in text.utf8 {
                        defer { previous = byte }
                        if byte == 0x0A && previous == 0x0D { continue }
                        count(isSpace: byte == 0x20 || (0x09...0x0D).contains(byte), &space)
                    }
                } else {
                    for character in text {
                        count(isSpace: character.isWhitespace || character == "\u{A0}", &space)
                    }
                }
            default:
                break
            }
        }
    }

    private mutating func count(isSpace: Bool, _ space: inout Bool) {
        if isSpace {
            if !space { length += 1 }
            space = true
        } else {
            length += 1
            nonSpaceLength += 1
            space = false
        }
    }

    private static func pixels(_ value: String?) -> Int? {
        guard let value = value?.trimmingWhitespace(), !value.hasSuffix("%") else { return nil }
        return Int(value.hasSuffix("px") ? String(value.dropLast(2)) : value)
    }
}
