import Testing
@testable import MailproofKit

@Suite struct JSONReaderTests {
    @Test func keepsObjectKeyOrder() throws {
        let value = try JSONReader.parse(#"{"2011":"n","2016":"n","16.80":"y","10":1}"#)
        #expect(value.objectMembers?.map(\.key) == ["2011", "2016", "16.80", "10"])
    }

    @Test func parsesAllValueKinds() throws {
        let value = try JSONReader.parse(#" {"a":[1,-2.5e3,0,true,false,null],"b":{},"c":[]} "#)
        #expect(value["a"] == .array([.number("1"), .number("-2.5e3"), .number("0"), .bool(true), .bool(false), .null]))
        #expect(value["b"] == .object([]))
        #expect(value["c"] == .array([]))
    }

    @Test func decodesEscapesAndUnicode() throws {
        let value = try JSONReader.parse(#"["a\"b\\c\/d\n\t", "\u00e9\ud83d\ude00", "Rémi"]"#)
        #expect(value.arrayValue?.compactMap(\.stringValue) == ["a\"b\\c/d\n\t", "é😀", "Rémi"])
    }

    @Test func duplicateKeysAreKeptInOrderAndLookupTakesTheLast() throws {
        let value = try JSONReader.parse(#"{"v":"1","v":"2"}"#)
        #expect(value.objectMembers?.count == 2)
        #expect(value["v"] == .string("2"))
    }

    @Test(arguments: [
        ("{\"a\":1,}", 1, 8),  // trailing comma
        ("[01]", 1, 3),  // leading zero
        ("{\"a\" 1}", 1, 6),  // missing colon
        ("[1,\n  2,\n  x]", 3, 3),  // bad value on line 3
        ("\"abc", 1, 1),  // unterminated string, reported where it starts
        ("[\"a\u{01}\"]", 1, 4),  // raw control character
        ("[\"\\x\"]", 1, 3),  // invalid escape
        ("[\"\\ud800\"]", 1, 3),  // unpaired surrogate
        ("[1] [2]", 1, 5),  // trailing content
        ("// c\n{}", 1, 1),  // comments are not JSON
        ("{\"é\": tru}", 1, 7),  // column counts characters, not bytes
    ])
    func rejectsMalformedInputWithPosition(input: String, line: Int, column: Int) {
        do {
            _ = try JSONReader.parse(input)
            Issue.record("accepted \(input)")
        } catch let error as JSONReadError {
            #expect(error.line == line && error.column == column, "\(error)")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func rejectsInvalidUTF8() {
        #expect(throws: JSONReadError.self) { try JSONReader.parse([0x22, 0xC3, 0x28, 0x22]) }
        #expect(throws: JSONReadError.self) { try JSONReader.parse([0x22, 0xED, 0xA0, 0x80, 0x22]) }  // encoded surrogate
    }

    @Test func rejectsExcessiveNesting() {
        let deep = String(repeating: "[", count: JSONReader.maximumDepth + 1) + String(repeating: "]", count: JSONReader.maximumDepth + 1)
        #expect(throws: JSONReadError.self) { try JSONReader.parse(deep) }
    }
}
