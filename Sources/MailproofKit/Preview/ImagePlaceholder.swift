import Foundation

/// An image a client cannot show (or a picture cannot fetch), drawn as a box of its size holding its alt text,
/// which is what the reader sees in its place.
enum ImagePlaceholder {
    static func replacement(for image: Element, note: String) -> String {
        var size = ""
        for name in ["width", "height"] {
            if let css = image.inlineDeclaration(named: name)?.value.trimmingSpacesAndTabs(),
               css.hasSuffix("px") || css.hasSuffix("%") {
                size += "\(name):\(VMLBoxes.clean(css));"
            } else if let attribute = image.value(name)?.trimmingSpacesAndTabs(), !attribute.isEmpty {
                let number = attribute.hasSuffix("%") ? attribute : attribute.filter(\.isNumber) + "px"
                if number != "px" { size += "\(name):\(VMLBoxes.clean(number));" }
            }
        }
        if !size.contains("width") { size += "min-width:24px;" }
        if !size.contains("height") { size += "min-height:18px;" }
        let alt = HTMLEntities.decode(image.value("alt") ?? "")
        let label = alt.isEmpty ? note : "\(alt)"
        return "<span title=\"\(HTMLText.escape(note))\" style=\"display:inline-block;box-sizing:border-box;vertical-align:top;"
            + "max-width:100%;overflow:hidden;\(size)border:1px dashed #9aa0a6;background:#f1f3f4;color:#5f6368;"
            + "font:12px/1.3 Arial,sans-serif;padding:2px 4px;text-align:center;word-break:break-word\">"
            + HTMLText.escape(label) + "</span>"
    }
}
