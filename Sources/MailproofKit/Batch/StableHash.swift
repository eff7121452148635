/// FNV-1a, 64 bits: the same value for the same bytes on every machine, run and Swift version. Swift's
/// `Hasher` is seeded per process, so it cannot decide which shard a file belongs to or name a baseline entry.
enum StableHash {
    public static func fnv1a64<Bytes: Sequence>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    /// Sixteen lowercase hex digits.
    public static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}

extension PathName {
    /// The form of a path that shards and baselines agree on across machines: relative to the working directory
    /// when it lies inside it, without `./`, `..` or doubled slashes. `emails/a.html`, `./emails//a.html` and
    /// `/checkout/emails/a.html` (run in `/checkout`) are all `emails/a.html`.
    public static func normalizedRelative(_ path: String, workingDirectory: String = PathName.absolute(".")) -> String {
        // A relative path is relative to `workingDirectory`, not to the process's current folder.
        relative(absolute(path.hasPrefix("/") ? path : join(workingDirectory, path)), to: workingDirectory)
    }
}
