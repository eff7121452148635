import ArgumentParser
import MailproofKit

/// Options of CSS inlining shared by `inline` and `fix --inline-css`; named after css-inline's.
struct InlineCSSOptions: ParsableArguments {
    @Flag(help: "Leave the <style> blocks exactly as they were (css-inline's keep_style_tags); by default the inlined rules leave them.")
    var keepStyleTags = false

    @Flag(help: "Also write width/height attributes on img, table, td and th from their inlined CSS size (for Outlook).")
    var applySizeAttributes = false

    var options: InlineOptions {
        InlineOptions(keepStyleTags: keepStyleTags, applySizeAttributes: applySizeAttributes)
    }
}
