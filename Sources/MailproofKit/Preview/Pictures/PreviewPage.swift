/// The page Chromium photographs: previews side by side in sandboxed iframes (no scripts, `srcdoc`), each with
/// the apps it stands for and the words "approximation … not a screenshot" under it; rows for before and after.
///
/// The page's own script only sizes each frame to its content and reports the page height; the frames may not run
/// scripts, and the Content-Security-Policy lets nothing load but data: images and fonts.
public struct PreviewPage: Sendable {
    public struct Panel: Sendable {
        /// "Outlook (Windows), Windows Mail".
        public var title: String
        public var html: [UInt8]

        public init(title: String, html: [UInt8]) {
            self.title = title
            self.html = html
        }
    }

    public struct Row: Sendable {
        /// "As sent", "After mailproof fix"; nil for a single row.
        public var heading: String?
        public var panels: [Panel]

        public init(heading: String? = nil, panels: [Panel]) {
            self.heading = heading
            self.panels = panels
        }
    }

    public var rows: [Row]
    /// The width each email is shown at (600 desktop, 375 phone).
    public var width: Int

    /// At most this many emails side by side; more wrap onto the next line, so a sheet stays pasteable.
    public var columns: Int

    public init(rows: [Row], width: Int, columns: Int = 4) {
        self.rows = rows
        self.width = width
        self.columns = max(1, columns)
    }

    static let gap = 24
    static let margin = 16

    /// The page's width: the widest row.
    var pageWidth: Int {
        let columns = min(self.columns, rows.map(\.panels.count).max() ?? 1)
        return 2 * Self.margin + columns * width + max(0, columns - 1) * Self.gap
    }

    var html: String {
        var page = """
            <!DOCTYPE html><html><head><meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; font-src data:; style-src 'unsafe-inline'; script-src 'unsafe-inline'; frame-src 'self' about: data:">
            <style>
            html,body{margin:0;background:#fff}
            body{padding:\(Self.margin)px;width:\(pageWidth - 2 * Self.margin)px;font:13px/1.4 Arial,Helvetica,sans-serif;color:#202124}
            h2{font-size:15px;margin:0 0 8px}
            .row{display:flex;flex-wrap:wrap;gap:\(Self.gap)px;align-items:flex-start;margin-bottom:24px}
            figure{margin:0;width:\(width)px;flex:none}
            iframe{display:block;border:1px solid #dadce0;width:\(width)px;height:200px;background:#fff;box-sizing:border-box}
            figcaption{padding-top:6px}
            figcaption b{display:block;font-size:14px}
            figcaption span{color:#5f6368;font-size:12px}
            </style></head><body>
            """
        for row in rows {
            if let heading = row.heading { page += "<h2>\(HTMLText.escape(heading))</h2>" }
            page += "<div class=\"row\">"
            for panel in row.panels {
                let document = String(decoding: panel.html, as: UTF8.self)
                page += "<figure><iframe sandbox=\"allow-same-origin\" scrolling=\"no\" srcdoc=\"\(HTMLText.escape(document))\"></iframe>"
                page += "<figcaption><b>\(HTMLText.escape(panel.title))</b><span>approximation of what \(HTMLText.escape(panel.title)) "
                page += "keeps — not a screenshot of the app</span></figcaption></figure>"
            }
            page += "</div>"
        }
        page += """
            <script>
            addEventListener('load', function () {
              document.querySelectorAll('iframe').forEach(function (frame) {
                var d = frame.contentDocument;
                if (!d || !d.documentElement) return;
                var h = Math.max(d.documentElement.scrollHeight, d.body ? d.body.scrollHeight : 0);
                frame.style.height = Math.min(Math.max(h, 40) + 2, 30000) + 'px';
              });
              var bottom = Math.ceil(document.body.getBoundingClientRect().bottom);
              document.body.setAttribute('data-height', String(bottom));
            });
            </script></body></html>
            """
        return page
    }
}
