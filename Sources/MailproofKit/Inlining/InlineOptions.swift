/// How `CSSInliner` treats the `<style>` blocks it reads and the elements it styles.
public struct InlineOptions: Sendable, Hashable {
    /// Leave every `<style>` block exactly as it was (css-inline's `keep_style_tags`, juice's
    /// `removeStyleTags: false`). By default the rules that were moved into `style=""` leave the block, and a
    /// block left with nothing but whitespace and comments goes entirely.
    public var keepStyleTags: Bool
    /// Also write `width`/`height` attributes on `img`, `table`, `td` and `th` from their inlined CSS size, for
    /// Outlook's Word engine, which reads the attributes (css-inline's `apply_width_attributes` and
    /// `apply_height_attributes`, juice's `applyWidthAttributes`/`applyHeightAttributes`). Attributes already
    /// written are never changed.
    public var applySizeAttributes: Bool

    public init(keepStyleTags: Bool = false, applySizeAttributes: Bool = false) {
        self.keepStyleTags = keepStyleTags
        self.applySizeAttributes = applySizeAttributes
    }
}
