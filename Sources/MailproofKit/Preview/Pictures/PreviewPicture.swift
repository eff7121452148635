import Foundation

/// Draws a `PreviewPage` to a PNG with headless Chromium: a first run lays the page out and reports its height,
/// a second photographs it at exactly that size. The page lives in a private temporary folder only while Chromium
/// reads it.
public enum PreviewPicture {
    public static func render(_ page: PreviewPage, to png: String, chromium: Chromium, timeout: TimeInterval = 10) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mailproof-preview-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("page.html")
        try Data(page.html.utf8).write(to: file)
        let profile = folder.appendingPathComponent("profile")
        let started = Date()
        let layout = try chromium.run(page: file, profile: profile, extra: ["--window-size=\(page.pageWidth),800", "--dump-dom"],
                                      timeout: timeout)
        guard let height = measuredHeight(in: layout) else { throw PreviewPictureError.noHeight }
        let remaining = max(1, timeout - Date().timeIntervalSince(started))
        let target = URL(fileURLWithPath: png).standardizedFileURL
        let shot = folder.appendingPathComponent("shot.png")
        _ = try chromium.run(page: file, profile: profile,
                             extra: ["--window-size=\(page.pageWidth),\(min(height, 30_000))", "--screenshot=\(shot.path)"],
                             timeout: remaining)
        let bytes = try Data(contentsOf: shot)
        try AtomicWriter.save(target.path, [UInt8](bytes))
    }

    /// The `data-height` the page's script wrote on `<body>` once laid out.
    static func measuredHeight(in dom: String) -> Int? {
        guard let marker = dom.range(of: "data-height=\"") else { return nil }
        let digits = dom[marker.upperBound...].prefix(while: \.isNumber)
        return Int(digits).map { max($0, 1) }
    }
}
