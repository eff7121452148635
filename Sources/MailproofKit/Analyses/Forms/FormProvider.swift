/// The service a signup form sends its addresses to, told from the fingerprints its embed code carries: the
/// form's action host, the ids and classes the provider's generator writes, and the hosts of its embed scripts
/// and frames.
public enum FormProvider: String, CaseIterable, Sendable {
    case kit
    case mailchimp
    case mailerlite
    case brevo
    case buttondown
    case substack
    case beehiiv
    /// Shut down by Twitter in January 2023.
    case revue
    /// Shut down by Mailchimp in February 2024.
    case tinyletter
    /// A form of the site's own, or of a service mailproof does not know.
    case plain

    public var displayName: String {
        switch self {
        case .kit: "Kit"
        case .mailchimp: "Mailchimp"
        case .mailerlite: "MailerLite"
        case .brevo: "Brevo"
        case .buttondown: "Buttondown"
        case .substack: "Substack"
        case .beehiiv: "beehiiv"
        case .revue: "Revue"
        case .tinyletter: "TinyLetter"
        case .plain: "plain HTML"
        }
    }

    /// When the service stopped taking signups, for the ones that did.
    var shutDown: String? {
        switch self {
        case .revue: "Revue shut down in January 2023"
        case .tinyletter: "TinyLetter shut down in February 2024"
        default: nil
        }
    }

    /// The name the provider's endpoint reads the address from.
    var emailFieldName: String? {
        switch self {
        case .kit: "email_address"
        case .mailchimp, .brevo: "EMAIL"
        case .mailerlite: "fields[email]"
        case .buttondown, .tinyletter: "email"
        case .revue: "member[email]"
        case .substack, .beehiiv, .plain: nil
        }
    }

    /// Hosts (or host suffixes) that only a provider's own endpoints, scripts and frames live on.
    private static let hostFingerprints: [(fragment: String, provider: FormProvider)] = [
        ("app.convertkit.com", .kit), ("app.kit.com", .kit), ("convertkit.com", .kit), (".ck.page", .kit), (".kit.com/", .kit),
        ("list-manage.com", .mailchimp), ("chimpstatic.com", .mailchimp), ("mailchimp.com", .mailchimp), ("eepurl.com", .mailchimp),
        ("mailerlite.com", .mailerlite), ("mlcdn.com", .mailerlite),
        ("sibforms.com", .brevo), ("sendinblue.com", .brevo), ("brevo.com", .brevo),
        ("buttondown.email", .buttondown), ("buttondown.com", .buttondown),
        ("substack.com", .substack),
        ("beehiiv.com", .beehiiv),
        ("getrevue.co", .revue),
        ("tinyletter.com", .tinyletter),
    ]

    /// The provider whose host a URL names, if any (`//x.us1.list-manage.com/subscribe/post` → Mailchimp).
    static func fromURL(_ url: String) -> FormProvider? {
        let lower = url.lowercased()
        guard let host = hostPart(of: lower) else { return nil }
        // Match on the host and the first path segment only: `kit.com/` must not match a page that links to it.
        return hostFingerprints.first { host.contains($0.fragment) }?.provider
    }

    /// `https://a.b.com/path?q` → `a.b.com/path`, enough to match host fingerprints that end with `/`.
    private static func hostPart(of url: String) -> String? {
        var rest = Substring(url)
        if let scheme = rest.range(of: "://") {
            rest = rest[scheme.upperBound...]
        } else if rest.hasPrefix("//") {
            rest = rest.dropFirst(2)
        } else {
            return nil
        }
        let end = rest.firstIndex { $0 == "?" || $0 == "#" } ?? rest.endIndex
        return String(rest[..<end])
    }

    /// The provider a `<form>` element is for: its action host first, then the ids and classes provider
    /// generators write.
    static func of(form: Element) -> FormProvider {
        if let action = form.value("action"), let provider = fromURL(action.trimmingWhitespace()) { return provider }
        if form.hasAttribute("data-sv-form") { return .kit }
        let id = form.value("id")?.lowercased() ?? ""
        let name = form.value("name")?.lowercased() ?? ""
        let classes = form.value("class")?.lowercased() ?? ""
        if classes.contains("formkit-form") || classes.contains("seva-form") || id == "ck_subscribe_form" || classes.contains("ck_subscribe_form") {
            return .kit
        }
        if id.hasPrefix("mc-embedded-subscribe-form") || name == "mc-embedded-subscribe-form" { return .mailchimp }
        if classes.contains("ml-block-form") { return .mailerlite }
        if id == "sib-form" { return .brevo }
        if classes.contains("embeddable-buttondown-form") { return .buttondown }
        if id == "revue-form" { return .revue }
        return .plain
    }
}
