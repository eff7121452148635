#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#elseif canImport(ucrt)
import ucrt
#endif

/// Byte constants and small byte-level helpers shared by the template scanners (namespaced to avoid clashes).
enum TemplateBytes {
    static let openBrace: UInt8 = 0x7B    // {
    static let closeBrace: UInt8 = 0x7D   // }
    static let percent: UInt8 = 0x25      // %
    static let star: UInt8 = 0x2A         // *
    static let pipe: UInt8 = 0x7C         // |
    static let colon: UInt8 = 0x3A        // :
    static let dash: UInt8 = 0x2D         // -
    static let tilde: UInt8 = 0x7E        // ~
    static let hash: UInt8 = 0x23         // #
    static let slash: UInt8 = 0x2F        // /
    static let caret: UInt8 = 0x5E        // ^
    static let greater: UInt8 = 0x3E      // >
    static let less: UInt8 = 0x3C         // <
    static let bang: UInt8 = 0x21         // !
    static let ampersand: UInt8 = 0x26    // &
    static let question: UInt8 = 0x3F     // ?
    static let equals: UInt8 = 0x3D       // =
    static let doubleQuote: UInt8 = 0x22  // "
    static let singleQuote: UInt8 = 0x27  // '
    static let backslash: UInt8 = 0x5C    // \
    static let space: UInt8 = 0x20
    static let tab: UInt8 = 0x09
    static let newline: UInt8 = 0x0A
    static let carriageReturn: UInt8 = 0x0D
    static let formFeed: UInt8 = 0x0C
    static let x: UInt8 = 0x78

    /// HTML whitespace (space, tab, LF, FF, CR).
    @inline(__always) static func isSpace(_ c: UInt8) -> Bool {
        c == space || c == newline || c == tab || c == carriageReturn || c == formFeed
    }

    @inline(__always) static func isLetter(_ c: UInt8) -> Bool {
        (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A
    }

    @inline(__always) static func isWordByte(_ c: UInt8) -> Bool {
        isLetter(c) || (c >= 0x30 && c <= 0x39) || c == 0x5F
    }

    @inline(__always) static func lower(_ c: UInt8) -> UInt8 {
        c >= 0x41 && c <= 0x5A ? c | 0x20 : c
    }

    /// The first offset in `start..<end` holding `byte`, or `end`; `memchr` is vectorised, which keeps tag-free
    /// stretches nearly free.
    @inline(__always) static func find(_ byte: UInt8, _ base: UnsafePointer<UInt8>, from start: Int, to end: Int) -> Int {
        guard start < end, let hit = memchr(base + start, Int32(byte), end - start) else { return end }
        return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
    }

    /// Decodes `p[start..<end]` as UTF-8 (invalid bytes become U+FFFD); only used for short tag names.
    static func string(_ p: UnsafeMutableBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        guard start < end else { return "" }
        return String(decoding: UnsafeBufferPointer(rebasing: p[start..<end]), as: UTF8.self)
    }

    /// True when `p[at...]` starts with the ASCII `word` (case-sensitive).
    static func hasPrefix(_ p: UnsafeMutableBufferPointer<UInt8>, at: Int, _ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard at + count <= p.count else { return false }
        let w = word.utf8Start
        for k in 0..<count where p[at + k] != w[k] { return false }
        return true
    }
}
