/// `--shard K/N`: the files whose normalised relative path hashes to K-1 modulo N. Every file lands in exactly
/// one of the N shards, and the same one on every machine, whatever order or subset of files it is given, so
/// a CI matrix of N jobs checks every file once without coordinating.
public struct Shard: Sendable, Hashable, CustomStringConvertible {
    /// 1-based, as people count matrix jobs.
    public var index: Int
    public var count: Int

    public init(index: Int, count: Int) {
        self.index = index
        self.count = count
    }

    public struct ParseError: Error, CustomStringConvertible {
        public var description: String
    }

    /// Parses `K/N` with 1 ≤ K ≤ N.
    public init(parsing text: String) throws {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else {
            throw ParseError(description: "--shard takes K/N, such as 1/4 (got '\(text)')")
        }
        guard count >= 1, index >= 1, index <= count else {
            throw ParseError(description: "--shard \(text): K must be between 1 and N")
        }
        self.init(index: index, count: count)
    }

    public var description: String { "\(index)/\(count)" }

    /// Whether the file at `path` is this shard's.
    public func contains(_ path: String, workingDirectory: String = PathName.absolute(".")) -> Bool {
        Self.shardIndex(of: path, count: count, workingDirectory: workingDirectory) == index
    }

    /// The 1-based shard that owns `path` among `count` shards.
    public static func shardIndex(of path: String, count: Int, workingDirectory: String = PathName.absolute(".")) -> Int {
        let key = PathName.normalizedRelative(path, workingDirectory: workingDirectory)
        return Int(StableHash.fnv1a64(key.utf8) % UInt64(count)) + 1
    }
}
