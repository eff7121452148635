/// A `font-family` list read as a client that lacks a font reads it: the next family in the list takes over, and
/// with none left the client's default (often Times New Roman) sets the text, a different width and look.
enum FontStack {
    /// The families of a `font-family` value, lowercased, without quotes.
    static func families(_ value: String) -> [String] {
        value.lowercased().split(separator: ",").map { family in
            family.trimmingSpacesAndTabs().trimming { $0 == "\"" || $0 == "'" }
        }.filter { !$0.isEmpty }
    }

    /// Whether another family follows the first one matching `isWanted` (or the list has none).
    static func hasFallback(after isWanted: (String) -> Bool, in value: String) -> Bool {
        let list = families(value)
        guard let index = list.firstIndex(where: isWanted) else { return true }
        return index < list.count - 1
    }

    /// The `font-family` descriptor of the `@font-face` block that starts at `atKeyword`.
    static func fontFaceFamily(at atKeyword: ByteRange, in document: Document) -> String? {
        let bytes = document.maskedBytes
        var end = atKeyword.end
        while end < bytes.count, bytes[end] != 0x7D /* } */, end - atKeyword.end < 4_000 { end += 1 }
        let block = document.text(ByteRange(start: atKeyword.end, end: end)).lowercased()
        guard let name = block.range(of: "font-family") else { return nil }
        let value = block[name.upperBound...].drop { $0 == " " || $0 == ":" || $0 == "\n" || $0 == "\t" }
            .prefix { $0 != ";" && $0 != "}" }
        return families(String(value)).first
    }
}
