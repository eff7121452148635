/// Gmail shows a message's HTML up to about 102 KB and replaces the rest with "[Message clipped] View entire
/// message": the preview cuts at the last element that starts before the limit and shows that line.
enum GmailClip {
    static let source = PreviewSource.documented(
        "Gmail clips messages whose HTML passes about 102 KB behind \"[Message clipped] View entire message\"",
        url: "https://www.litmus.com/blog/how-to-avoid-gmail-clipping")

    static let notice = "<div style=\"font:13px/1.5 Arial,sans-serif;color:#222;margin:16px 8px\">[Message clipped]&nbsp;&nbsp;"
        + "<span style=\"color:#15c;text-decoration:underline\">View entire message</span></div>"

    static func apply(_ document: Document, client: ClientID, to edits: inout PreviewEdits) {
        let length = document.source.bytes.count
        guard client.family == "gmail", length > GmailLimits.clippingBytes else { return }
        var cut: Int?
        for node in document.nodes where node.kind == .element && !node.isImplied && node.range.start <= GmailLimits.clippingBytes {
            guard node.name != "body", inBody(node, document) else { continue }
            cut = node.range.start
        }
        guard let cut else { return }
        edits.add("message clipped at \(GmailLimits.clippingBytes / 1024) KB", source,
                  TextEdit(range: ByteRange(start: cut, end: length), replacement: notice))
    }

    private static func inBody(_ node: Node, _ document: Document) -> Bool {
        var parent = node.parent
        while parent > 0 {
            let ancestor = document.nodes[Int(parent)]
            if ancestor.name == "body" { return true }
            if ancestor.name == "head" || ancestor.isRawText || ancestor.name == "style" { return false }
            parent = ancestor.parent
        }
        return false
    }
}
