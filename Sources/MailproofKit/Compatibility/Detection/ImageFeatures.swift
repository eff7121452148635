/// Image formats by file extension and by data-URI MIME type (both lowercase).
enum ImageFeatures {
    static let extensions: FeatureTable = [
        "png": "image-png", "apng": "image-apng", "avif": "image-avif", "bmp": "image-bmp", "gif": "image-gif",
        "hdr": "image-hdr", "heif": "image-heif", "heic": "image-heif", "ico": "image-ico",
        "jpg": "image-jpg", "jpeg": "image-jpg", "jfif": "image-jpg", "jpe": "image-jpg",
        // Video as an image asset: only read where an image is expected (img src, CSS url(), background).
        "mp4": "image-mp4",
        "svg": "image-svg", "tif": "image-tiff", "tiff": "image-tiff", "webp": "image-webp",
    ]

    static let mimeTypes: FeatureTable = [
        "image/png": "image-png", "image/apng": "image-apng", "image/avif": "image-avif", "image/bmp": "image-bmp",
        "image/gif": "image-gif", "image/heif": "image-heif", "image/heic": "image-heif",
        "image/x-icon": "image-ico", "image/vnd.microsoft.icon": "image-ico",
        "image/jpeg": "image-jpg", "image/jpg": "image-jpg", "image/svg+xml": "image-svg",
        "image/tiff": "image-tiff", "image/webp": "image-webp", "video/mp4": "image-mp4",
    ]

    static let base64 = "image-base64"
    static let base64Feature = FeatureID(base64)
    static let extensionTable = NameTable(slugs: extensions)
    static let mimeTypeTable = NameTable(slugs: mimeTypes)
}
