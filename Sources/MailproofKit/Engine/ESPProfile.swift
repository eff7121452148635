/// The email service provider a template is written for (`esp:` in the configuration). It chooses the merge-tag
/// language to expect and the provider's required tags (Kit's `{{ message_content }}` and unsubscribe link,
/// Mailchimp's `*|UNSUB|*` and list address).
public enum ESPProfile: String, CaseIterable, Sendable {
    case kit
    case mailchimp
    case generic

    /// The merge-tag languages the provider's templates are written in; nil means detect them per file.
    public var templateLanguages: Set<TemplateLanguage>? {
        switch self {
        case .kit: [.liquid]
        case .mailchimp: [.mailchimp]
        case .generic: nil
        }
    }

    /// The rule that checks the provider's required tags, turned on by choosing the profile.
    public var requiredTagsRule: RuleID? {
        switch self {
        case .kit: .kitRequiredTags
        case .mailchimp: .mailchimpRequiredTags
        case .generic: nil
        }
    }
}
