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
        // Eight bytes at a time, counted with bit tricks: this runs for every file, and most words hold no control
        // byte at all.
        let suspicious = data.withUnsafeBufferPointer { bytes in
            var suspicious = 0
            var k = 0
            while k + 8 <= count {
                suspicious += suspiciousBytes(in: WordScan.load(bytes, k))
                k += 8
            }
            while k < count {
                if bytes[k] < 0x20 && !isTextControl(bytes[k]) { suspicious += 1 }
                k += 1
            }
            return suspicious
        }
        return suspicious * 10 > count ? "binary data" : nil
    }

    /// How many of the word's bytes are below 0x20 and none of tab, line feed, form feed, carriage return. Every
    /// test is exact per byte (no carry crosses from one byte into the next).
    @inline(__always) static func suspiciousBytes(in word: UInt64) -> Int {
        let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        // High bit set where the byte is below 0x20: its low seven bits plus 0x60 stay below 0x80, and its own high
        // bit is clear.
        let control = ~(((word & low7) &+ 0x6060_6060_6060_6060) | word) & WordScan.highBits
        if control == 0 { return 0 }
        @inline(__always) func zeroBytes(_ x: UInt64) -> UInt64 { ~(((x & low7) &+ low7) | x) & WordScan.highBits }
        let allowed = zeroBytes(word ^ 0x0909_0909_0909_0909) | zeroBytes(word ^ 0x0A0A_0A0A_0A0A_0A0A)
            | zeroBytes(word ^ 0x0C0C_0C0C_0C0C_0C0C) | zeroBytes(word ^ 0x0D0D_0D0D_0D0D_0D0D)
        return (control & ~allowed).nonzeroBitCount
    }

    /// Tab, line feed, form feed and carriage return: the control bytes text holds.
    @inline(__always) private static func isTextControl(_ byte: UInt8) -> Bool {
        byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }
}
