/// Makes libxml2 treat `<a>` as HTML5 does.
///
/// libxml2 2.9 follows HTML 4, where a link cannot contain a block: `<a href><table>…</table></a>` closes the
/// link at `<table>` and then reports `</a>` as stray. HTML5 and every email client allow block links (a common
/// pattern for clickable cards and bulletproof buttons). In the copy libxml2 parses, link tags are renamed to a
/// one-letter name libxml2 does not know, which it never closes implicitly; the tree builder maps the name
/// back from the scanner's token.
enum LinkRenaming {
    /// The name links get in the parse text, one byte like `a`.
    static let parsedByte = UInt8(ascii: "x")

    static func apply(to bytes: inout [UInt8], tokens: [MarkupToken]) {
        for token in tokens where token.kind == .startTag || token.kind == .endTag {
            let name = token.innerRange
            if name.length == 1, bytes[name.start] | 0x20 == 0x61 /* a */ {
                bytes[name.start] = parsedByte
            }
        }
    }
}
