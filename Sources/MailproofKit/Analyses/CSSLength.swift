/// CSS lengths as email layouts write them, in pixels: `600`, `600px`, `450pt`, `37.5em` (16px to the em).
enum CSSLength {
    /// A positive length in px, pt, em or rem; nil for percentages, zero, keywords and anything else.
    static func pixels(_ value: String) -> Double? {
        var text = value.lowercased().trimmingWhitespace()
        if let bang = text.firstIndex(of: "!") { text = String(text[..<bang]).trimmingWhitespace() }
        var digits = ""
        var rest = Substring(text)
        while let c = rest.first, c.isNumber || c == "." { digits.append(c); rest = rest.dropFirst() }
        guard let number = Double(digits), number > 0 else { return nil }
        switch rest {
        case "", "px": return number
        case "pt": return number * 4 / 3
        case "em", "rem": return number * 16
        default: return nil
        }
    }
}
