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
            // Fields read in place: a copy of each node retained and released its name.
            guard nodes[i].scope.otherClients else { continue }
            switch nodes[i].kind {
            case .element:
                let element = document.element(Node.Index(i))
                if Self.unread.contains(nodes.name(at: i)) || hidden.contains(element) {
                    skipUntil = Int(nodes[i].subtreeEnd)
                    continue
                }
                if nodes.name(at: i) == "img" {
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
            case .text where !nodes[i].isRawText:
                let range = nodes[i].range
                // Text without a character reference is read in the file's bytes, with no string made of it
                // (valid UTF-8 only: `text(_:)` reads invalid bytes as U+FFFD).
                let plain = document.source.bytes.withUnsafeBufferPointer { bytes in
                    let text = UnsafeBufferPointer(rebasing: bytes[range.start..<range.end])
                    guard !text.contains(0x26), document.source.isValidUTF8(range) else { return false }
                    Self.forEachCharacter(of: text) { isSpace in count(isSpace: isSpace, &space) }
                    return true
                }
                if !plain {
                    Self.forEachCharacter(of: HTMLEntities.decode(document.text(range))) { isSpace in
                        count(isSpace: isSpace, &space)
                    }
                }
            default:
                break
            }
        }
    }

    /// Calls `body` for each character of `text` (a grapheme cluster, as `String` iterates), with whether it is
    /// whitespace or a no-break space.
    ///
    /// Two ASCII bytes side by side are always two characters (CR LF aside): no ASCII character combines with what
    /// follows or precedes it. So ASCII runs are read byte by byte, and only the stretches around other characters
    /// are segmented as `String` does (a `&nbsp;` makes a text non-ASCII, and most email text has one).
    static func forEachCharacter(of text: String, _ body: (_ isSpace: Bool) -> Void) {
        var text = text
        text.withUTF8 { forEachCharacter(of: $0, body) }
    }

    /// `forEachCharacter(of:_:)` over valid UTF-8 bytes.
    static func forEachCharacter(of utf8: UnsafeBufferPointer<UInt8>, _ body: (_ isSpace: Bool) -> Void) {
        let n = utf8.count
        var i = 0
        while i < n {
            let byte = utf8[i]
            if byte < 0x80, i + 1 == n || utf8[i + 1] < 0x80 {
                // CR LF is one (whitespace) character.
                if byte == 0x0D, i + 1 < n, utf8[i + 1] == 0x0A { i += 1 }
                body(String.isCollapsibleASCIISpace(byte))
                i += 1
                continue
            }
            // A stretch holding other characters: up to the next place between two ASCII bytes (not CR LF).
            var end = i + 1
            while end < n, !(utf8[end - 1] < 0x80 && utf8[end] < 0x80 && !(utf8[end - 1] == 0x0D && utf8[end] == 0x0A)) {
                end += 1
            }
            for character in String(decoding: UnsafeBufferPointer(rebasing: utf8[i..<end]), as: UTF8.self) {
                body(character.isWhitespace || character == "\u{A0}")
            }
            i = end
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
