/// `String.contains(String)` and `range(of:)` without Foundation in the common case.
///
/// Because a few files of this module import Foundation, `text.contains("dark")` anywhere in it resolves to
/// Foundation's version, which bridges to NSString and costs hundreds of instructions per character; rules call
/// it for every element and declaration. For ASCII text and an ASCII needle (no CR or LF, the one ASCII pair that
/// forms a grapheme) a byte search gives the same answer; anything else still goes to Foundation.
extension String {
    func contains(_ other: String) -> Bool { firstRange(ofText: other) != nil }

    /// The first occurrence of `other`, as Foundation's `range(of:)` finds it.
    func firstRange(ofText other: String) -> Range<String.Index>? {
        var haystack = self
        var needle = other
        let offset: Int?? = needle.withUTF8 { needleBytes -> Int?? in
            guard !needleBytes.contains(where: { $0 >= 0x80 || $0 == 0x0A || $0 == 0x0D }) else { return nil }
            return haystack.withUTF8 { bytes -> Int?? in
                guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
                return .some(ASCIISearch.firstIndex(of: needleBytes, in: bytes))
            }
        }
        guard let offset else { return range(of: other) }
        guard let offset else { return nil }
        let start = utf8.index(startIndex, offsetBy: offset)
        return start..<utf8.index(start, offsetBy: other.utf8.count)
    }
}

enum ASCIISearch {
    /// Where `needle` first occurs in `bytes` (an empty needle occurs nowhere, as with Foundation).
    static func firstIndex(of needle: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = needle.first, needle.count <= bytes.count else { return nil }
        var k = 0
        let last = bytes.count - needle.count
        while k <= last {
            if bytes[k] == first {
                var j = 1
                while j < needle.count && bytes[k + j] == needle[j] { j += 1 }
                if j == needle.count { return k }
            }
            k += 1
        }
        return nil
    }
}

extension String {
    /// Whether the text's UTF-8 starts with `prefix`'s bytes. A necessary condition for `hasPrefix(prefix)` when the
    /// prefix is ASCII without `K`, `;` or a backtick (the ASCII characters that non-ASCII ones are canonically
    /// equivalent to), and a few byte compares where `hasPrefix` compares characters: test it first.
    @inline(__always) func startsWithBytes(of prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        let utf8 = self.utf8
        guard utf8.count >= count else { return false }
        var index = utf8.startIndex
        for offset in 0..<count {
            guard utf8[index] == prefix.utf8Start[offset] else { return false }
            index = utf8.index(after: index)
        }
        return true
    }
}

extension String {
    /// Whether one of the text's UTF-8 bytes is `byte`, searched in its contiguous storage (`utf8.contains` walks
    /// the view an index at a time).
    func containsByte(_ byte: UInt8) -> Bool {
        var text = self
        return text.withUTF8 { $0.contains(byte) }
    }

    /// Whether one of the text's UTF-8 bytes passes `test`, searched in its contiguous storage.
    @inline(__always) func containsByte(where test: (UInt8) -> Bool) -> Bool {
        var text = self
        return text.withUTF8 { $0.contains(where: test) }
    }
}

extension String {
    /// Whether the text holds a whitespace character (`Character.isWhitespace`). ASCII text is read as bytes (tab
    /// through carriage return and space are its whitespace), without asking Unicode's tables of each character.
    var containsWhitespace: Bool {
        var text = self
        let ascii: Bool? = text.withUTF8 { bytes in
            bytes.contains(where: { $0 >= 0x80 }) ? nil : bytes.contains(where: String.isCollapsibleASCIISpace)
        }
        return ascii ?? contains(where: \.isWhitespace)
    }
}

extension String {
    /// `==`, with strings of different byte lengths told apart inline. Names compared in the hottest loops mostly
    /// differ, and `==` of two different strings is a call into the standard library each time.
    @inline(__always) func hasSameText(as other: String) -> Bool {
        utf8.count == other.utf8.count && self == other
    }
}
