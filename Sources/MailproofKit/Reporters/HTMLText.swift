/// Text made safe for HTML element content and quoted attribute values. Everything a report shows from its
/// input (paths, messages, source lines, rule and feature names) goes through here, so a template holding
/// `<script>` or `</style>` is shown as text and can neither run nor end the report's own elements.
enum HTMLText {
    static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 || $0 < 0x20 || $0 == 0x7F }) else {
            return text
        }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t": out += "    "
            case "\n": out += "\n"
            default:
                // Other control characters (NUL, escape sequences) have no business in a page: show them as �.
                if scalar.value < 0x20 || scalar.value == 0x7F { out += "\u{FFFD}" } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }
}
