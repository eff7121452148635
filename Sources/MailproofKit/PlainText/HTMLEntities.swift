/// Character references decoded for text that leaves HTML (the plain-text part): numeric references and the named
/// ones emails use. An unknown name stays as written.
enum HTMLEntities {
    private static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "shy": "",
        "copy": "©", "reg": "®", "trade": "™", "hellip": "…", "mdash": "—", "ndash": "–", "minus": "−",
        "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”", "sbquo": "‚", "bdquo": "„", "laquo": "«", "raquo": "»",
        "lsaquo": "‹", "rsaquo": "›", "bull": "•", "middot": "·", "deg": "°", "euro": "€", "pound": "£", "yen": "¥",
        "cent": "¢", "sect": "§", "para": "¶", "times": "×", "divide": "÷", "plusmn": "±", "frac12": "½",
        "frac14": "¼", "frac34": "¾", "larr": "←", "rarr": "→", "uarr": "↑", "darr": "↓", "harr": "↔", "hearts": "♥",
        "star": "☆", "check": "✓", "dagger": "†", "Dagger": "‡", "permil": "‰", "prime": "′", "Prime": "″",
        "zwnj": "\u{200C}", "zwj": "\u{200D}", "lrm": "\u{200E}", "rlm": "\u{200F}", "ensp": " ", "emsp": " ",
        "thinsp": " ", "iexcl": "¡", "iquest": "¿", "ordf": "ª", "ordm": "º", "sup2": "²", "sup3": "³", "micro": "µ",
        "agrave": "à", "aacute": "á", "acirc": "â", "auml": "ä", "atilde": "ã", "aring": "å", "ccedil": "ç",
        "egrave": "è", "eacute": "é", "ecirc": "ê", "euml": "ë", "igrave": "ì", "iacute": "í", "icirc": "î",
        "iuml": "ï", "ntilde": "ñ", "ograve": "ò", "oacute": "ó", "ocirc": "ô", "ouml": "ö", "otilde": "õ",
        "oslash": "ø", "ugrave": "ù", "uacute": "ú", "ucirc": "û", "uuml": "ü", "yacute": "ý", "szlig": "ß",
        "Agrave": "À", "Aacute": "Á", "Acirc": "Â", "Auml": "Ä", "Ccedil": "Ç", "Egrave": "È", "Eacute": "É",
        "Ecirc": "Ê", "Ouml": "Ö", "Uuml": "Ü", "Ntilde": "Ñ", "aelig": "æ", "AElig": "Æ", "oelig": "œ",
    ]

    static func decode(_ text: String) -> String {
        // A byte search: no '&' byte, no '&' character (and a '&' in a cluster is left as it is below anyway).
        guard text.containsByte(0x26) else { return text }
        return decodedBytes(text) ?? decodedCharacters(text)
    }

    /// `decode` on UTF-8 bytes, for the usual text, where every `&` and the `;` after it stand between ASCII bytes
    /// and so are characters of their own. Nil when one does not: a `&` or `;` that a combining mark follows (or a
    /// prepended mark precedes) is part of a larger character, and `decodedCharacters` must judge it.
    private static func decodedBytes(_ text: String) -> String? {
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var k = 0
        var runStart = 0
        while k < bytes.count {
            guard bytes[k] == 0x26 /* & */ else { k += 1; continue }
            if k > 0, bytes[k - 1] >= 0x80 { return nil }
            if k + 1 < bytes.count, bytes[k + 1] >= 0x80 { return nil }
            out += bytes[runStart..<k]
            // The name ends at the first `;` among the next 12 characters (bytes, while they are ASCII). A name
            // holding anything else names nothing.
            var semicolon: Int?
            var j = k + 1
            while j < bytes.count, j - (k + 1) < 12, bytes[j] < 0x80 {
                if bytes[j] == 0x3B /* ; */ { semicolon = j; break }
                j += 1
            }
            if let semicolon, semicolon + 1 < bytes.count, bytes[semicolon + 1] >= 0x80 { return nil }
            if let semicolon, let value = value(of: String(decoding: bytes[(k + 1)..<semicolon], as: UTF8.self)) {
                out += value.utf8
                k = semicolon + 1
            } else {
                out.append(0x26)
                k += 1
            }
            runStart = k
        }
        out += bytes[runStart...]
        return String(decoding: out, as: UTF8.self)
    }

    /// `decode` character by character: the reference, and the answer wherever `decodedBytes` cannot tell.
    static func decodedCharacters(_ text: String) -> String {
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            if let semicolon = after.prefix(12).firstIndex(of: ";"), let value = value(of: String(after[..<semicolon])) {
                out += value
                rest = after[after.index(after: semicolon)...]
            } else {
                out += "&"
                rest = after
            }
        }
        return out + rest
    }

    private static func value(of name: String) -> String? {
        if name.hasPrefix("#x") || name.hasPrefix("#X") {
            return UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
        }
        if name.hasPrefix("#") { return UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String(Character($0)) } }
        return named[name]
    }
}
