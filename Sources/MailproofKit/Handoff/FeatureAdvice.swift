/// What to tell a customer about the features that most often do not work somewhere: why it matters there and
/// the email-safe way to get the same result.
struct FeatureAdvice {
    var why: String
    var action: String
    /// The built-in snippet that does the same thing safely; the hand-off shows it rendered (filled in with the
    /// customer's values where the finding read them), never as a command.
    var snippet: String?

    init(why: String, action: String, snippet: String? = nil) {
        self.why = why
        self.action = action
        self.snippet = snippet
    }

    static func forFeature(_ slug: String) -> FeatureAdvice? { advice[slug] }

    private static let advice: [String: FeatureAdvice] = [
        "css-border-radius": FeatureAdvice(
            why: "Those apps show square corners. On boxes that is usually fine; on buttons it can look unfinished.",
            action: "Accept square corners there, or use a \"bulletproof\" button that draws rounded corners for Outlook (the block below).", snippet: "button"),
        "css-background-image": FeatureAdvice(
            why: "Those apps show no background image, so text meant to sit on a photo may sit on white.",
            action: "Set a solid background colour as a fallback, or use a background block with an Outlook version (the block below).", snippet: "background-image"),
        "html-background": FeatureAdvice(
            why: "Those apps show no background image, so text meant to sit on a photo may sit on white.",
            action: "Set a solid background colour as a fallback, or use a background block with an Outlook version (the block below).", snippet: "background-image"),
        "css-max-width": FeatureAdvice(
            why: "Those apps ignore the width limit, so the section stretches across the whole window.",
            action: "Wrap the section in a fixed-width container that Outlook understands (the block below).", snippet: "container"),
        "css-display-flex": FeatureAdvice(
            why: "Those apps ignore flexible layouts, so side-by-side items stack or collapse.",
            action: "Build columns with tables instead (the block below).", snippet: "columns"),
        "css-display-grid": FeatureAdvice(
            why: "Those apps ignore grid layouts, so the items stack or overlap.",
            action: "Build columns with tables instead (the block below).", snippet: "columns"),
        "css-float": FeatureAdvice(
            why: "Those apps ignore floating, so items meant to sit side by side stack.",
            action: "Use a table with two cells, like the columns block below.", snippet: "columns"),
        "css-margin": FeatureAdvice(
            why: "Those apps ignore some outer spacing, so blocks sit closer together than designed.",
            action: "Use padding on table cells, or a spacer (the block below).", snippet: "spacer"),
        "css-at-media": FeatureAdvice(
            why: "Those apps ignore the phone-specific styles and show the desktop layout on small screens.",
            action: "Make the layout work without them: fluid widths and columns that stack by themselves (the block below).", snippet: "columns"),
        "image-gif": FeatureAdvice(
            why: "Those apps show only the first frame of an animated GIF.",
            action: "Make sure the first frame carries the message on its own."),
        "image-svg": FeatureAdvice(
            why: "Those apps do not show SVG images at all.",
            action: "Use PNG or JPG images instead."),
        "html-target": FeatureAdvice(
            why: "Those apps decide themselves how links open; asking for a new tab has no effect. It does no harm.",
            action: "Nothing to do; you may remove `target=\"_blank\"` to keep the code tidy."),
        "css-box-shadow": FeatureAdvice(
            why: "Those apps show no shadows; the design looks flatter.",
            action: "Make sure the design still works without the shadow (a border can stand in for it)."),
        "css-at-font-face": FeatureAdvice(
            why: "Those apps do not load custom fonts and show a standard font instead.",
            action: "List a similar standard font after your custom font (for example `font-family: 'Brand', Arial, sans-serif`)."),
        "css-min-width": FeatureAdvice(
            why: "Those apps ignore minimum widths; in a layout built for Outlook with fixed-width tables this changes nothing, otherwise columns can get very narrow.",
            action: "If your columns sit in Outlook-only tables with fixed widths (common in professional templates), nothing needs to change; otherwise give the columns a `width`."),
        "css-selector-attribute": FeatureAdvice(
            why: "Those apps skip style rules written with attribute selectors (like `div[style*=…]`), so whatever those rules do does not happen there.",
            action: "Usually nothing: such rules are often fixes for other apps. Keep essential styles inline (we can do that for you)."),
        "css-selector-chaining": FeatureAdvice(
            why: "Those apps skip style rules that combine classes (like `.button.primary`).",
            action: "Keep essential styles inline (we can do that for you), or use one class per rule."),
        "css-selector-child": FeatureAdvice(
            why: "Those apps skip style rules written with `>` (child selectors).",
            action: "Keep essential styles inline (we can do that for you), or write the rule without `>`."),
        "css-selector-universal": FeatureAdvice(
            why: "Those apps skip style rules written with `*`.",
            action: "Usually nothing: `*` rules are resets for other apps."),
        "css-pseudo-class-hover": FeatureAdvice(
            why: "Hover effects are a bonus on computers with a mouse; those apps simply show the normal style.",
            action: "Nothing to do."),
        "css-pseudo-class-visited": FeatureAdvice(
            why: "Those apps do not change the colour of visited links; links keep their normal colour.",
            action: "Nothing to do."),
        "css-pseudo-class-link": FeatureAdvice(
            why: "Those apps skip link colours set in the style block and use their own (often blue).",
            action: "Set the link colour inline on each link (we can do that for you)."),
        "css-transition": FeatureAdvice(
            why: "Those apps show changes instantly instead of animating them.",
            action: "Nothing to do."),
        "css-outline": FeatureAdvice(
            why: "Those apps show no outline; it is usually a focus style for keyboard users on the web.",
            action: "Nothing to do."),
        "css-display-none": FeatureAdvice(
            why: "Those apps may show content that is meant to be hidden (often mobile-only or preview text).",
            action: "Also add `mso-hide: all` for Outlook, and check the hidden parts in those apps."),
        "css-border-spacing": FeatureAdvice(
            why: "Those apps ignore spacing set between table cells.",
            action: "Use `cellspacing` on the table, or padding in the cells."),
        "html-form": FeatureAdvice(
            why: "Forms do not work in most email apps: they are removed, or submitting them does nothing.",
            action: "Replace the form with a button that links to a sign-up or survey page."),
    ]
}
