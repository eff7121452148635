/// Image formats in a URL: the MIME type of a `data:` URI (and whether it is base64), or the path's extension.
extension FeatureScan {
    func scanImageURL(_ url: ByteRange, in bytes: UnsafeBufferPointer<UInt8>) {
        guard url.length > 4 else { return }
        if CSSBytes.equalsLowercase(bytes, ByteRange(start: url.start, length: 5), "data:") {
            scanDataURI(url, in: bytes)
            return
        }
        // The path ends at the query or fragment; the extension is after its last dot, within the last segment.
        var pathEnd = url.start
        while pathEnd < url.end, bytes[pathEnd] != 0x3F /* ? */, bytes[pathEnd] != 0x23 /* # */ { pathEnd += 1 }
        var dot = pathEnd - 1
        while dot >= url.start, bytes[dot] != 0x2E /* . */, bytes[dot] != 0x2F /* / */ { dot -= 1 }
        guard dot >= url.start, bytes[dot] == 0x2E, pathEnd - dot - 1 <= 5 else { return }
        let ext = ByteRange(start: dot + 1, end: pathEnd)
        guard !ext.isEmpty, !isTemplated(ext), let slug = ImageFeatures.extensionTable.value(bytes, ext, folding: true)
        else { return }
        emit(slug, url)
    }

    /// `data:image/png;base64,…`: the format on the MIME type, `image-base64` on `base64`.
    private func scanDataURI(_ url: ByteRange, in bytes: UnsafeBufferPointer<UInt8>) {
        let mimeStart = url.start + 5
        var k = mimeStart
        while k < url.end, bytes[k] != 0x3B /* ; */, bytes[k] != 0x2C /* , */ { k += 1 }
        let mime = ByteRange(start: mimeStart, end: k)
        if mime.length <= 24, let slug = ImageFeatures.mimeTypeTable.value(bytes, mime, folding: true) {
            emit(slug, mime)
        }
        // Parameters up to the comma; the last one is `base64` for base64 data.
        while k < url.end, bytes[k] == 0x3B {
            let start = k + 1
            k = start
            while k < url.end, bytes[k] != 0x3B, bytes[k] != 0x2C { k += 1 }
            let parameter = ByteRange(start: start, end: k)
            if CSSBytes.equalsLowercase(bytes, parameter, "base64") { emit(ImageFeatures.base64Feature, parameter) }
        }
    }
}
