/// A named set of client patterns usable wherever a client pattern is (`clients:` and `--clients`).
public struct ClientPreset: Sendable, Hashable {
    public var name: String
    /// One line for `mailproof clients`.
    public var summary: String
    /// `family.platform` patterns with globs, matched against the database in use.
    public var patterns: [String]

    public init(name: String, summary: String, patterns: [String]) {
        self.name = name
        self.summary = summary
        self.patterns = patterns
    }
}

extension ClientPreset {
    /// The preset used when no clients are configured; also reachable as `default`.
    public static let defaultName = "popular"

    /// Every client in the database.
    public static let all = ClientPreset(name: "all", summary: "every client caniemail has tested", patterns: ["*.*"])

    /// The clients that carry most real-world opens in published email-client market-share reports
    /// (Litmus, Email on Acid), plus the engines that differ most. Why each is here:
    /// - `apple-mail.ios`, `apple-mail.macos`: Apple Mail on iPhone/iPad and Mac is the largest share of opens
    ///   (inflated by Mail Privacy Protection, but real); WebKit, so usually the most capable.
    /// - `gmail.desktop-webmail`, `gmail.ios`, `gmail.android`: Gmail is the second-largest client; it rewrites
    ///   and strips CSS, and its apps differ from the webmail (e.g. for non-Google accounts).
    /// - `outlook.windows`: classic Outlook for Windows renders with Word; the main source of layout breakage and
    ///   still widespread in business mail.
    /// - `outlook.windows-mail`: the mail app shipped with Windows, which many consumers open first.
    /// - `outlook.macos`, `outlook.ios`, `outlook.android`: Outlook apps used with work accounts on Mac and phones.
    /// - `outlook.outlook-com`: Outlook.com / Hotmail webmail, a large consumer mailbox provider.
    /// - `yahoo.desktop-webmail`, `yahoo.ios`, `yahoo.android`: Yahoo Mail is the next-largest consumer provider
    ///   (AOL Mail runs on the same platform).
    /// - `samsung-email.android`: the default mail app on Samsung phones, the most common Android devices.
    public static let popular = ClientPreset(
        name: defaultName,
        summary: "clients with most real-world opens: Apple Mail, Gmail, Outlook, Yahoo, Samsung Email",
        patterns: [
            "apple-mail.ios", "apple-mail.macos",
            "gmail.desktop-webmail", "gmail.ios", "gmail.android",
            "outlook.windows", "outlook.windows-mail", "outlook.macos", "outlook.outlook-com", "outlook.ios", "outlook.android",
            "yahoo.desktop-webmail", "yahoo.ios", "yahoo.android",
            "samsung-email.android",
        ])

    /// Every Outlook: Windows (Word engine), Windows Mail, macOS, Outlook.com, iOS and Android.
    public static let microsoft = ClientPreset(
        name: "microsoft", summary: "every Outlook: Windows, Windows Mail, macOS, Outlook.com, iOS, Android",
        patterns: ["outlook.*"])

    /// Outlook on Windows desktops: the Word-rendered classic app and the Windows Mail app.
    public static let outlookWindows = ClientPreset(
        name: "outlook-windows", summary: "Outlook on Windows desktops: Outlook (Word engine) and Windows Mail",
        patterns: ["outlook.windows", "outlook.windows-mail"])

    public static let apple = ClientPreset(name: "apple", summary: "Apple Mail on macOS and iOS", patterns: ["apple-mail.*"])

    public static let google = ClientPreset(name: "google", summary: "every Gmail: webmail and apps", patterns: ["gmail.*"])

    public static let mobile = ClientPreset(
        name: "mobile", summary: "every client on iOS and Android, and mobile webmail",
        patterns: ["*.ios", "*.android", "*.mobile-webmail"])

    public static let webmail = ClientPreset(
        name: "webmail", summary: "every webmail, including Outlook.com",
        patterns: ["*.desktop-webmail", "*.mobile-webmail", "*.webmail", "outlook.outlook-com"])

    /// Presets in the order `mailproof clients` lists them.
    public static let builtIn: [ClientPreset] = [popular, all, microsoft, outlookWindows, apple, google, mobile, webmail]

    /// Finds a preset by name; `default` names the default preset.
    public static func named(_ name: String) -> ClientPreset? {
        let wanted = name == "default" ? defaultName : name
        return builtIn.first(where: { $0.name == wanted })
    }
}
