import Foundation

/// VML, which only Outlook's Word engine draws, as the plain boxes a browser can show: a shape becomes a box of its
/// size with its fill colour or image, its border and its rounded corners; its text box keeps its content.
///
/// Elsewhere VML is not drawn; it almost always sits inside `[if mso]`, which the browser reads as a comment too,
/// and any left outside one is removed.
enum VMLBoxes {
    static let drawnSource = PreviewSource.documented(
        "VML is drawn only by Outlook's Word engine (Microsoft's VML reference); the preview draws each shape as a box of its size, fill and border",
        url: nil)
    static let ignoredSource = PreviewSource.documented("VML is drawn only by Outlook's Word engine", url: nil)

    private static let shapes: Set<String> = ["v:rect", "v:roundrect", "v:oval", "v:shape"]
    /// Parts of a shape that describe it rather than hold content: read into the box, then removed.
    private static let descriptors: Set<String> = ["v:fill", "v:stroke", "v:shadow", "v:path", "v:textpath", "v:imagedata",
                                                   "w:anchorlock", "o:lock", "o:extrusion", "o:callout"]

    static func apply(_ document: Document, wordEngine: Bool, offlineImages: Bool, to edits: inout PreviewEdits) {
        for element in document.elements where element.name.hasPrefix("v:") || element.name.hasPrefix("w:") || element.name.hasPrefix("o:") {
            if !wordEngine {
                guard element.scope.otherClients, element.name.hasPrefix("v:"), element.parent.map({ !$0.name.hasPrefix("v:") }) ?? true else { continue }
                edits.add("VML removed (drawn only by Outlook for Windows)", ignoredSource, remove: element.range)
                continue
            }
            guard element.scope.wordEngine else { continue }
            if shapes.contains(element.name) {
                box(element, offlineImages: offlineImages, &edits)
            } else if element.name == "v:textbox" {
                let padding = inset(element.value("inset"))
                replaceTags(of: element, with: "<div style=\"padding:\(padding)\">", &edits)
            } else if element.name == "v:image", let src = element.value("src") {
                let size = VMLStyle(element.value("style") ?? "")
                edits.add("VML image drawn as an image", drawnSource,
                          TextEdit(range: element.range, replacement: "<img src=\"\(clean(src))\" alt=\"\" style=\"\(size.sizeCSS)\">"))
            } else if descriptors.contains(element.name) {
                edits.add("VML shape drawn as a box", drawnSource, remove: element.range)
            }
        }
    }

    private static func box(_ shape: Element, offlineImages: Bool, _ edits: inout PreviewEdits) {
        let style = VMLStyle(shape.value("style") ?? "")
        var css = style.sizeCSS
        let fill = shape.children.first { $0.name == "v:fill" }
        let filled = !(["f", "false"].contains(shape.value("filled")?.lowercased() ?? ""))
        if filled {
            if let color = fill?.value("color") ?? shape.value("fillcolor") { css += "background-color:\(clean(color));" }
            if let src = fill?.value("src") {
                let tiled = fill?.value("type")?.lowercased() == "tile"
                let remote = !src.lowercased().hasPrefix("data:")
                let image = offlineImages && remote ? OfflineImages.hatching : "url('\(clean(src))')"
                css += "background-image:\(image);" + (tiled || (offlineImages && remote) ? "" : "background-size:cover;background-position:center;")
            }
        }
        // `stroked` is VML's name; buttons.cm and many templates write `stroke="f"`, which Word reads the same way.
        let stroked = !(["f", "false"].contains((shape.value("stroked") ?? shape.value("stroke"))?.lowercased() ?? ""))
        if stroked {
            css += "border:\(clean(shape.value("strokeweight") ?? "1px")) solid \(clean(shape.value("strokecolor") ?? "#000000"));"
        }
        if shape.name == "v:oval" {
            css += "border-radius:50%;"
        } else if shape.name == "v:roundrect" {
            css += "border-radius:\(radius(arcsize: shape.value("arcsize"), style: style));"
        }
        let middle = style.value("v-text-anchor")?.contains("middle") ?? false
        css += middle ? "display:inline-flex;flex-direction:column;justify-content:center;" : "display:inline-block;"
        replaceTags(of: shape, with: "<div style=\"box-sizing:border-box;vertical-align:top;\(css)\">", &edits)
    }

    private static func replaceTags(of element: Element, with startTag: String, _ edits: inout PreviewEdits) {
        if let end = element.endTagRange {
            edits.add("VML shape drawn as a box", drawnSource, TextEdit(range: element.startTagRange, replacement: startTag))
            edits.add("VML shape drawn as a box", drawnSource, TextEdit(range: end, replacement: "</div>"))
        } else {
            edits.add("VML shape drawn as a box", drawnSource, TextEdit(range: element.range, replacement: startTag + "</div>"))
        }
    }

    /// VML's `arcsize` is the corner's radius as a fraction of the shorter side (`50%` makes a pill, as buttons.cm
    /// writes it; `6554f` is in 65536ths); Word's default is 20%.
    private static func radius(arcsize: String?, style: VMLStyle) -> String {
        var fraction = 0.2
        if let text = arcsize?.trimmingSpacesAndTabs() {
            if text.hasSuffix("%"), let percent = Double(text.dropLast()) { fraction = percent / 100 }
            else if text.hasSuffix("f"), let units = Double(text.dropLast()) { fraction = units / 65536 }
            else if let value = Double(text) { fraction = value }
        }
        guard let width = style.value("width"), let height = style.value("height") else { return "\(Int(fraction * 100))%" }
        return "calc(min(\(clean(width)), \(clean(height))) * \(fraction))"
    }

    /// `inset="l,t,r,b"` in VML's order (left, top, right, bottom) as CSS padding; Word's default is 0.1in 0.05in.
    private static func inset(_ value: String?) -> String {
        guard let value else { return "0.05in 0.1in" }
        let parts = value.split(separator: ",").map { part -> String in
            let trimmed = part.trimmingSpacesAndTabs()
            if trimmed.isEmpty { return "0" }
            return trimmed.allSatisfy({ $0.isNumber || $0 == "." }) ? trimmed + "px" : clean(trimmed)
        }
        guard parts.count == 4 else { return parts.first ?? "0" }
        return "\(parts[1]) \(parts[2]) \(parts[3]) \(parts[0])"
    }

    /// A value read from the customer's markup, made safe inside a double-quoted style attribute.
    static func clean(_ value: String) -> String {
        String(value.filter { $0 != "\"" && $0 != "<" && $0 != ">" && $0 != "'" && $0 != ";" && $0 != "\\" })
    }
}

/// The `style` attribute of a VML element: CSS-like `name:value` pairs (`width:200px;v-text-anchor:middle`).
struct VMLStyle {
    private var values: [String: String] = [:]

    init(_ text: String) {
        for pair in text.split(separator: ";") {
            let parts = pair.split(separator: ":", maxSplits: 1)
            guard parts.count == 2 else { continue }
            values[parts[0].trimmingSpacesAndTabs().lowercased()] = parts[1].trimmingSpacesAndTabs()
        }
    }

    func value(_ name: String) -> String? { values[name] }

    var sizeCSS: String {
        ["width", "height"].compactMap { name in values[name].map { "\(name):\(VMLBoxes.clean($0));" } }.joined()
    }
}
