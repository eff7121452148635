/// One piece of markup found by `MarkupScanner`, with exact byte ranges.
///
/// libxml2 builds the element tree (implied tags, recovery); these tokens supply what it cannot: where each tag,
/// attribute, text run and comment is in the file.
struct MarkupToken {
    enum Kind: UInt8 {
        case text
        case rawText          // the content of <style> or <script>
        case startTag
        case endTag
        case comment
        case doctype
        case processingInstruction
        case conditionalOpen  // <!--[if …]>, <!--[if …]><!-->, <![if …]>
        case conditionalClose // <![endif]-->, <!--<![endif]-->, <![endif]>
    }

    var kind: Kind
    var range: ByteRange
    /// Tags: the tag name. Comments and doctypes: the text between the delimiters.
    /// Conditional openers: the condition expression (`gte mso 9`).
    var innerRange: ByteRange
    /// Indices into `MarkupScanner.attributes` (tags only).
    var attributes: Range<Int> = 0..<0
    var selfClosing = false
    /// Conditional markers: whether clients that ignore conditional comments see the content
    /// (`<!--[if !mso]><!-->` and `<![if !mso]>` style) or not (`<!--[if mso]>` style).
    var revealed = false
    /// Tags, comments: the tag or comment is not closed before the end of the file.
    var unterminated = false
    /// Which clients see this token (from the conditional comments around it).
    var scope: ClientScope = .everyone
}

/// An attribute inside a start tag: name and value located separately.
struct AttributeToken {
    var nameRange: ByteRange
    /// The value without its quotes; nil for a valueless attribute (`<td nowrap>`).
    var valueRange: ByteRange?
    /// `"`, `'`, or 0 for an unquoted value.
    var quote: UInt8
    /// The whole attribute, from the name through the closing quote.
    var range: ByteRange
}
