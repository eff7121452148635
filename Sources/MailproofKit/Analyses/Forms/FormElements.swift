/// Facts about a signup form's elements that several form rules ask: where its end tag is, which input takes the
/// address, whether an element's id is the form's business.
enum FormElements {
    /// Where `</form>` starts, when the form's end tag is written.
    static func endTagStart(of form: Element) -> Int? {
        let bytes = form.document.source.bytes
        let end = form.range.end
        guard end >= 7, bytes[end - 1] == UInt8(ascii: ">") else { return nil }
        let tag = String(decoding: bytes[(end - 7)..<end], as: UTF8.self).lowercased()
        return tag == "</form>" ? end - 7 : nil
    }

    /// The field that takes the address: the provider's name, else `type="email"`, else a name, id or
    /// placeholder that says email.
    static func emailField(in inputs: [Element], provider: FormProvider) -> Element? {
        if let expected = provider.emailFieldName, let field = inputs.first(where: { $0.value("name") == expected }) { return field }
        if let field = inputs.first(where: { FormEmbed.type(of: $0) == "email" }) { return field }
        let textLike: Set<String> = ["text", "email", ""]
        return inputs.first { input in
            guard textLike.contains(FormEmbed.type(of: input)) else { return false }
            return ["name", "id", "placeholder", "aria-label"].contains { input.value($0)?.lowercased().contains("email") == true }
        }
    }

    /// Whether `element` is one whose duplicate id this rule reports (so `duplicate-id` can leave it alone).
    static func coversID(of element: Element) -> Bool {
        if element.name == "form" || element.name == "label" || FormEmbed.controlNames.contains(element.name) {
            return !FormScan.isInert(element) && (element.name == "form" || element.ancestors.contains { $0.name == "form" })
        }
        return false
    }
}
