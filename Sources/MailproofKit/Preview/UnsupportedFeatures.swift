/// The caniemail features a client does not support ("n"), undone where they occur: CSS declarations, style rules
/// and at-rules are dropped, presentational attributes removed, images it cannot show replaced by their alt text,
/// elements treated as caniemail's notes say. Partial support ("a") is left as written: what a partial verdict
/// drops depends on its note, and the notes that say it precisely are read by `StyleBlocks`.
enum UnsupportedFeatures {
    /// Features whose preview is decided by a whole-block behaviour instead (see `StyleBlocks`).
    private static let handledElsewhere: Set<String> = ["html-style", "html-link"]

    /// "n" verdicts whose note says the client does something other than dropping the CSS.
    private enum NotedBehaviour {
        /// The property is renamed ("Replaces `height` by `min-height`").
        case rename(to: String)
        /// The client rewrites it in a way a browser cannot imitate (styles applied to the first selector of a
        /// chain, every table forced to a fixed layout): left as written.
        case leave
    }

    private static let notedBehaviours: [String: [Int: NotedBehaviour]] = [
        "css-height": [1: .rename(to: "min-height")],
        "css-selector-chaining": [3: .leave, 4: .leave],
        "css-nesting": [3: .leave],
        "css-table-layout": [1: .leave],
    ]

    static func apply(_ document: Document, client: ClientID, database: CompatDatabase, wordEngine: Bool,
                      to edits: inout PreviewEdits) {
        let containers = CSSContainers(document)
        for occurrence in FeatureDetector.detect(in: document) {
            guard !handledElsewhere.contains(occurrence.slug),
                  wordEngine ? occurrence.scope.wordEngine : occurrence.scope.otherClients,
                  let entry = database.currentEntry(occurrence.slug, client), entry.support == .no else { continue }
            let source = PreviewSource.caniemail(slug: occurrence.slug, note: entry.notes.first)
            if let noted = entry.notes.lazy.compactMap({ notedBehaviours[occurrence.slug]?[$0] }).first {
                if case .rename(let property) = noted {
                    edits.add("property renamed to \(property)", .caniemail(slug: occurrence.slug, note: entry.notes.first),
                              TextEdit(range: occurrence.range, replacement: property))
                }
            } else if occurrence.slug == "css-important" {
                // Note #3: "The entire declaration is removed if there is no space before `!important`".
                let bytes = document.maskedBytes
                let spaced = occurrence.range.start > 0 && [0x20, 0x09, 0x0A, 0x0D].contains(bytes[occurrence.range.start - 1])
                if entry.notes.contains(3), !spaced, case .declaration(let property, let range)? = containers.container(of: occurrence.range) {
                    edits.add("declaration ignored: \(property) (no space before !important)", source, remove: range)
                } else {
                    edits.add("!important ignored", source, remove: occurrence.range)
                }
            } else if let behaviour = ElementBehaviour.table[occurrence.slug] {
                guard let index = occurrence.context.element else { continue }
                apply(behaviour.action(notes: entry.notes), to: document.element(index), occurrence.slug, source, &edits)
            } else if let image = imageShown(by: occurrence, in: document) {
                edits.add("image the app cannot show replaced by its alt text", source,
                          TextEdit(range: image.startTagRange, replacement: ImagePlaceholder.replacement(
                            for: image, note: "image not shown in this app (\(occurrence.slug))")))
            } else if let container = containers.container(of: occurrence.range) {
                switch container {
                case .atRule(let name, let range): edits.add("@\(name) rule ignored", source, remove: range)
                case .styleRule(let range): edits.add("style rule ignored (its selector is not supported)", source, remove: range)
                case .declaration(let property, let range): edits.add("declaration ignored: \(property)", source, remove: range)
                }
            } else if ElementBehaviour.presentationalAttributes.contains(occurrence.slug), let index = occurrence.context.element,
                      let attribute = document.element(index).attributes.first(where: { $0.range == occurrence.range }) {
                edits.add("attribute ignored: \(attribute.name)", source, remove: attribute.range)
            }
        }
    }

    private static func apply(_ action: ElementBehaviour.Action?, to element: Element, _ slug: String,
                              _ source: PreviewSource, _ edits: inout PreviewEdits) {
        switch action {
        case .remove:
            edits.add("<\(element.name)> removed", source, remove: element.range)
        case .unwrap:
            edits.add("<\(element.name)> tags removed, its content shown", source, remove: element.startTagRange)
            if let end = element.endTagRange {
                edits.add("<\(element.name)> tags removed, its content shown", source, remove: end)
            }
        case nil:
            break
        }
    }

    /// The `<img>` whose `src` holds the occurrence (an image format or a data: URI).
    private static func imageShown(by occurrence: FeatureOccurrence, in document: Document) -> Element? {
        guard occurrence.slug.hasPrefix("image-"), let index = occurrence.context.element else { return nil }
        let element = document.element(index)
        guard element.name == "img", let src = element.attribute("src")?.valueRange, src.contains(occurrence.range) else { return nil }
        return element
    }
}
