import Testing
@testable import MailproofKit

/// Masks `source` for `languages`, checks the length is kept, and returns the masked text with the scan.
func templateMasked(_ source: String, _ languages: Set<TemplateLanguage>) -> (text: String, scan: TemplateScan) {
    var bytes = Array(source.utf8)
    let scan = TemplateMasker.mask(&bytes, languages: languages)
    #expect(bytes.count == source.utf8.count)
    return (String(decoding: bytes, as: UTF8.self), scan)
}

/// A compact, comparable view of a tag.
struct TemplateTagSummary: Equatable, CustomStringConvertible {
    var kind: TemplateTagKind
    var name: String
    var range: Range<Int>
    var context: TemplateContext

    init(_ kind: TemplateTagKind, _ name: String, _ range: Range<Int>, _ context: TemplateContext = .text) {
        self.kind = kind
        self.name = name
        self.range = range
        self.context = context
    }

    init(_ tag: TemplateTag) {
        self.init(tag.kind, tag.name, tag.range.start..<tag.range.end, tag.context)
    }

    var description: String { "\(kind) \(name) \(range) \(context)" }
}

func templateSummaries(_ scan: TemplateScan) -> [TemplateTagSummary] {
    scan.tags.map(TemplateTagSummary.init)
}
