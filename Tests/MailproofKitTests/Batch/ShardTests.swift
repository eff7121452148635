import Testing
@testable import MailproofKit

@Suite("Shards and stable hashes")
struct ShardTests {
    @Test("FNV-1a 64 matches the published test vectors (so every machine agrees)")
    func vectors() {
        #expect(StableHash.fnv1a64([UInt8]()) == 0xcbf2_9ce4_8422_2325)
        #expect(StableHash.fnv1a64(Array("a".utf8)) == 0xaf63_dc4c_8601_ec8c)
        #expect(StableHash.fnv1a64(Array("foobar".utf8)) == 0x8594_4171_f739_67e8)
        #expect(StableHash.hex(0xaf) == "00000000000000af")
    }

    @Test("N shards partition any set of paths exactly, and each gets a fair part")
    func partition() {
        let paths = (0..<3000).map { "emails/\($0 % 17)/template-\($0).html" }
        for count in [1, 2, 3, 7, 16] {
            var owners: [Int] = []
            for path in paths {
                let shards = (1...count).filter { Shard(index: $0, count: count).contains(path, workingDirectory: "/repo") }
                #expect(shards.count == 1, "\(path) is in \(shards.count) of \(count) shards")
                owners += shards
            }
            for shard in 1...count {
                let share = owners.filter { $0 == shard }.count
                #expect(share > paths.count / count * 8 / 10 && share < paths.count / count * 12 / 10, "shard \(shard)/\(count): \(share)")
            }
        }
    }

    @Test("a path's shard does not depend on how it is spelled or where the checkout lives")
    func normalisation() {
        let index = Shard.shardIndex(of: "emails/a.html", count: 5, workingDirectory: "/repo")
        #expect(Shard.shardIndex(of: "./emails//a.html", count: 5, workingDirectory: "/repo") == index)
        #expect(Shard.shardIndex(of: "/repo/emails/x/../a.html", count: 5, workingDirectory: "/repo") == index)
        #expect(Shard.shardIndex(of: "/elsewhere/emails/a.html", count: 5, workingDirectory: "/elsewhere") == index)
        // Pinned: the partition must stay the same across releases, or a CI matrix would skip files mid-upgrade.
        #expect(StableHash.fnv1a64(Array("emails/a.html".utf8)) % 5 + 1 == UInt64(index))
    }

    @Test("K/N is parsed strictly", arguments: ["0/3", "4/3", "1/0", "x", "1/2/3", "-1/2", ""])
    func rejects(text: String) {
        #expect(throws: Shard.ParseError.self) { try Shard(parsing: text) }
    }

    @Test("file lists: lines (LF or CRLF) or NUL-separated; spaces kept, empty entries dropped")
    func fileLists() {
        #expect(FileList.paths(in: Array("a.html\r\n\nb c.html\n".utf8), nulSeparated: false) == ["a.html", "b c.html"])
        #expect(FileList.paths(in: Array("a\nb.html\u{0}c.html\u{0}".utf8), nulSeparated: true) == ["a\nb.html", "c.html"])
    }
}
