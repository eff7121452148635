/// How a form control gets its accessible name: a `<label>` (by `for`, or wrapping it), `aria-label`,
/// `aria-labelledby` or `title`; or only a placeholder, which disappears as soon as someone types and is not
/// reliably announced; or nothing.
enum FormLabelling {
    case labelled
    case placeholderOnly(Attribute)
    case none

    static func of(_ control: Element, in forms: FormScan) -> FormLabelling {
        if let id = control.value("id")?.trimmingWhitespace(), !id.isEmpty, forms.labelledIDs.contains(id) { return .labelled }
        if control.ancestors.contains(where: { $0.name == "label" }) { return .labelled }
        if VisibleText.hasText(control, "aria-label") || VisibleText.hasText(control, "aria-labelledby")
            || VisibleText.hasText(control, "title") {
            return .labelled
        }
        if let placeholder = control.attribute("placeholder"), VisibleText.hasText(control, "placeholder") { return .placeholderOnly(placeholder) }
        return .none
    }

    /// The controls of a form that need a name: fields a person fills in (buttons are named by their text).
    static func needsName(_ control: Element) -> Bool {
        control.name != "button" && FormEmbed.isFillable(control)
    }
}
