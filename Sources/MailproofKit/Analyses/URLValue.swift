/// What kind of URL an attribute value or CSS `url()` holds, read from the bytes without building strings.
enum URLValue {
    enum Kind: Equatable {
        case empty
        /// `#top`: a jump inside the message.
        case fragment
        /// `https:`, `mailto:`, `cid:`… (the scheme lower-cased).
        case absolute(scheme: String)
        /// `//example.com/a.png`: some desktop clients resolve it to `file://`.
        case protocolRelative
        case relative
        /// A merge tag fills it in at send time.
        case placeholder
    }

    /// The URL-bearing attributes a client resolves: links, images, table and VML backgrounds.
    static let attributes: NameSet = ["href", "src", "background"]

    /// `range` without surrounding whitespace.
    static func trimmed(_ range: ByteRange, in document: Document) -> ByteRange {
        let bytes = document.source.bytes
        var start = range.start
        var end = range.end
        while start < end, isSpace(bytes[start]) { start += 1 }
        while end > start, isSpace(bytes[end - 1]) { end -= 1 }
        return ByteRange(start: start, end: end)
    }

    static func classify(_ range: ByteRange, in document: Document) -> Kind {
        let value = trimmed(range, in: document)
        if value.isEmpty { return .empty }
        // A template tag at the start is filled in by the sender: `{{ url }}`, `*|UNSUB|*`, `{{ base }}/a.png`.
        if !document.templateTags(overlapping: ByteRange(start: value.start, end: value.start + 1)).isEmpty {
            return .placeholder
        }
        let bytes = document.source.bytes
        let first = bytes[value.start]
        // Merge tags of senders whose syntax the masker does not know start with one of these, and no real
        // relative path does: `%%unsub_url%%` (Salesforce), `[unsubscribe]` (Campaign Monitor, SendGrid),
        // `<%= url %>` (ERB), `${url}`/`$url$`, `{url}`.
        if first == 0x25 /* % */ || first == 0x5B /* [ */ || first == 0x3C /* < */ || first == 0x24 /* $ */
            || first == 0x7B /* { */ || first == 0x2A /* * */ {
            return .placeholder
        }
        if first == 0x23 /* # */ { return .fragment }
        if first == 0x2F /* / */, value.length > 1, bytes[value.start + 1] == 0x2F { return .protocolRelative }
        // scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":"
        if isLetter(first) {
            var i = value.start + 1
            while i < value.end, isLetter(bytes[i]) || (bytes[i] >= 0x30 && bytes[i] <= 0x39) || bytes[i] == 0x2B || bytes[i] == 0x2D || bytes[i] == 0x2E {
                i += 1
            }
            if i < value.end, bytes[i] == 0x3A /* : */ {
                return .absolute(scheme: String(decoding: bytes[value.start..<i], as: UTF8.self).lowercased())
            }
        }
        return .relative
    }

    /// The `url(…)` values of every `<style>` block and `style=""` attribute: (the URL's range, the element).
    static func cssURLs(in document: Document) -> [(range: ByteRange, element: Node.Index)] {
        var result: [(ByteRange, Node.Index)] = []
        for sheet in document.styleSheets {
            collect(sheet.stylesheet.tokens[...], element: sheet.element, document: document, into: &result)
        }
        for style in document.inlineStyleBlocks {
            // By index: only the tokens are read, not a copy of each declaration.
            let declarations = style.block.declarations
            for k in declarations.indices {
                collect(declarations[k].valueTokens, element: style.element, document: document, into: &result)
            }
        }
        return result
    }

    private static func collect(_ tokens: ArraySlice<CSSToken>, element: Node.Index, document: Document,
                                into result: inout [(ByteRange, Node.Index)]) {
        var i = tokens.startIndex
        while i < tokens.endIndex {
            let token = tokens[i]
            if token.kind == .url {
                result.append((token.valueRange, element))
            } else if token.kind == .function, token.valueRange.length == 3, isURLName(token.valueRange, document.maskedBytes) {
                // url("a.png"): a function token followed by a string.
                var j = i + 1
                while j < tokens.endIndex, tokens[j].kind == .whitespace { j += 1 }
                if j < tokens.endIndex, tokens[j].kind == .string {
                    result.append((tokens[j].valueRange, element))
                }
            }
            i += 1
        }
    }

    private static func isURLName(_ range: ByteRange, _ bytes: [UInt8]) -> Bool {
        bytes[range.start] | 0x20 == 0x75 && bytes[range.start + 1] | 0x20 == 0x72 && bytes[range.start + 2] | 0x20 == 0x6C
    }

    static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0C }
    static func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
}
