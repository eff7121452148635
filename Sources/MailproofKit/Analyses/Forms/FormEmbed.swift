/// One live signup form in a document: a `<form>` element, or a provider's embed `<script>`, `<iframe>` or
/// placeholder `<div>` that the provider's code turns into a form in the browser. Forms commented out, or inside
/// `<template>` or `<noscript>`, are not live and are not embeds.
struct FormEmbed {
    enum Shape: String {
        case form
        /// A provider script that renders the form (`https://name.kit.com/abc123/index.js`).
        case script
        /// A provider frame (`https://name.substack.com/embed`, a `srcdoc` holding a provider's form).
        case frame
        /// A provider `<div>` that the provider's script fills (`<div data-sv-form="123">`).
        case placeholder
    }

    let element: Element
    let shape: Shape
    let provider: FormProvider

    /// The form's own inputs, selects, text areas and buttons (those of a form nested inside it excluded).
    var controls: [Element] {
        guard shape == .form else { return [] }
        return element.descendants.filter { control in
            Self.controlNames.contains(control.name) && control.ancestors.first { $0.name == "form" } == element
        }
    }

    static let controlNames: Set<String> = ["input", "select", "textarea", "button"]

    /// Kit's form id: `data-sv-form`, else the id in a `/forms/<id>/` action.
    var kitFormID: String? {
        if let id = element.value("data-sv-form")?.trimmingWhitespace(), !id.isEmpty { return id }
        guard let action = element.value("action"), let range = action.range(of: "/forms/") else { return nil }
        let id = action[range.upperBound...].prefix { $0.isASCII && $0.isNumber }
        return id.isEmpty ? nil : String(id)
    }

    /// The input type as a browser reads it (`text` when absent).
    static func type(of control: Element) -> String {
        control.name == "input" ? (control.value("type")?.trimmingWhitespace().lowercased()).flatMap { $0.isEmpty ? nil : $0 } ?? "text"
            : control.name
    }

    /// Controls a person fills in: not hidden, not a button, not a bot trap.
    static func isFillable(_ control: Element) -> Bool {
        switch type(of: control) {
        case "hidden", "submit", "button", "reset", "image": return false
        default: break
        }
        return !isHiddenFromPeople(control)
    }

    /// Bot traps and fields hidden with markup or inline styles, on the control or a wrapper inside the form:
    /// Mailchimp's `b_<u>_<id>` field, Brevo's `email_address_check`, `aria-hidden`, `hidden`, `display:none`,
    /// off-screen positioning.
    static func isHiddenFromPeople(_ control: Element) -> Bool {
        let name = control.value("name") ?? ""
        if isMailchimpBotField(name) || name == "email_address_check" { return true }
        // Classes that sites hide with CSS: Brevo's `input--hidden`, listmonk's `nonce` trap, the usual utilities.
        let classes = (control.value("class") ?? "").lowercased().split(whereSeparator: { $0.isWhitespace })
        if classes.contains(where: { hidingClasses.contains(String($0)) }) { return true }
        for element in [control] + control.ancestors.prefix(while: { $0.name != "form" }) {
            if element.hasAttribute("hidden") || element.value("aria-hidden")?.lowercased() == "true" { return true }
            if let style = element.value("style"), hidesVisually(style) { return true }
        }
        return false
    }

    private static let hidingClasses: Set<String> = ["input--hidden", "nonce", "honeypot", "hidden", "d-none", "is-hidden", "hide"]

    /// `display:none`, `visibility:hidden`, or the off-screen offsets provider generators write.
    static func hidesVisually(_ style: String) -> Bool {
        let compact: String
        if style.containsByte(where: { $0 >= 0x80 }) {
            compact = style.lowercased().filter { !$0.isWhitespace }
        } else {
            // ASCII: the same lower-cased text without whitespace, made from the bytes (no character walk).
            var bytes: [UInt8] = []
            bytes.reserveCapacity(style.utf8.count)
            for byte in style.utf8 where byte != 0x20 && !(byte >= 0x09 && byte <= 0x0D) {
                bytes.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
            }
            compact = String(decoding: bytes, as: UTF8.self)
        }
        return compact.contains("display:none") || compact.contains("visibility:hidden") || compact.contains("left:-")
            || compact.contains("top:-")
    }

    /// Mailchimp's honeypot: `b_` then the account's u, `_`, and the audience id.
    static func isMailchimpBotField(_ name: String) -> Bool {
        name.hasPrefix("b_") && name.dropFirst(2).contains("_")
    }

    /// Whether a control submits its form.
    static func isSubmit(_ control: Element) -> Bool {
        if control.name == "button" {
            let type = control.value("type")?.trimmingWhitespace().lowercased() ?? "submit"
            return type == "submit" || type.isEmpty
        }
        let type = type(of: control)
        return control.name == "input" && (type == "submit" || type == "image")
    }
}
