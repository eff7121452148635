/// Text edits that give an element's start tag an attribute value, touching nothing else in the tag: the value
/// of an existing attribute is replaced inside its quotes; a missing attribute is inserted after the tag name.
enum AttributeEdit {
    static func set(_ name: String, to value: String, on element: Element) -> TextEdit {
        guard let attribute = element.attribute(name) else {
            return .insert(" \(name)=\"\(escaped(value))\"", at: DocumentShape.afterTagName(element))
        }
        if let valueRange = attribute.valueRange, attribute.quote != nil {
            return TextEdit(range: valueRange, replacement: escaped(value, quote: attribute.quote ?? "\""))
        }
        return TextEdit(range: attribute.range, replacement: "\(name)=\"\(escaped(value))\"")
    }

    /// A valueless attribute (`required`), added when missing.
    static func add(_ name: String, to element: Element) -> TextEdit {
        .insert(" \(name)", at: DocumentShape.afterTagName(element))
    }

    /// A value fit for a double-quoted attribute.
    static func escaped(_ value: String, quote: Character = "\"") -> String {
        var result = ""
        for character in value {
            if character == quote { result += quote == "'" ? "&#39;" : "&quot;" } else { result.append(character) }
        }
        return result
    }
}
