/// Bytes that are not valid UTF-8, NUL bytes, and charsets that cannot be read.
struct EncodingRule: OptionlessRule {
    static let description = RuleDescription(
        id: .encoding,
        title: "Text must be valid in its encoding",
        category: .syntax,
        defaultSeverity: .error,
        rationale: """
            Email is sent as UTF-8 by every modern platform. Bytes that are not valid UTF-8 (usually a file saved as \
            Latin-1 or Windows-1252 without saying so) turn into "�" or "Ã©" in the inbox, and a NUL byte makes many \
            editors and mail transfer agents cut the message short. Save the file as UTF-8, or declare its real \
            charset with <meta charset>.
            """,
        source: "RFC 3629 (UTF-8); WHATWG Encoding Standard",
        tags: [.webForm],
        wording: CustomerWording(
            problem: "Some characters are stored in a broken way",
            why: "Readers would see question marks or garbled letters in place of accented letters, quotes or emoji.",
            action: "Save the file as UTF-8 in your editor and paste the text again.",
            affects: CustomerWording.everyone),
        triggering: [
            // Invalid UTF-8 cannot be written in a Swift string; Fixtures/encoding holds those cases.
            Example("<p>before↓\u{0}after</p>"),
        ],
        nonTriggering: [
            Example("<p>café 日本語 😀</p>"),
            Example("<meta charset=\"utf-8\"><p>naïve</p>"),
        ]
    )

    func finish(_ document: Document, _ context: RuleContext) {
        for problem in document.source.encodingProblems {
            context.report(problem.message, at: problem.range)
        }
    }
}

extension RuleID {
    public static let encoding: RuleID = "encoding"
}
