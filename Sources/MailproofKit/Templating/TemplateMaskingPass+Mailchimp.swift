/// Recognition of Mailchimp merge tags `*|NAME|*`, `*|IF:X|*`, `*|END:IF|*`, `*|FNAME:default|*`.
extension TemplateMaskingPass {
    static let mergeBlockOpeners: Set<String> = [
        "IF", "IFNOT", "INTERESTED", "FEEDBLOCK", "FEEDITEMS", "RSSITEMS", "RSSBLOCK",
    ]
    static let mergeBlockElses: Set<String> = ["ELSE", "ELSEIF"]

    /// Merge tags start with a letter or underscore, which keeps CSS `*|*` namespace selectors out.
    @inline(__always) static func isMergeNameStart(_ c: UInt8) -> Bool {
        TemplateBytes.isLetter(c) || c == 0x5F
    }

    /// Scans the merge tag whose `*|` is at `d`. Merge tags never span lines, so a line break or a new `*|` before
    /// `|*` means this one is unterminated.
    mutating func scanMergeTag(at d: Int) -> Int {
        let innerStart = d + 2
        var nameEnd = innerStart
        while nameEnd < n && p[nameEnd] != TemplateBytes.colon && p[nameEnd] != TemplateBytes.pipe
            && !TemplateBytes.isSpace(p[nameEnd]) && nameEnd - innerStart < 128 { nameEnd += 1 }
        let name = TemplateBytes.string(p, innerStart, nameEnd)
        let hasArgument = nameEnd < n && p[nameEnd] == TemplateBytes.colon
        let upper = name.uppercased()
        let kind: TemplateTagKind
        if upper == "END" {
            kind = .blockClose
        } else if hasArgument && Self.mergeBlockOpeners.contains(upper) {
            kind = .blockOpen
        } else if Self.mergeBlockElses.contains(upper) {
            kind = .blockElse
        } else {
            kind = .output
        }

        var k = innerStart
        while k + 1 < n {
            let c = p[k]
            if c == TemplateBytes.pipe && p[k + 1] == TemplateBytes.star {
                var tag = TemplateTag(language: .mailchimp, kind: kind, name: name,
                                      range: ByteRange(start: d, end: k + 2),
                                      innerRange: ByteRange(start: innerStart, end: k), context: .text)
                return emit(&tag)
            }
            if c == TemplateBytes.newline || c == TemplateBytes.carriageReturn
                || (c == TemplateBytes.star && p[k + 1] == TemplateBytes.pipe) { break }
            k += 1
        }
        return emitUnterminated(language: .mailchimp, kind: kind, name: name, start: d, openerLength: 2,
                                message: "Unterminated Mailchimp merge tag `*|`: no closing `|*` on its line")
    }
}
