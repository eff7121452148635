/// Decodes HTML character references (`&quot;`, `&#39;`, `&#x27;`…) in place without changing the length: the
/// character takes the reference's first bytes and spaces fill the rest, so every offset still points into the
/// file. Used on `style=""` values before CSS parsing: `font-family:&quot;Helvetica&quot;` is a quoted name.
enum CharacterReferences {
    private static let named: [String: Unicode.Scalar] = [
        "quot": "\"", "apos": "'", "amp": "&", "lt": "<", "gt": ">", "nbsp": "\u{A0}", "semi": ";", "colon": ":",
        "lpar": "(", "rpar": ")", "comma": ",", "period": ".", "num": "#", "percnt": "%", "excl": "!",
    ]

    static func decodeInPlace(_ bytes: inout [UInt8], range: ByteRange) {
        var i = range.start
        while i < range.end {
            guard bytes[i] == 0x26 /* & */, let semicolon = bytes[(i + 1)..<min(range.end, i + 12)].firstIndex(of: 0x3B) else {
                i += 1
                continue
            }
            let name = String(decoding: bytes[(i + 1)..<semicolon], as: UTF8.self)
            if let scalar = scalar(for: name) {
                let encoded = Array(String(Character(scalar)).utf8)
                let length = semicolon + 1 - i
                if encoded.count <= length {
                    for k in 0..<length { bytes[i + k] = k < encoded.count ? encoded[k] : 0x20 }
                }
                i = semicolon + 1
            } else {
                i += 1
            }
        }
    }

    private static func scalar(for name: String) -> Unicode.Scalar? {
        if name.hasPrefix("#x") || name.hasPrefix("#X") { return UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init) }
        if name.hasPrefix("#") { return UInt32(name.dropFirst(), radix: 10).flatMap(Unicode.Scalar.init) }
        return named[name]
    }
}
