/// HTML elements and attributes by lowercase name, and the attribute values that select a feature.
enum HTMLFeatures {
    static let elements: [(key: String, value: String)] = {
        let listed: FeatureTable = [
            "abbr": "html-abbr", "acronym": "html-acronym", "address": "html-address", "audio": "html-audio",
            "base": "html-base", "bdi": "html-bdi", "blockquote": "html-blockquote", "body": "html-body",
            "code": "html-code", "del": "html-del", "dfn": "html-dfn", "dialog": "html-dialog", "div": "html-div",
            "form": "html-form", "hr": "html-hr", "img": "html-img", "marquee": "html-marquee", "meter": "html-meter",
            // caniemail's object page covers embedded content with `<embed>` as well.
            "object": "html-object", "embed": "html-object",
            "p": "html-p", "picture": "html-picture", "pre": "html-pre", "progress": "html-progress",
            "rp": "html-rp", "rt": "html-rt", "ruby": "html-ruby", "select": "html-select", "small": "html-small",
            "span": "html-span", "strike": "html-strike", "strong": "html-strong", "style": "html-style",
            "svg": "html-svg", "table": "html-table", "textarea": "html-textarea", "video": "html-video",
            "wbr": "html-wbr", "map": "html-image-maps",
            // The list containers only: one occurrence per list, not per item.
            "ul": "html-lists", "ol": "html-lists", "dl": "html-lists",
        ]
        var table = Array(listed)
        for level in 1...6 { table.append(("h\(level)", "html-h1-h6")) }
        for name in ["article", "aside", "details", "figcaption", "figure", "footer", "header", "main", "mark",
                     "nav", "section", "summary", "time"] {
            table.append((name, "html-semantics"))
        }
        return table
    }()

    static let attributes: FeatureTable = [
        "align": "html-align", "valign": "html-valign", "background": "html-background",
        "cellpadding": "html-cellpadding", "cellspacing": "html-cellspacing",
        "width": "html-width", "height": "html-height", "dir": "html-dir", "lang": "html-lang",
        "hidden": "html-hidden", "required": "html-required", "popover": "html-popover",
        "loading": "html-loading-attribute", "target": "html-target", "role": "html-role",
        "srcset": "html-srcset", "sizes": "html-srcset", "usemap": "html-image-maps",
        "aria-describedby": "html-aria-describedby", "aria-hidden": "html-aria-hidden", "aria-label": "html-aria-label",
        "aria-labelledby": "html-aria-labelledby", "aria-live": "html-aria-live",
        "inert": "css-inert-attribute",
    ]

    /// `<input type>` (lowercase) → feature; a missing or empty type is `text`.
    static let inputTypes: FeatureTable = [
        "checkbox": "html-input-checkbox", "hidden": "html-input-hidden", "radio": "html-input-radio",
        "reset": "html-input-reset", "submit": "html-input-submit", "text": "html-input-text", "": "html-input-text",
    ]

    /// `<button type>` → feature; a missing or empty type is `submit`, as in browsers.
    static let buttonTypes: FeatureTable = [
        "submit": "html-button-submit", "": "html-button-submit", "reset": "html-button-reset",
    ]

    static let doctype = "html-doctype"
    static let comments = "html-comments"
    static let anchorLinks = "html-anchor-links"
    static let mailtoLinks = "html-mailto-links"
    /// `<meta name="color-scheme">` (and Apple's older `supported-color-schemes`).
    static let metaColorScheme = "html-meta-color-scheme"
    /// `<link rel="stylesheet">`: caniemail's page is about external style sheets; icons and preconnects are not it.
    static let link = "html-link"

    static let explicitSlugs = [doctype, comments, anchorLinks, mailtoLinks, metaColorScheme, link]

    static let elementTable = NameTable(slugs: elements)
    static let attributeTable = NameTable(slugs: attributes)
    static let inputTypeTable = NameTable(slugs: inputTypes)
    static let buttonTypeTable = NameTable(slugs: buttonTypes)

    /// The explicit features as the scan emits them.
    static let doctypeFeature = FeatureID(doctype)
    static let commentsFeature = FeatureID(comments)
    static let anchorLinksFeature = FeatureID(anchorLinks)
    static let mailtoLinksFeature = FeatureID(mailtoLinks)
    static let metaColorSchemeFeature = FeatureID(metaColorScheme)
    static let linkFeature = FeatureID(link)
}
