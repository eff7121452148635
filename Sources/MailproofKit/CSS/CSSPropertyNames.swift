/// The property names email CSS uses most, each kept as one shared `String`.
///
/// Every declaration of every `<style>` block and `style=""` names a property, and the parser made a new string for
/// each from the file's bytes (a heap allocation for the many longer than 15 bytes, like `background-color`). A
/// name found here is the table's string instead: one look-up, no allocation, and equal names that share storage
/// compare at once. Names not in the list are made as before; the list only decides how fast, never what is
/// read.
enum CSSPropertyNames {
    static let common: NameTable<String> = NameTable(Dictionary(uniqueKeysWithValues: names.map { ($0, $0) }))

    private static let names = [
        "background", "background-color", "background-image", "background-position", "background-repeat",
        "background-size", "border", "border-bottom", "border-bottom-color", "border-bottom-left-radius",
        "border-bottom-right-radius", "border-bottom-style", "border-bottom-width", "border-collapse", "border-color",
        "border-left", "border-left-color", "border-left-style", "border-left-width", "border-radius", "border-right",
        "border-right-color", "border-right-style", "border-right-width", "border-spacing", "border-style",
        "border-top", "border-top-color", "border-top-left-radius", "border-top-right-radius", "border-top-style",
        "border-top-width", "border-width", "bottom", "box-shadow", "box-sizing", "clear", "color", "cursor",
        "direction", "display", "float", "font", "font-family", "font-size", "font-style", "font-variant",
        "font-weight", "height", "left", "letter-spacing", "line-height", "list-style", "list-style-type", "margin",
        "margin-bottom", "margin-left", "margin-right", "margin-top", "max-height", "max-width", "min-height",
        "min-width", "mso-font-width", "mso-height-rule", "mso-hide", "mso-line-height-rule", "mso-margin-bottom-alt",
        "mso-margin-top-alt", "mso-padding-alt", "mso-style-priority", "mso-table-lspace", "mso-table-rspace",
        "mso-text-raise", "mso-width-percent", "object-fit", "opacity", "outline", "overflow", "overflow-x",
        "overflow-y", "padding", "padding-bottom", "padding-left", "padding-right", "padding-top", "position",
        "right", "table-layout", "text-align", "text-decoration", "text-indent", "text-shadow", "text-transform",
        "top", "transform", "transition", "vertical-align", "visibility", "white-space", "width", "word-break",
        "word-spacing", "word-wrap", "z-index", "-moz-border-radius", "-ms-interpolation-mode", "-ms-text-size-adjust",
        "-ms-transform", "-webkit-border-radius", "-webkit-font-smoothing", "-webkit-text-size-adjust",
        "-webkit-transform", "-moz-osx-font-smoothing", "-webkit-appearance", "-webkit-box-shadow",
    ]
}
