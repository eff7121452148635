import Testing
@testable import MailproofKit

@Suite("CSS colours")
struct CSSColorTests {
    @Test("hex colours in their four lengths, any case, with spaces around")
    func hex() {
        #expect(CSSColor("#abc") == CSSColor(red: 170, green: 187, blue: 204))
        #expect(CSSColor("#ABC") == CSSColor(red: 170, green: 187, blue: 204))
        #expect(CSSColor("#abcd") == CSSColor(red: 170, green: 187, blue: 204, alpha: 221.0 / 255))
        #expect(CSSColor(" #AbCdEf ") == CSSColor(rgb: 0xabcdef))
        #expect(CSSColor("#00000080") == CSSColor(red: 0, green: 0, blue: 0, alpha: 128.0 / 255))
        #expect(CSSColor("#ffffff")?.isOpaque == true)
    }

    @Test("hex text of another length, or with a non-digit, is no colour")
    func notHex() {
        for text in ["#", "#12", "#12345", "#1234567", "#123456789", "#ggg", "#12g", "# 123", "#12 3"] {
            #expect(CSSColor(text) == nil, "\(text)")
        }
    }

    @Test("fullwidth digits are read by Character's rules, as before the ASCII path")
    func fullwidth() {
        #expect(CSSColor("#\u{FF11}\u{FF12}\u{FF13}") == CSSColor(red: 17, green: 34, blue: 51))
        #expect(CSSColor("#\u{FF11}\u{FF12}") == nil)
        #expect(CSSColor("#g\u{FF11}\u{FF12}") == nil)
    }

    @Test("functions, names and transparent")
    func other() {
        #expect(CSSColor("rgb(255, 0, 0)") == CSSColor(rgb: 0xff0000))
        #expect(CSSColor("rgba(0 0 0 / 50%)")?.isOpaque == false)
        #expect(CSSColor("white") == .white)
        #expect(CSSColor("transparent")?.alpha == 0)
        #expect(CSSColor("inherit") == nil)
        #expect(CSSColor("{{ brand }}") == nil)
    }
}
