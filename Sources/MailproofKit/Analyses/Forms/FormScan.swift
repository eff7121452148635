/// Every live signup form and form embed of a document, with its provider, found in one walk. Made once per file
/// (`RuleContext.forms`) and shared by the kind inference, the form rules and the file's `provider` fact.
struct FormScan {
    let embeds: [FormEmbed]
    /// Ids that a `<label for>` with text points at.
    let labelledIDs: Set<String>

    var forms: [FormEmbed] { embeds.filter { $0.shape == .form } }
    /// Forms of services still running: a form for a service that shut down is reported once, by
    /// `form-action`, and not picked apart field by field.
    var activeForms: [FormEmbed] { forms.filter { $0.provider.shutDown == nil } }

    /// The provider the file is for: the first embed's known provider, else plain HTML when it holds a form;
    /// nil when it holds no signup form at all.
    var provider: FormProvider? {
        embeds.first { $0.provider != .plain }?.provider ?? (embeds.isEmpty ? nil : .plain)
    }

    init(_ document: Document) {
        var embeds: [FormEmbed] = []
        var labelledIDs: Set<String> = []
        for index in document.nodes.indices where document.nodes[index].kind == .element {
            // One look-up of the name, not a comparison per case: it rules out nearly every element.
            guard let scanned = Self.scannedNames[document.nodes.name(at: index)] else { continue }
            let element = Element(document: document, index: Node.Index(index))
            switch scanned {
            case .form:
                if !Self.isInert(element) { embeds.append(FormEmbed(element: element, shape: .form, provider: .of(form: element))) }
            case .script:
                if let provider = Self.scriptEmbedProvider(element), !Self.isInert(element) {
                    embeds.append(FormEmbed(element: element, shape: .script, provider: provider))
                }
            case .iframe:
                if let provider = Self.frameProvider(element), !Self.isInert(element) {
                    embeds.append(FormEmbed(element: element, shape: .frame, provider: provider))
                }
            case .div:
                if let provider = Self.placeholderProvider(element), !Self.isInert(element),
                   !element.ancestors.contains(where: { $0.name == "form" }), !element.descendants.contains(where: { $0.name == "form" }) {
                    embeds.append(FormEmbed(element: element, shape: .placeholder, provider: provider))
                }
            case .label:
                if let target = element.value("for")?.trimmingWhitespace(), !target.isEmpty,
                   !VisibleText.content(of: element).text.isEmpty || VisibleText.content(of: element).hasTemplateText {
                    labelledIDs.insert(target)
                }
            }
        }
        self.embeds = embeds
        self.labelledIDs = labelledIDs
    }

    /// The elements `init` looks at.
    private enum Scanned { case form, script, iframe, div, label }
    private static let scannedNames = NameTable<Scanned>([
        "form": .form, "script": .script, "iframe": .iframe, "div": .div, "label": .label,
    ])

    /// Inside `<template>` or `<noscript>` a form is not live code.
    static func isInert(_ element: Element) -> Bool {
        element.ancestors.contains { $0.name == "template" || $0.name == "noscript" }
    }

    /// Scripts that draw a form, as opposed to the helpers that come with a pasted `<form>` (Kit's `ck.5.js`,
    /// Mailchimp's `mc-validate.js`, Brevo's `main.js`), which are not embeds of their own.
    static func scriptEmbedProvider(_ script: Element) -> FormProvider? {
        if script.hasAttribute("data-beehiiv-form") { return .beehiiv }
        if let source = script.value("src")?.trimmingWhitespace(), !source.isEmpty {
            let lower = source.lowercased()
            guard let provider = FormProvider.fromURL(lower) else { return nil }
            let helpers = ["/ckjs/", "ckjs4", "mc-validate", "/end-form/", "recaptcha", "/jquery"]
            if helpers.contains(where: lower.contains) { return nil }
            return provider
        }
        // MailerLite's universal loader is an inline script that adds its own <script> tag.
        let document = script.document
        for index in script.descendantIndices where document.nodes[index].kind == .text {
            let text = document.text(document.nodes[index].range).lowercased()
            if text.contains("mailerlite.com/js/universal.js") || text.contains("ml('account'") || text.contains("ml(\"account\"") {
                return .mailerlite
            }
        }
        return nil
    }

    /// Provider frames by `src`, or a `srcdoc` that holds a provider's form.
    static func frameProvider(_ frame: Element) -> FormProvider? {
        if let source = frame.value("src")?.trimmingWhitespace(), let provider = FormProvider.fromURL(source) { return provider }
        guard let inline = frame.value("srcdoc") else { return nil }
        return inline.actions.lazy.compactMap { FormProvider.fromURL("https://" + $0) }.first
    }

    /// Provider `<div>`s that their script fills with a form.
    static func placeholderProvider(_ div: Element) -> FormProvider? {
        if div.hasAttribute("data-sv-form") { return .kit }
        if div.hasAttribute("data-beehiiv-form") { return .beehiiv }
        // Every div of an email passes here: read the class as written, without a lower-cased copy.
        if let classes = div.value("class"), classes.contains("ml-embedded") || classes.contains("ml-form-embed") { return .mailerlite }
        return nil
    }
}

private extension String {
    /// The `action=` values in a `srcdoc`, quotes (also entity-encoded) and scheme stripped.
    var actions: [String] {
        var result: [String] = []
        var rest = self[...]
        while let found = rest.range(of: "action=") {
            var value = rest[found.upperBound...]
            for prefix in ["&quot;", "\"", "'"] where value.hasPrefix(prefix) { value = value.dropFirst(prefix.count) }
            for prefix in ["https://", "http://", "//"] where value.hasPrefix(prefix) { value = value.dropFirst(prefix.count) }
            result.append(String(value.prefix { $0 != "&" && $0 != "\"" && $0 != "'" && !$0.isWhitespace }))
            rest = value
        }
        return result
    }
}
