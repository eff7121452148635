/// Mobile clients need a viewport declaration to lay a responsive email out at the phone's width, and it must
/// not stop the reader from zooming.
struct MetaViewportRule: OptionlessRule {
    static let description = RuleDescription(
        id: .metaViewport,
        title: "Whole documents set a viewport that allows zoom",
        category: .structure,
        defaultSeverity: .warning,
        rationale: """
            Without `<meta name="viewport" content="width=device-width, initial-scale=1">` mobile clients that honour it \
            (Apple Mail on iOS, several Android apps) lay the message out for a desktop-width screen and shrink it, and \
            media queries for small screens never apply. `user-scalable=no` and a `maximum-scale` below 2 stop readers \
            with low vision from zooming in (WCAG 1.4.4 Resize text) — remove them. Fragments are not checked.
            """,
        source: "WCAG 2.2 SC 1.4.4 and axe rule meta-viewport; Email Markup Consortium accessibility report; caniemail, https://www.caniemail.com/features/html-meta-viewport/",
        tags: [.accessibility],
        wording: CustomerWording(
            problem: "Phones may not size or zoom the email properly",
            why: "Without a proper viewport line, phones shrink the email to unreadable text, or readers cannot zoom in.",
            action: "Use `<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">` and do not block zooming.",
            affects: "phone email apps"),
        triggering: [
            Example("<html>↓<head><title>Hi</title></head><body>Hi</body></html>"),
            Example("<html><head><meta name=\"viewport\" content=\"width=device-width, ↓user-scalable=no\"></head><body>Hi</body></html>"),
            Example("<html><head><meta name=\"viewport\" content=\"width=device-width; initial-scale=1.0; ↓maximum-scale=1.0;\"></head><body>Hi</body></html>"),
        ],
        nonTriggering: [
            Example("<html><head><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"></head><body>Hi</body></html>"),
            Example("<html><head><meta name=\"viewport\" content=\"width=device-width, maximum-scale=5, user-scalable=yes\"></head><body>Hi</body></html>"),
            Example("<div class=\"signup\"><form action=\"https://example.us1.list-manage.com/subscribe/post\"></form></div>"),
            Example("{% extends 'base.html' %}<body>Hi</body>"),
        ]
    )

    func finish(_ document: Document, _ context: RuleContext) {
        let shape = context.shape
        guard let anchor = shape.headAnchor, !shape.headMayBeElsewhere(document) else { return }
        var found = false
        for meta in document.elements(named: "meta") where meta.value("name")?.lowercased().trimmingWhitespace() == "viewport" {
            found = true
            if let content = meta.attribute("content")?.valueRange { checkZoom(content, document, context) }
        }
        if !found {
            context.report("No viewport; add <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"> to the <head>",
                           at: anchor)
        }
    }

    /// Reads `key=value` pairs separated by commas or semicolons and reports the ones that block zoom.
    private func checkZoom(_ content: ByteRange, _ document: Document, _ context: RuleContext) {
        let bytes = document.source.bytes
        var i = content.start
        while i < content.end {
            while i < content.end, URLValue.isSpace(bytes[i]) || bytes[i] == 0x2C || bytes[i] == 0x3B { i += 1 }
            let start = i
            while i < content.end, bytes[i] != 0x2C, bytes[i] != 0x3B { i += 1 }
            guard start < i else { continue }
            let pair = String(decoding: bytes[start..<i], as: UTF8.self).lowercased()
            let parts = pair.split(separator: "=", maxSplits: 1).map { String($0).trimmingWhitespace() }
            guard parts.count == 2 else { continue }
            var end = i
            while end > start, URLValue.isSpace(bytes[end - 1]) { end -= 1 }
            let range = ByteRange(start: start, end: end)
            if parts[0] == "user-scalable", parts[1] == "no" || parts[1] == "0" {
                context.report("user-scalable=no stops readers from zooming; remove it", at: range)
            } else if parts[0] == "maximum-scale", let scale = Double(parts[1]), scale < 2 {
                context.report("maximum-scale=\(parts[1]) stops readers from zooming; remove it", at: range)
            }
        }
    }
}

extension RuleID {
    public static let metaViewport: RuleID = "meta-viewport"
}
