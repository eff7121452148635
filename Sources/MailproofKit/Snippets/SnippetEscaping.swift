/// Escaping for the places a value can land besides HTML text and attributes (which Mustache's own `{{ }}`
/// escaping covers, quotes included, and which is also right for VML, being XML). Templates reach these through
/// namespaces: `{{ css.name }}` inside a style, `{{ json.name }}` inside a JSON string (Kit's `data-options`).
/// Mustache HTML-escapes the result as well, so a value can break out of neither the CSS nor the attribute.
enum SnippetEscaping {
    /// Letters, digits, spaces and `, - _ . #` stay; balanced single quotes stay (font names such as
    /// 'Open Sans'); anything else (`; { } : " \ < / *` …) becomes a CSS hex escape, so it stays inside the value.
    static func css(_ text: String) -> String {
        let quotesBalanced = text.filter { $0 == "'" }.count % 2 == 0
        var out = ""
        for scalar in text.unicodeScalars {
            let c = Character(scalar)
            let safe = (c.isASCII && (c.isLetter || c.isNumber)) || " ,-_.#%".contains(c) || (c == "'" && quotesBalanced)
                || (!c.isASCII && scalar.properties.isAlphabetic)
            out += safe ? String(c) : "\\" + String(scalar.value, radix: 16) + " "
        }
        return out
    }

    /// The inside of a JSON string literal.
    static func json(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
