/// Sizes as people read them.
enum ByteSize {
    /// `95.3 KB`, with 1 KB = 1024 bytes, without Foundation.
    static func kilobytes(_ bytes: Int) -> String {
        let tenths = (bytes * 10 + 512) / 1024
        return "\(tenths / 10).\(tenths % 10) KB"
    }
}
