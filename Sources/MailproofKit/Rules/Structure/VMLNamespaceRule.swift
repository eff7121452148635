/// VML (bulletproof buttons, background images) and Office settings only render in Outlook when their XML
/// namespaces are declared.
struct VMLNamespaceRule: OptionlessRule {
    static let description = RuleDescription(
        id: .vmlNamespace,
        title: "VML and Office elements have their namespaces declared",
        category: .structure,
        defaultSeverity: .error,
        rationale: """
            Outlook for Windows draws `<v:roundrect>`, `<v:rect>`, `<v:fill>` and reads `<o:OfficeDocumentSettings>` only \
            when the document declares `xmlns:v="urn:schemas-microsoft-com:vml"` and \
            `xmlns:o="urn:schemas-microsoft-com:office:office"`, usually on <html>. Without them bulletproof buttons and \
            background images silently disappear in Outlook, and the 96 DPI setting is ignored, so images scale wrongly \
            on high-DPI screens. A declaration on the VML element itself or one of its ancestors also works. Fragments \
            are not checked: the <html> that wraps them is elsewhere. The fix adds the declaration to <html>.
            """,
        source: "Microsoft, VML reference (namespace declaration); Stig Morten Myre, \"Bulletproof background images\"; buttons.cm",
        wording: CustomerWording(
            problem: "Outlook-only shapes are missing a declaration",
            why: "Outlook ignores its special shapes (rounded buttons, background images) unless the template declares them.",
            action: "Add the `xmlns:v` and `xmlns:o` declarations to the `<html>` tag.",
            affects: "Outlook on Windows"),
        triggering: [
            Example("<html><body><!--[if mso]>↓<v:roundrect href=\"https://example.com\" style=\"width:200px\"><![endif]-->x<!--[if mso]></v:roundrect><![endif]--></body></html>"),
            Example("<html xmlns:v=\"urn:schemas-microsoft-com:vml\"><head><!--[if gte mso 9]><xml>↓<o:OfficeDocumentSettings><o:PixelsPerInch>96</o:PixelsPerInch></o:OfficeDocumentSettings></xml><![endif]--></head><body>x</body></html>"),
        ],
        nonTriggering: [
            Example("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\"><body><!--[if mso]><v:rect fill=\"true\"><v:fill src=\"https://example.com/bg.png\"/></v:rect><![endif]--></body></html>"),
            Example("<html><body><!--[if mso]><v:rect xmlns:v=\"urn:schemas-microsoft-com:vml\" fill=\"true\"><v:fill type=\"tile\"/></v:rect><![endif]--></body></html>"),
            Example("<table><tr><td><!--[if mso]><v:roundrect href=\"{{ url }}\"><![endif]-->A fragment<!--[if mso]></v:roundrect><![endif]--></td></tr></table>"),
            Example("<html><body><p>No VML</p></body></html>"),
        ],
        corrections: [
            Correction("<html lang=\"en\"><body><!--[if mso]>↓<v:rect><![endif]-->x<!--[if mso]></v:rect><![endif]--></body></html>",
                       "<html xmlns:v=\"urn:schemas-microsoft-com:vml\" lang=\"en\"><body><!--[if mso]><v:rect><![endif]-->x<!--[if mso]></v:rect><![endif]--></body></html>"),
        ]
    )

    /// Prefix, the start of its element names, namespace.
    private static let namespaces: [(String, StaticString, String)] = [
        ("v", "v:", "urn:schemas-microsoft-com:vml"), ("o", "o:", "urn:schemas-microsoft-com:office:office"),
    ]

    func finish(_ document: Document, _ context: RuleContext) {
        let shape = context.shape
        guard shape.isWholeDocument else { return }
        let html = shape.explicitHTML
        for (prefix, elementBytes, uri) in Self.namespaces {
            let declaration = "xmlns:" + prefix
            if html?.hasAttribute(declaration) == true { continue }
            let elementPrefix = prefix + ":"
            // The bytes rule out most names before the character comparison.
            for index in document.nodes.indices where document.nodes[index].kind == .element
                && document.nodes.name(at: index).startsWithBytes(of: elementBytes) && document.nodes.name(at: index).hasPrefix(elementPrefix) {
                let element = Element(document: document, index: Node.Index(index))
                if element.hasAttribute(declaration) || element.ancestors.contains(where: { $0.hasAttribute(declaration) }) { continue }
                let fix: [TextEdit] = html.map { [.insert(" \(declaration)=\"\(uri)\"", at: DocumentShape.afterTagName($0))] } ?? []
                context.report("<\(element.name)> needs \(declaration)=\"\(uri)\" on <html>, or Outlook ignores it",
                               at: element.startTagRange, fix: fix)
                break
            }
        }
    }
}

extension RuleID {
    public static let vmlNamespace: RuleID = "vml-namespace"
}
