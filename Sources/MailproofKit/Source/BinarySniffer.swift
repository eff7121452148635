/// Recognises data that is not text, so a stray image in a template folder gets one clear line, not
/// thousands of findings.
enum BinarySniffer {
    private static let signatures: [(bytes: [UInt8], kind: String)] = [
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        (Array("GIF87a".utf8), "a GIF image"),
        (Array("GIF89a".utf8), "a GIF image"),
        (Array("%PDF-".utf8), "a PDF document"),
        ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive"),
        ([0x1F, 0x8B], "a gzip archive"),
        (Array("RIFF".utf8), "a RIFF (WebP, WAV…) file"),
        ([0x7F, 0x45, 0x4C, 0x46], "an executable"),
    ]

    static func binaryKind(of data: [UInt8]) -> String? {
        for signature in signatures where data.starts(with: signature.bytes) {
            return signature.kind
        }
        // UTF-16 text has many NULs but starts with a BOM, handled by the decoder.
        if data.count >= 2, (data[0] == 0xFF && data[1] == 0xFE) || (data[0] == 0xFE && data[1] == 0xFF) { return nil }
        // Text has almost no NUL or control bytes; binary formats are full of them.
        let count = min(data.count, 4096)
        guard count >= 16 else { return nil }
        // Over the buffer, without a bounds check per byte: this runs for every file.
        let suspicious = data.withUnsafeBufferPointer { bytes in
            var suspicious = 0
            for k in 0..<count where bytes[k] < 0x20 && !isTextControl(bytes[k]) { suspicious += 1 }
            return suspicious
        }
        return suspicious * 10 > count ? "binary data" : nil
    }

    /// Tab, line feed, form feed and carriage return: the control bytes text holds.
    @inline(__always) private static func isTextControl(_ byte: UInt8) -> Bool {
        byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }
}
