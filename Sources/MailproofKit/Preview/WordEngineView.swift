import Foundation

/// What Outlook's Word engine keeps of the markup: it evaluates conditional comments and honours `mso-hide:all`.
///
/// Other clients read conditional comments as ordinary comments, which is what the browser rendering the preview
/// does too, so for them nothing changes here.
enum WordEngineView {
    static let conditionalSource = PreviewSource.documented(
        "Outlook for Windows (Word engine) evaluates conditional comments; every other client reads them as comments",
        url: nil)
    static let msoHideSource = PreviewSource.documented(
        "mso-hide:all hides an element from Outlook's Word engine (Microsoft Office HTML and XML Reference)", url: nil)

    static let officeSettingsSource = PreviewSource.documented(
        "Word reads <xml> blocks (Office document settings such as PixelsPerInch) as settings, not content", url: nil)

    static func apply(_ document: Document, to edits: inout PreviewEdits) {
        resolveConditionalComments(document, &edits)
        hideMsoHidden(document, &edits)
        for element in document.elements(named: "xml") where element.scope.wordEngine {
            edits.add("Office settings (<xml>) not shown", officeSettingsSource, remove: element.range)
        }
    }

    /// `[if mso]` content is unwrapped (its markers removed) so that it renders; content hidden from `mso`
    /// (`<!--[if !mso]><!-->…<!--<![endif]-->`, `<![if !mso]>…<![endif]>`) is removed with its markers.
    private static func resolveConditionalComments(_ document: Document, _ edits: inout PreviewEdits) {
        var open: [(marker: ConditionalMarker, visible: Bool, outer: ClientScope)] = []
        var scope = ClientScope.everyone
        for marker in document.conditionalMarkers {
            switch marker.kind {
            case .open:
                let content = scope.intersection(.conditional(marker.condition, revealed: marker.revealed))
                open.append((marker, content.wordEngine, scope))
                scope = content
            case .close:
                guard let opener = open.popLast() else { continue }
                scope = opener.outer
                if opener.visible {
                    edits.add("Outlook-only markup shown (conditional comment opened)", conditionalSource, remove: opener.marker.range)
                    edits.add("Outlook-only markup shown (conditional comment opened)", conditionalSource, remove: marker.range)
                } else {
                    edits.add("markup hidden from Outlook removed ([if !mso])", conditionalSource,
                              remove: ByteRange(start: opener.marker.range.start, end: marker.range.end))
                }
            }
        }
    }

    private static func hideMsoHidden(_ document: Document, _ edits: inout PreviewEdits) {
        for style in document.inlineStyleBlocks {
            let index = style.element
            guard let hide = style.block.declaration(named: "mso-hide"),
                  hide.value.trimmingSpacesAndTabs().lowercased().hasPrefix("all") else { continue }
            edits.add("element with mso-hide:all removed", msoHideSource, remove: document.nodes[Int(index)].range)
        }
    }
}
