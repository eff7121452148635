extension Document {
    /// The edit that removes `element` whole (with its line when it stands alone on one).
    ///
    /// In `<html><style>…</style></head>` there is no `<head>` tag: the first element of the head is what opens it,
    /// and the explicit `</head>` closes it. Where every element of such a head is removed (`alsoGoes` says which
    /// of the others are), the `</head>` would be left stray, a parse error the input did not have; so the first
    /// becomes `<head>` instead. Any subset of such removals, applied alone or together, leaves valid markup.
    func removal(of element: Element, alsoGoes: (Element) -> Bool) -> TextEdit {
        if let head = element.parent, head.name == "head", head.isImplied, head.endTagRange != nil {
            let elements = head.children
            if elements.first == element, elements.dropFirst().allSatisfy(alsoGoes) {
                return TextEdit(range: element.range, replacement: "<head>")
            }
        }
        return .removal(of: element.range, in: source.bytes)
    }
}
