import Foundation

/// For pictures, which are rendered with no network: images that would be fetched become boxes of their size with
/// their alt text, and remote background images a grey hatching, so that the picture still shows where an image
/// sits and which apps drop a background. Only `data:` images are drawn as they are.
enum OfflineImages {
    static let source = PreviewSource.documented(
        "pictures are rendered offline: a remote image is drawn as a box of its size (background images as grey hatching)", url: nil)

    /// A diagonal hatching in 12 px tiles as an unquoted data URI, valid in a sheet and in a double-quoted style
    /// attribute. The SVG has no size of its own, so `background-size: cover` fills the box without stretching the tiles.
    static let hatching = "url(data:image/svg+xml,%3Csvg%20xmlns=%27http://www.w3.org/2000/svg%27%3E%3Cdefs%3E"
        + "%3Cpattern%20id=%27h%27%20width=%2712%27%20height=%2712%27%20patternUnits=%27userSpaceOnUse%27%3E"
        + "%3Crect%20width=%2712%27%20height=%2712%27%20fill=%27%23d7dbe0%27/%3E"
        + "%3Cpath%20d=%27M0%2012L12%200%27%20stroke=%27%23b3b9c2%27%20stroke-width=%272%27/%3E%3C/pattern%3E%3C/defs%3E"
        + "%3Crect%20width=%27100%25%27%20height=%27100%25%27%20fill=%27url%28%23h%29%27/%3E%3C/svg%3E)"

    static func apply(_ document: Document, to edits: inout PreviewEdits) {
        let bytes = document.maskedBytes
        for element in document.elements where element.name == "img" {
            let src = element.value("src")?.trimmingSpacesAndTabs() ?? ""
            guard !src.lowercased().hasPrefix("data:") else { continue }
            edits.add("remote image drawn as a box", source, TextEdit(
                range: element.startTagRange,
                replacement: ImagePlaceholder.replacement(for: element, note: "image not loaded in this picture")))
        }
        for element in document.elements where element.hasAttribute("background") {
            if let attribute = element.attribute("background") {
                edits.add("remote background drawn as hatching", source, remove: attribute.range)
            }
        }
        // url(…) in CSS, in sheets and style attributes alike: every one outside a data: URI.
        var ranges: [ByteRange] = document.styleSheets.map(\.stylesheet.range)
        ranges += document.attributes.compactMap { $0.name == "style" ? $0.valueRange : nil }
        for range in ranges {
            var k = range.start
            while k + 4 < range.end {
                if (bytes[k] | 0x20) == 0x75, (bytes[k + 1] | 0x20) == 0x72, (bytes[k + 2] | 0x20) == 0x6C, bytes[k + 3] == 0x28,
                   let close = bytes[(k + 4)..<range.end].firstIndex(of: 0x29) {
                    // The URL may be quoted, or (inside a style attribute) quoted with `&quot;`.
                    var inner = String(decoding: bytes[(k + 4)..<close], as: UTF8.self)
                        .trimming { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "'" || $0 == "\"" }
                    if inner.hasPrefix("&quot;") { inner.removeFirst(6) }
                    if !inner.lowercased().hasPrefix("data:") {
                        edits.add("remote background drawn as hatching", source,
                                  TextEdit(range: ByteRange(start: k, end: close + 1), replacement: hatching))
                    }
                    k = close + 1
                } else {
                    k += 1
                }
            }
        }
    }
}
