/// Every rule mailproof knows, in the order `mailproof rules` lists them. Adding a rule: write its file under
/// `Rules/<Category>/`, then add its type here; the generic examples test picks it up.
public enum RuleRegistry {
    public static let all: [any Rule.Type] = [
        // Syntax
        HTMLParseRule.self,
        CSSSyntaxRule.self,
        EncodingRule.self,
        // Compatibility
        NoJavaScriptRule.self,
        GmailNestedAtRuleRule.self,
        ClientSupportRule.self,
        // Issue 4: structure, links, images, accessibility
        DoctypeRule.self,
        MetaCharsetRule.self,
        MetaViewportRule.self,
        LayoutTableRoleRule.self,
        TableResetRule.self,
        ConditionalCommentRule.self,
        VMLNamespaceRule.self,
        DuplicateIDRule.self,
        AbsoluteURLsRule.self,
        InsecureURLRule.self,
        EmptyLinkRule.self,
        LinkTextRule.self,
        ImgAltRule.self,
        ImgDimensionsRule.self,
        HTMLLangRule.self,
        ContentLangDirRule.self,
        TitleRule.self,
        HeadingStructureRule.self,
        // Issue 4: deliverability, templates, Outlook
        GmailClippingRule.self,
        StyleSizeRule.self,
        MailtoFormRule.self,
        // Issue 21: deliverability
        ImageOnlyRule.self,
        ImageTextRatioRule.self,
        ShortLinkedImageRule.self,
        URLShortenerRule.self,
        IPAddressURLRule.self,
        URLPortRule.self,
        LinkTextMismatchRule.self,
        HiddenTextRule.self,
        ExternalStylesheetRule.self,
        DarkModeRule.self,
        PreheaderRule.self,
        LiquidSyntaxRule.self,
        HandlebarsSyntaxRule.self,
        MailchimpMergeTagsRule.self,
        KitRequiredTagsRule.self,
        MailchimpRequiredTagsRule.self,
        VMLAltRule.self,
        ColorContrastRule.self,
        OutlookMaxWidthRule.self,
        // Issue 5: signup forms
        FormActionRule.self,
        FormMethodRule.self,
        FormEmailFieldRule.self,
        FormFieldNamesRule.self,
        FormLabelRule.self,
        FormPlaceholderLabelRule.self,
        FormSubmitRule.self,
        FormHoneypotRule.self,
        FormOptionsJSONRule.self,
        FormNestingRule.self,
        FormInlineJSRule.self,
        FormInEmailRule.self,
        // Directives
        UnusedDirectiveRule.self,
    ]

    private static let byID: [RuleID: any Rule.Type] = Dictionary(uniqueKeysWithValues: all.map { ($0.description.id, $0) })

    public static func rule(id: RuleID) -> (any Rule.Type)? { byID[id] }

    /// The rule a configuration, directive or command line names.
    public static func rule(id: String) -> (any Rule.Type)? { byID[RuleID(id)] }
}
