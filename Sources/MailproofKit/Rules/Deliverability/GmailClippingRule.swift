/// Gmail cuts a message off behind a "[Message clipped] View entire message" link when its HTML passes about 102 KB.
struct GmailClippingRule: Rule {
    static let description = RuleDescription(
        id: .gmailClipping,
        title: "Whole emails stay under Gmail's clipping size",
        category: .deliverability,
        defaultSeverity: .warning,
        rationale: """
            Gmail (web and apps) shows only the first ~102 KB of a message's HTML and hides the rest behind a \
            "[Message clipped] View entire message" link. Whatever is below the cut (the footer, the unsubscribe link, \
            the tracking pixel that counts opens) is not seen. The file you write is not what is sent: the ESP's link \
            tracking rewrites every URL into a longer one and merge tags are replaced by real content, so the rule warns \
            from `warnAt` bytes (default 90 KB) and reports an error from `errorAt` (default 102 KB). Shrink the HTML \
            (remove comments and unused CSS, minify, simplify nested tables). Fragments are not checked.
            """,
        source: "Gmail Help and Litmus, \"Gmail clipping: why it happens and how to avoid it\" (https://www.litmus.com/blog/how-to-avoid-gmail-clipping) ; Email on Acid, \"Gmail clipping\"",
        tags: [.deliverability],
        wording: CustomerWording(
            problem: "The email is close to or over Gmail's size limit",
            why: "Gmail cuts off emails over about 102 KB and hides the rest, including your unsubscribe link, behind a \"View entire message\" link.",
            action: "Shorten the email or remove unused code and styles.",
            affects: "Gmail"),
        options: [
            RuleOption("warnAt", .count, default: "92160", "bytes from which the file is reported at warning (90 KB)"),
            RuleOption("errorAt", .count, default: "104448", "bytes from which it is reported at error (102 KB, where Gmail clips)"),
        ],
        triggering: [
            Example("↓<html><body>" + String(repeating: "<p>Hello</p>", count: 8) + "</body></html>",
                    options: ["warnAt": .number(100), "errorAt": .number(100_000)]),
            Example("<!DOCTYPE html>\n↓<html><head><title>Hi</title></head><body>" + String(repeating: "x", count: 60)
                    + "</body></html>", options: ["warnAt": .number(100), "errorAt": .number(120)]),
        ],
        nonTriggering: [
            Example("<html><body><p>Hello {{ first_name }}</p><a href=\"{{ unsubscribe_url }}\">Unsubscribe</a></body></html>"),
            Example(String(repeating: "<p>Hello</p>", count: 12), options: ["warnAt": .number(100)]),
            Example("<table><tr><td>*|FNAME|*</td></tr></table>"),
        ]
    )

    let warnAt: Int
    let errorAt: Int

    init(options: RuleOptions) throws {
        warnAt = Int(try options.number("warnAt", default: 90 * 1024))
        errorAt = Int(try options.number("errorAt", default: Double(GmailLimits.clippingBytes)))
    }

    func finish(_ document: Document, _ context: RuleContext) {
        let shape = context.shape
        guard let anchor = shape.firstDocumentTag else { return }
        let size = document.source.bytes.count
        let described = "The HTML is \(ByteSize.kilobytes(size)) (\(size) bytes)"
        if size >= errorAt {
            context.report("\(described): Gmail clips messages above about 102 KB and hides the rest; shrink it",
                           at: anchor.startTagRange, severity: max(context.severity, .error))
        } else if size >= warnAt {
            context.report("\(described), close to Gmail's ~102 KB clipping limit once link tracking and merge tags add bytes (warning from \(ByteSize.kilobytes(warnAt)))",
                           at: anchor.startTagRange)
        }
    }

}

extension RuleID {
    public static let gmailClipping: RuleID = "gmail-clipping"
}
