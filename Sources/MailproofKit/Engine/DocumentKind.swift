/// What a file is, which decides the rules that apply to it: a whole email template, the content of one email
/// (a message that a template wraps), a signup form embedded in a web page, or a snippet (a partial or block).
///
/// A file says what it is with `<!-- mailproof-kind: form -->`; a configuration can say it with `kind:`;
/// otherwise mailproof infers it (and `check --verbose` says what it inferred).
public enum DocumentKind: String, CaseIterable, Sendable, Codable {
    case template
    case message
    case form
    case snippet

    /// Where the kind of a file came from.
    public enum Origin: String, Sendable {
        case comment
        case configuration
        case inferred
    }

    /// Email kinds are read by email clients; a form is read by web browsers.
    public var isEmail: Bool { self != .form }

    /// Every kind an email client reads: the rules about email clients apply to these only.
    public static let emailKinds: Set<DocumentKind> = [.template, .message, .snippet]

    /// The kind of `document`: its own comment first, then the configuration's `declared` kind, then inference.
    public static func resolve(_ document: Document, declared: DocumentKind?) -> (kind: DocumentKind, origin: Origin) {
        resolve(document, declared: declared, forms: nil)
    }

    /// As above, reusing the document's form scan when the caller has one.
    static func resolve(_ document: Document, declared: DocumentKind?, forms: FormScan?) -> (kind: DocumentKind, origin: Origin) {
        if let kind = kindComment(in: document) { return (kind, .comment) }
        if let declared { return (declared, .configuration) }
        return (infer(document, forms: forms), .inferred)
    }

    /// Whether `bytes[range]` may hold `mailproof-kind:` (the scanner's search ignores ASCII case, so this only
    /// rules comments out; the decoded text decides).
    private static func holdsKindMarker(_ bytes: [UInt8], _ range: ByteRange) -> Bool {
        bytes.withUnsafeBufferPointer { p in
            MarkupScanner.find(sequence: "mailproof-kind:", in: UnsafeBufferPointer(rebasing: p[range.start..<range.end]), from: 0) != nil
        }
    }

    /// `<!-- mailproof-kind: form -->`, the first one in the file.
    static func kindComment(in document: Document) -> DocumentKind? {
        let bytes = document.source.bytes
        for index in document.nodes.indices where document.nodes[index].kind == .comment {
            let range = document.nodes[index].range
            // Most comments are conditional comments and template notes: look for the marker's bytes first.
            guard holdsKindMarker(bytes, range) else { continue }
            let text = String(decoding: bytes[range.start..<range.end], as: UTF8.self)
            guard let marker = text.firstRange(ofText: "mailproof-kind:") else { continue }
            let word = text[marker.upperBound...].drop { $0 == " " || $0 == "\t" }.prefix { $0.isLetter }
            if let kind = DocumentKind(rawValue: word.lowercased()) { return kind }
        }
        return nil
    }

    /// A fragment with a `<form>` or a known signup-form embed is a form; a file with `<html>`, `<head>` or
    /// `<body>`, or with Kit's `{{ message_content }}`, is a template; any other fragment is a snippet. A message
    /// looks like a snippet, so it is never inferred: say `kind: message` where it matters.
    static func infer(_ document: Document, forms: FormScan? = nil) -> DocumentKind {
        let shape = DocumentShape(document)
        if !shape.isWholeDocument, FormEmbedShape.isFormEmbed(forms ?? FormScan(document)) { return .form }
        if shape.isWholeDocument { return .template }
        if document.templateTags.contains(where: { $0.kind == .output && $0.name == "message_content" }) { return .template }
        return .snippet
    }
}
