/// Whether a fragment is signup-form embed code for a web page: it holds a live `<form>`, or a provider's embed
/// `<script>`, `<iframe>` or placeholder `<div>` that becomes one in the browser.
enum FormEmbedShape {
    static func isFormEmbed(_ document: Document) -> Bool {
        for index in document.nodes.indices where document.nodes[index].kind == .element {
            let element = Element(document: document, index: Node.Index(index))
            switch element.name {
            case "form":
                if !isInert(element) { return true }
            case "script", "iframe":
                if let source = element.value("src")?.lowercased(), embedHosts.contains(where: source.contains) { return true }
            case "div":
                if element.hasAttribute("data-sv-form") || element.hasAttribute("data-form") && element.value("class")?.contains("ml-embedded") == true {
                    return true
                }
            default:
                break
            }
        }
        return false
    }

    /// Inside `<template>` or `<noscript>` a form is not live code.
    static func isInert(_ element: Element) -> Bool {
        element.ancestors.contains { $0.name == "template" || $0.name == "noscript" }
    }

    /// Hosts whose scripts and frames render a signup form.
    static let embedHosts = [
        "convertkit.com", "kit.com", "ck.page", "kit.co/", "list-manage.com", "mailerlite.com", "mlcdn.com",
        "sibforms.com", "sendinblue.com", "brevo.com", "buttondown.email", "buttondown.com", "substack.com/embed",
        "embeds.beehiiv.com", "beehiiv.com/embed",
    ]
}
