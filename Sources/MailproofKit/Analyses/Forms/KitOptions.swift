/// Kit's `data-options` attribute: the form's settings as JSON, written with `&quot;` for its quotes. The value
/// is decoded as a browser decodes it, keeping for each decoded byte the file offset it came from, so a JSON
/// error points at the file.
struct KitOptions {
    /// The attribute value in the file.
    let range: ByteRange
    /// The value with character references decoded.
    let decoded: [UInt8]
    /// For each decoded byte, its offset in the file (plus one entry for the end).
    let offsets: [Int]
    let parsed: Result<JSONValue, JSONReadError>

    init?(_ form: Element) {
        guard let attribute = form.attribute("data-options"), let range = attribute.valueRange else { return nil }
        self.init(range: range, in: form.document.source.bytes)
    }

    init(range: ByteRange, in bytes: [UInt8]) {
        var decoded: [UInt8] = []
        var offsets: [Int] = []
        var i = range.start
        while i < range.end {
            if bytes[i] == 0x26 /* & */, let (scalar, length) = Self.reference(at: i, in: bytes, end: range.end) {
                for byte in String(Character(scalar)).utf8 {
                    decoded.append(byte)
                    offsets.append(i)
                }
                i += length
            } else {
                decoded.append(bytes[i])
                offsets.append(i)
                i += 1
            }
        }
        offsets.append(range.end)
        self.range = range
        self.decoded = decoded
        self.offsets = offsets
        do {
            parsed = .success(try JSONReader.parse(decoded))
        } catch let error as JSONReadError {
            parsed = .failure(error)
        } catch {
            parsed = .failure(JSONReadError(message: "\(error)", offset: 0, line: 1, column: 1))
        }
    }

    /// Whether a template tag writes part of the value (then it is only valid once rendered).
    func isTemplated(in document: Document) -> Bool { document.containsTemplateTag(range) }

    /// The file range of the value of the first `"key":` in the JSON, up to the next `,` or `}`.
    func location(of key: String) -> ByteRange? {
        let needle = Array("\"\(key)\"".utf8)
        guard needle.count <= decoded.count else { return nil }
        for start in 0...(decoded.count - needle.count) where Array(decoded[start..<(start + needle.count)]) == needle {
            var i = start + needle.count
            while i < decoded.count, decoded[i] == 0x20 || decoded[i] == 0x3A /* : */ || decoded[i] == 0x0A || decoded[i] == 0x09 { i += 1 }
            var end = i
            while end < decoded.count, decoded[end] != 0x2C, decoded[end] != 0x7D { end += 1 }
            while end > i, decoded[end - 1] == 0x20 { end -= 1 }
            return ByteRange(start: offsets[i], end: max(offsets[i], offsets[end]))
        }
        return nil
    }

    /// The file offset of a decoded offset (a JSON error's).
    func fileOffset(_ decodedOffset: Int) -> Int { offsets[min(max(decodedOffset, 0), offsets.count - 1)] }

    /// The character a reference at `start` stands for, and the reference's length.
    private static func reference(at start: Int, in bytes: [UInt8], end: Int) -> (Unicode.Scalar, Int)? {
        guard let semicolon = bytes[(start + 1)..<min(end, start + 10)].firstIndex(of: 0x3B) else { return nil }
        let name = String(decoding: bytes[(start + 1)..<semicolon], as: UTF8.self)
        let length = semicolon + 1 - start
        switch name {
        case "quot": return ("\"", length)
        case "amp": return ("&", length)
        case "apos": return ("'", length)
        case "lt": return ("<", length)
        case "gt": return (">", length)
        default: break
        }
        guard name.hasPrefix("#") else { return nil }
        let digits = name.dropFirst()
        let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
        return value.flatMap(Unicode.Scalar.init).map { ($0, length) }
    }
}
