/// The paths of a `--files-from` list: one per line (`\n` or `\r\n`), or NUL-separated (`-0`, as
/// `find -print0`, `git ls-files -z` and `xargs -0` write them, so names may hold newlines). Empty entries are
/// skipped; nothing else is trimmed, since spaces are legal in file names.
public enum FileList {
    public static func paths(in bytes: [UInt8], nulSeparated: Bool) -> [String] {
        let separator: UInt8 = nulSeparated ? 0 : UInt8(ascii: "\n")
        return bytes.split(separator: separator, omittingEmptySubsequences: true).compactMap { entry in
            var entry = entry
            if !nulSeparated, entry.last == UInt8(ascii: "\r") { entry = entry.dropLast() }
            return entry.isEmpty ? nil : String(decoding: entry, as: UTF8.self)
        }
    }
}
