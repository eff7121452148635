/// XML 1.0 escaping for the XML formats (JUnit, Checkstyle).
enum XML {
    /// Text for an attribute value in double quotes: markup characters as entities, tab and line breaks as
    /// character references (so they survive attribute normalisation), characters XML 1.0 forbids removed.
    static func attribute(_ value: String) -> String { escape(value, attribute: true) }

    /// Text for element content.
    static func text(_ value: String) -> String { escape(value, attribute: false) }

    private static func escape(_ value: String, attribute: Bool) -> String {
        var out = ""
        out.reserveCapacity(value.utf8.count)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where attribute: out += "&quot;"
            case "'" where attribute: out += "&apos;"
            case "\t" where attribute: out += "&#9;"
            case "\n" where attribute: out += "&#10;"
            case "\r": out += "&#13;"
            default:
                // Char ::= #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]
                let v = scalar.value
                if v < 0x20 && v != 0x9 && v != 0xA { continue }
                if v == 0xFFFE || v == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
