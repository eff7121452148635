/// Where the fact behind a preview transformation comes from: every change a preview makes cites one.
public enum PreviewSource: Hashable, Sendable {
    /// caniemail's current verdict for the client on a feature, and the note that says what the client does when
    /// there is one.
    case caniemail(slug: String, note: Int?)
    /// A client behaviour documented outside caniemail's support table, with where it is documented.
    case documented(String, url: String?)

    /// One line for the preview's header comment.
    public var citation: String {
        switch self {
        case .caniemail(let slug, let note):
            let noteText = note.map { " note #\($0)" } ?? ""
            return "caniemail \(slug)\(noteText), \(CompatFeature.url(forSlug: slug))"
        case .documented(let text, let url):
            return url.map { "\(text), \($0)" } ?? text
        }
    }
}
