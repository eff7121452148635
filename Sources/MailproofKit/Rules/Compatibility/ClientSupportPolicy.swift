/// How `client-support` weighs caniemail's verdicts so that a report reads like a senior email developer's
/// advice rather than a list of everything caniemail has ever noted.
enum ClientSupportPolicy {
    /// The building blocks every email is made of. caniemail marks most of them "partial" because of an edge
    /// case (padding on a <div> rather than a <td> in Outlook, a selector in Gmail's apps with non-Google
    /// accounts, a GIF showing its first frame), and email developers already write around those edges by
    /// convention. Reporting every use would bury the findings that matter, so they are left out unless the
    /// `baseline` option asks for them.
    static let baseline: [String: String] = [
        "css-selector-class": "class selectors are how every email styles its parts",
        "css-selector-type": "type selectors (td, p, a) are the basis of every reset",
        "css-selector-descendant": "descendant selectors are standard in email resets",
        "css-selector-grouping": "grouped selectors (h1, h2) are standard",
        "css-selector-id": "id selectors are standard in email CSS",
        "css-comments": "comments in <style> are safe wherever <style> is",
        "css-important": "!important is the standard way to win over inline styles in @media",
        "html-width": "the width attribute is the Outlook-safe way to size tables, cells and images",
        "html-height": "the height attribute is the Outlook-safe way to size cells and images",
        "html-align": "align is the Outlook-safe way to align tables and cells",
        "html-valign": "valign is the Outlook-safe way to align cell content",
        "html-cellpadding": "cellpadding is the Outlook-safe table reset",
        "html-cellspacing": "cellspacing is the Outlook-safe table reset",
        "html-style": "<style> is needed for @media and client fixes; inline styles carry the essentials",
        "html-body": "clients replace <body> with their own wrapper; style an inner wrapper instead",
        "html-table": "tables are the layout primitive that works everywhere",
        "html-img": "images work everywhere",
        "css-padding": "padding works on table cells everywhere, which is where email layouts put it",
        "css-margin": "margin's partial support is about specific elements and negative values",
        "css-width": "width works on tables, cells and images everywhere",
        "css-height": "height works on tables, cells and images everywhere",
        "css-font-size": "font-size's partial support is about specific units",
        "css-font-weight": "font-weight's partial support is about numeric weights in a few clients",
        "css-text-align": "text-align's partial support is about specific values",
        "css-line-height": "line-height's partial support is about Outlook's rounding",
        "css-text-decoration": "text-decoration's partial support is about shorthand values",
        "css-display": "display's partial support is about specific values; flex, grid and others are their own features",
        "css-border": "border's partial support is about specific styles and elements",
        "css-background": "background's partial support is about images and gradients, which are their own features",
        "css-background-color": "background-color works on tables and cells everywhere",
        "css-letter-spacing": "letter-spacing degrades to normal spacing",
        "css-vertical-align": "vertical-align works on table cells everywhere",
        "css-border-collapse": "border-collapse is part of the standard table reset",
        "css-text-transform": "text-transform degrades to the text as written",
        // Accessibility hints that mailproof itself asks for (layout-table-role, form-label): a client that drops
        // them loses only the hint, so reporting them would punish following the advice.
        "html-role": "role only informs screen readers; mailproof asks for role=\"presentation\" on layout tables",
        "html-aria-describedby": "aria attributes only inform screen readers",
        "html-aria-hidden": "aria attributes only inform screen readers",
        "html-aria-label": "aria attributes only inform screen readers",
        "html-aria-labelledby": "aria attributes only inform screen readers",
        "html-aria-live": "aria attributes only inform screen readers",
    ]

    /// Features whose absence changes nothing the reader sees: a client that drops them loses only a hint.
    /// Reported at most at the `noEffect` severity (info by default).
    static let noEffectWhenUnsupported: [String: String] = [
        "html-lang": "lang only informs screen readers and translation",
        "html-dir": "dir only matters for right-to-left text, which clients also detect",
        "html-target": "webmail opens links in a new tab anyway",
        "html-doctype": "a client that drops the doctype renders in its own mode, as it would anyway",
        "html-meta-color-scheme": "a client that ignores it shows the light design, as it would anyway",
        "css-color-scheme": "a client that ignores it shows the light design, as it would anyway",
    ]

    /// Features another rule judges for Outlook's Word engine with more context than support data gives
    /// (`outlook-max-width` sees ghost tables and width attributes): client-support leaves that engine out.
    static let judgedElsewhereForWordEngine: [String: String] = [
        "css-max-width": "outlook-max-width judges it, with the ghost table or width fallback in view",
    ]

    /// At-rules that are progressive enhancement by nature: a client that ignores `@media` keeps the styles outside
    /// it. They are reported at the `enhancement` severity, like the features inside them.
    static func isEnhancementAtRule(_ slug: String) -> Bool {
        slug.hasPrefix("css-at-media")
    }
}
