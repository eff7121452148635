import Foundation
import Testing
@testable import MailproofKit

/// The line index (memchr for line feeds, or eight bytes at a time in a file with a carriage return), the UTF-8
/// check and JSON string escaping skip bytes; they must find exactly what a byte-by-byte walk finds, wherever in a
/// word the interesting byte falls.
@Suite("Scanning eight bytes at a time")
struct WordScanTests {
    /// Byte-by-byte line starts: after \n, after \r\n, after a lone \r.
    private func lineStarts(_ bytes: [UInt8]) -> [Int] {
        var starts = [0]
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x0A { starts.append(i + 1) }
            else if bytes[i] == 0x0D {
                if i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
                starts.append(i + 1)
            }
            i += 1
        }
        return starts
    }

    /// Inputs with the byte of interest at every position of a word, and runs longer than a word.
    private func inputs(placing special: [[UInt8]]) -> [[UInt8]] {
        var all: [[UInt8]] = [[], Array("x".utf8), Array(repeating: UInt8(ascii: "a"), count: 40)]
        for bytes in special {
            for prefix in 0..<17 {
                for suffix in [0, 1, 7, 8, 9, 20] {
                    all.append(Array(repeating: UInt8(ascii: "a"), count: prefix) + bytes + Array(repeating: UInt8(ascii: "b"), count: suffix))
                }
            }
        }
        return all
    }

    @Test("line starts match a byte-by-byte walk for \\n, \\r\\n and \\r at every offset")
    func lineIndex() {
        let breaks: [[UInt8]] = [[0x0A], [0x0D, 0x0A], [0x0D], [0x0D, 0x0D], [0x0A, 0x0A, 0x09, 0x0A], Array("é\r\nü".utf8)]
        for bytes in inputs(placing: breaks) {
            #expect(LineIndex(bytes).lineStarts == lineStarts(bytes), "\(bytes)")
        }
    }

    @Test("columns counted a word at a time match location(of:) for every offset, with multi-byte characters anywhere")
    func columns() {
        let characters: [[UInt8]] = [Array("é".utf8), Array("€".utf8), Array("😀".utf8), [0x0A], [0x0D, 0x0A], [0x80, 0xBF], [0xC3]]
        for bytes in inputs(placing: characters) + [Array(String(repeating: "aé€😀\n", count: 9).utf8)] {
            let index = LineIndex(bytes)
            let offsets = Array(0...bytes.count)
            #expect(index.locations(of: offsets) == offsets.map(index.location(of:)), "\(bytes)")
            // In any order, repeated, and past either end: each answer is the one-offset answer.
            let shuffled = offsets.reversed() + [-3, bytes.count + 5, 0, bytes.count / 2]
            #expect(index.locations(of: shuffled) == shuffled.map(index.location(of:)), "\(bytes)")
        }
    }

    /// Byte-by-byte: offsets of NUL bytes and of bytes that start no valid UTF-8 sequence.
    private func badBytes(_ bytes: [UInt8]) -> [Int] {
        bytes.withUnsafeBufferPointer { b in
            var offsets: [Int] = []
            var i = 0
            while i < b.count {
                if b[i] < 0x80 {
                    if b[i] == 0 { offsets.append(i) }
                    i += 1
                } else {
                    let length = UTF8Validator.validSequenceLength(b, at: i)
                    if length == 0 { offsets.append(i); i += 1 } else { i += length }
                }
            }
            return offsets
        }
    }

    @Test("the UTF-8 check finds the NUL and invalid bytes a byte-by-byte walk finds, at every offset")
    func utf8Problems() {
        let special: [[UInt8]] = [[0x00], [0xFF], [0xC3, 0xA9], [0xE2, 0x80, 0x99], [0xF0, 0x9F, 0x98, 0x80], [0xC3],
                                  [0xE2, 0x80], [0xED, 0xA0, 0x80], [0x41, 0x00, 0x42, 0x80]]
        var found = 0
        for input in inputs(placing: special) {
            let expected = badBytes(input)
            found += expected.count
            #expect(UTF8Validator.problems(in: input).map(\.range.start) == expected, "\(input)")
        }
        #expect(found > 500)
        #expect(UTF8Validator.problems(in: Array(repeating: 0x61, count: 1_000)).isEmpty)
    }

    @Test("hasByte finds a byte at each position of a word and nowhere else")
    func hasByte() {
        for position in 0..<8 {
            for byte: UInt8 in [0x00, 0x0A, 0x0D, 0x80, 0xFF] {
                var bytes = [UInt8](repeating: byte == 0x61 ? 0x62 : 0x61, count: 8)
                bytes[position] = byte
                let word = bytes.withUnsafeBufferPointer { WordScan.load($0, 0) }
                #expect(WordScan.hasByte(word, byte))
                #expect(!WordScan.hasByte(word, 0x7A))
            }
        }
    }

    /// Byte-by-byte JSON escaping (RFC 8259, plus U+2028 and U+2029 for JavaScript).
    private func escaped(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    @Test("JSON strings are escaped as a byte-by-byte walk escapes them, at every offset")
    func jsonEscaping() {
        let special: [[UInt8]] = [Array("\"".utf8), Array("\\".utf8), [0x0A], [0x0D], [0x09], [0x00], [0x1F], [0x7F],
                                  Array("\u{2028}".utf8), Array("\u{2029}".utf8), Array("\u{2019}".utf8), Array("é".utf8),
                                  Array("\u{1F600}".utf8), [0x20, 0x21, 0x5B, 0x5D]]
        for input in inputs(placing: special) {
            let text = String(decoding: input, as: UTF8.self)
            var json = JSONBytes()
            json.string(text)
            #expect(json.text == escaped(text), "\(input)")
            #expect(JSON.string(text) == escaped(text), "\(input)")
        }
    }

    @Test("JSON numbers are written as String(describing:) writes them, growing the buffer when they do not fit")
    func jsonNumbers() {
        var values = [0, 1, -1, 9, 10, 99, 100, 12_345, -987_654_321, Int.max, Int.min]
        for power in 0..<19 { let p = Int(pow(10.0, Double(power))); values += [p - 1, p, p + 1, -p] }
        for value in values {
            // A small buffer first, so that the digits often land at the point where it grows.
            var json = JSONBytes(capacity: 16)
            json.raw("[0123456789abc")
            json.int(value)
            json.raw("]")
            #expect(json.text == "[0123456789abc\(value)]")
        }
    }
}
