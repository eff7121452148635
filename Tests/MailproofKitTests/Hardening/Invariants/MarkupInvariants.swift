import MailproofKit

/// What the source-faithful model must guarantee for any bytes: decode → mask → parse gives a tree whose every
/// range lies inside the text, whose links agree with each other, and a masked copy that differs from the text
/// only inside template tags, byte count and line breaks kept. Every rule and every fix trusts these.
///
/// Cheap enough to fuzz at thousands of inputs a second (`Fuzz/run markup`), so the unsafe byte scanners (the
/// template masker, the markup scanner, the libxml2 bridge) get far more executions than the whole pipeline can.
enum MarkupInvariants {
    static func violations(for data: [UInt8]) -> [String] {
        guard let source = try? SourceFile(path: "fuzz.html", data: data) else { return [] }
        return violations(in: Document.parse(source))
    }

    static func violations(in document: Document) -> [String] {
        let text = document.source.bytes
        let size = text.count
        var problems: [String] = []
        func inside(_ range: ByteRange, _ what: @autoclosure () -> String) {
            if range.start < 0 || range.end < range.start || range.end > size {
                problems.append("\(what()) \(range) outside the \(size)-byte text")
            }
        }

        // Masking: same length, same bytes outside the tags, line breaks kept inside them.
        let masked = document.maskedBytes
        if masked.count != size { problems.append("masked copy has \(masked.count) bytes, the text \(size)") }
        var cursor = 0
        for tag in document.templateTags {
            inside(tag.range, "template tag")
            inside(tag.innerRange, "template tag inner range")
            if tag.range.start < cursor { problems.append("template tag \(tag.range) overlaps or precedes the one before it") }
            if !tag.range.contains(tag.innerRange) { problems.append("template tag inner range \(tag.innerRange) outside its tag \(tag.range)") }
            cursor = max(cursor, tag.range.end)
        }
        if masked.count == size, problems.isEmpty {
            // Masked: the tags, and the bodies of `{% comment %}` blocks.
            let regions = (document.templateTags.map(\.range) + document.templateCommentBodies).sorted { $0.start < $1.start }
            var next = regions.makeIterator()
            var region = next.next()
            for offset in 0..<size where masked[offset] != text[offset] {
                while let current = region, current.end <= offset { region = next.next() }
                guard let current = region, current.start <= offset else {
                    // Outside tags only the stand-ins for NUL (a space) and for bytes that are not UTF-8 (`?`).
                    if (text[offset] == 0 && masked[offset] == 0x20) || (text[offset] >= 0x80 && masked[offset] == 0x3F) { continue }
                    problems.append("masked copy differs from the text at offset \(offset), outside any template tag or comment")
                    break
                }
                if text[offset] == 0x0A || masked[offset] == 0x0A {
                    problems.append("masking moved a line break at offset \(offset) (in \(current))")
                    break
                }
            }
        }

        // The tree: ranges inside the text, start tags and end tags inside their element, links that agree.
        let nodes = document.nodes
        for (k, node) in nodes.enumerated() {
            let index = Node.Index(k)
            inside(node.range, "node \(k) (\(node.kind) \(node.name))")
            inside(node.innerRange, "node \(k) inner range")
            if node.kind != .document, !node.range.contains(node.innerRange) {
                problems.append("node \(k) (\(node.name)) inner range \(node.innerRange) outside its range \(node.range)")
            }
            if let end = node.endTagRange {
                inside(end, "node \(k) end tag")
                if !node.range.contains(end) { problems.append("node \(k) (\(node.name)) end tag \(end) outside its range \(node.range)") }
                if end.length < 2 || end.end > size || text[end.start] != 0x3C || text[end.start + 1] != 0x2F {
                    problems.append("node \(k) (\(node.name)) end tag \(end) does not start with </")
                }
            }
            if node.kind == .element, !node.isImplied, !node.innerRange.isEmpty,
               node.innerRange.end > size || text[node.innerRange.start] != 0x3C {
                problems.append("node \(k) (\(node.name)) start tag \(node.innerRange) does not start with <")
            }
            if k > 0 {
                if node.parent < 0 || Int(node.parent) >= k {
                    problems.append("node \(k) has parent \(node.parent), not an earlier node")
                } else {
                    let parent = nodes[Int(node.parent)]
                    if node.depth != parent.depth + 1 { problems.append("node \(k) depth \(node.depth) under a parent of depth \(parent.depth)") }
                    if index >= parent.subtreeEnd { problems.append("node \(k) outside its parent's subtree (ends at \(parent.subtreeEnd))") }
                }
            }
            if node.subtreeEnd <= index || Int(node.subtreeEnd) > nodes.count {
                problems.append("node \(k) subtree end \(node.subtreeEnd) out of order")
            }
            var child = node.firstChild
            var previous = Node.none
            while child != Node.none {
                guard child > index, Int(child) < nodes.count, nodes[Int(child)].parent == index else {
                    problems.append("node \(k) lists child \(child), whose parent is another node")
                    break
                }
                previous = child
                child = nodes[Int(child)].nextSibling
            }
            if previous != node.lastChild { problems.append("node \(k) last child \(node.lastChild), but its child list ends at \(previous)") }
            for a in node.attributes {
                let attribute = document.attributes[Int(a)]
                if attribute.element != index { problems.append("attribute \(a) of node \(k) names element \(attribute.element)") }
                inside(attribute.range, "attribute \(attribute.name)")
                if !node.innerRange.contains(attribute.range) {
                    problems.append("attribute \(attribute.name) \(attribute.range) outside its start tag \(node.innerRange)")
                }
                if !attribute.range.contains(attribute.nameRange) || !(attribute.valueRange.map(attribute.range.contains) ?? true) {
                    problems.append("attribute \(attribute.name) name or value outside the attribute \(attribute.range)")
                }
            }
            if problems.count > 20 { break }
        }
        for error in document.parseErrors { inside(error.range, "parse error \"\(error.message)\"") }
        for marker in document.conditionalMarkers { inside(marker.range, "conditional comment marker") }
        for sheet in document.styleSheets {
            sheet.stylesheet.forEachRule { rule in inside(rule.range, "style rule") }
        }
        for (_, block) in document.inlineStyles {
            for declaration in block.declarations { inside(declaration.range, "style attribute declaration") }
        }
        return problems
    }
}
