#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A CSS colour as sRGB channels 0…255 and alpha 0…1, parsed from the forms email authors write: `#rgb`,
/// `#rrggbb`, `#rgba`, `#rrggbbaa`, `rgb()`/`rgba()` (numbers or percentages, commas or spaces), `hsl()`/`hsla()`
/// and the CSS named colours. Anything else (`inherit`, `currentColor`, a template tag) is not a colour we can know.
struct CSSColor: Hashable, Sendable, CustomStringConvertible {
    public var red: Double
    public var green: Double
    public var blue: Double
    public var alpha: Double

    public init(red: Double, green: Double, blue: Double, alpha: Double = 1) {
        self.red = red
        self.green = green
        self.blue = blue
        self.alpha = alpha
    }

    public init(rgb: Int) {
        self.init(red: Double((rgb >> 16) & 0xff), green: Double((rgb >> 8) & 0xff), blue: Double(rgb & 0xff))
    }

    public static let black = CSSColor(rgb: 0x000000)
    public static let white = CSSColor(rgb: 0xffffff)

    public var isOpaque: Bool { alpha >= 1 }

    /// `#rrggbb`, as reports show colours.
    public var description: String {
        func hex(_ value: Double) -> String {
            let byte = Int(max(0, min(255, value.rounded())))
            return (byte < 16 ? "0" : "") + String(byte, radix: 16)
        }
        return "#" + hex(red) + hex(green) + hex(blue)
    }

    /// WCAG 2 relative luminance.
    public var relativeLuminance: Double {
        0.2126 * Self.linear(red) + 0.7152 * Self.linear(green) + 0.0722 * Self.linear(blue)
    }

    /// A channel (0…255) in linear light. Whole channels (every colour written in a file) are read from a table of
    /// the same formula: contrast is worked out for every element, and `pow` was a third of it.
    private static func linear(_ value: Double) -> Double {
        if value >= 0, value <= 255, let whole = Int(exactly: value) { return linearChannels[whole] }
        return linearFormula(value)
    }

    private static func linearFormula(_ value: Double) -> Double {
        let c = value / 255
        return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
    }

    private static let linearChannels: [Double] = (0...255).map { linearFormula(Double($0)) }

    /// WCAG 2 contrast ratio between two opaque colours, 1…21.
    public static func contrastRatio(_ a: CSSColor, _ b: CSSColor) -> Double {
        let l1 = a.relativeLuminance
        let l2 = b.relativeLuminance
        return (max(l1, l2) + 0.05) / (min(l1, l2) + 0.05)
    }

    /// This colour painted over an opaque `background`.
    public func over(_ background: CSSColor) -> CSSColor {
        CSSColor(red: red * alpha + background.red * (1 - alpha), green: green * alpha + background.green * (1 - alpha),
                 blue: blue * alpha + background.blue * (1 - alpha))
    }

    // MARK: - Parsing

    public init?(_ text: String) {
        let value = text.trimmingWhitespace().lowercased()
        if value.hasPrefix("#") {
            var bytes = value
            // ASCII digits (the usual case) are read in place; other text keeps Character's rules.
            let ascii: CSSColor?? = bytes.withUTF8 { Self.asciiHex(UnsafeBufferPointer(rebasing: $0.dropFirst())) }
            guard let color = ascii ?? Self.hex(value.dropFirst()) else { return nil }
            self = color
        } else if let open = value.firstIndex(of: "("), value.hasSuffix(")") {
            let function = String(value[..<open]).trimmingWhitespace()
            let arguments = value[value.index(after: open)..<value.index(before: value.endIndex)]
                .split(whereSeparator: { $0 == "," || $0 == " " || $0 == "/" || $0 == "\t" }).map(String.init)
            switch function {
            case "rgb", "rgba": guard let color = Self.rgb(arguments) else { return nil }; self = color
            case "hsl", "hsla": guard let color = Self.hsl(arguments) else { return nil }; self = color
            default: return nil
            }
        } else if value == "transparent" {
            self.init(red: 0, green: 0, blue: 0, alpha: 0)
        } else if let rgb = Self.named[value] {
            self.init(rgb: rgb)
        } else {
            return nil
        }
    }

    private static func hex(_ digits: Substring) -> CSSColor? {
        let values: [Double]
        if let ascii = asciiHexValues(digits) {
            values = ascii
        } else {
            guard digits.allSatisfy(\.isHexDigit) else { return nil }
            values = digits.compactMap { $0.hexDigitValue }.map(Double.init)
        }
        switch values.count {
        case 3, 4:
            return CSSColor(red: values[0] * 17, green: values[1] * 17, blue: values[2] * 17,
                            alpha: values.count == 4 ? values[3] * 17 / 255 : 1)
        case 6, 8:
            return CSSColor(red: values[0] * 16 + values[1], green: values[2] * 16 + values[3], blue: values[4] * 16 + values[5],
                            alpha: values.count == 8 ? (values[6] * 16 + values[7]) / 255 : 1)
        default:
            return nil
        }
    }

    /// `rgb`, `rgba`, `rrggbb` or `rrggbbaa` from ASCII bytes, as `hex` reads them, without an array: .some(nil)
    /// when they are no colour, nil when a byte before the first ASCII non-digit is not ASCII (`hex` decides).
    private static func asciiHex(_ digits: UnsafeBufferPointer<UInt8>) -> CSSColor?? {
        var nibbles: UInt64 = 0
        for byte in digits {
            let nibble: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): nibble = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): nibble = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): nibble = byte - UInt8(ascii: "A") + 10
            case 0x80...: return nil
            default: return .some(nil)
            }
            nibbles = nibbles << 4 | UInt64(nibble)
        }
        let count = digits.count
        guard count == 3 || count == 4 || count == 6 || count == 8 else { return .some(nil) }
        // Digit k of `count`, as a Double (the first is the most significant).
        func digit(_ k: Int) -> Double { Double((nibbles >> UInt64(4 * (count - 1 - k))) & 0xF) }
        if count <= 4 {
            return CSSColor(red: digit(0) * 17, green: digit(1) * 17, blue: digit(2) * 17,
                            alpha: count == 4 ? digit(3) * 17 / 255 : 1)
        }
        return CSSColor(red: digit(0) * 16 + digit(1), green: digit(2) * 16 + digit(3), blue: digit(4) * 16 + digit(5),
                        alpha: count == 8 ? (digit(6) * 16 + digit(7)) / 255 : 1)
    }

    /// The digits' values when every byte is ASCII (the usual case), without Character's Unicode look-ups;
    /// an ASCII non-digit gives []: no colour. nil when non-ASCII text needs Character's rules (fullwidth digits).
    private static func asciiHexValues(_ digits: Substring) -> [Double]? {
        var values: [Double] = []
        values.reserveCapacity(8)
        for byte in digits.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): values.append(Double(byte - UInt8(ascii: "0")))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): values.append(Double(byte - UInt8(ascii: "a") + 10))
            case UInt8(ascii: "A")...UInt8(ascii: "F"): values.append(Double(byte - UInt8(ascii: "A") + 10))
            case 0x80...: return nil
            default: return []
            }
        }
        return values
    }

    private static func rgb(_ arguments: [String]) -> CSSColor? {
        guard arguments.count == 3 || arguments.count == 4 else { return nil }
        var channels: [Double] = []
        for argument in arguments.prefix(3) {
            if argument.hasSuffix("%"), let percent = Double(argument.dropLast()) {
                channels.append(percent * 2.55)
            } else if let number = Double(argument) {
                channels.append(number)
            } else {
                return nil
            }
        }
        guard let alpha = arguments.count == 4 ? alphaValue(arguments[3]) : 1 else { return nil }
        return CSSColor(red: channels[0], green: channels[1], blue: channels[2], alpha: alpha)
    }

    private static func hsl(_ arguments: [String]) -> CSSColor? {
        guard arguments.count == 3 || arguments.count == 4,
              let hue = Double(arguments[0].replacingOccurrences(of: "deg", with: "")),
              arguments[1].hasSuffix("%"), let saturation = Double(arguments[1].dropLast()),
              arguments[2].hasSuffix("%"), let lightness = Double(arguments[2].dropLast()),
              let alpha = arguments.count == 4 ? alphaValue(arguments[3]) : 1 else { return nil }
        let s = saturation / 100, l = lightness / 100
        let h = (hue.truncatingRemainder(dividingBy: 360) + 360).truncatingRemainder(dividingBy: 360) / 360
        func component(_ n: Double) -> Double {
            let k = (n + h * 12).truncatingRemainder(dividingBy: 12)
            let a = s * min(l, 1 - l)
            return (l - a * max(-1, min(k - 3, 9 - k, 1))) * 255
        }
        return CSSColor(red: component(0), green: component(8), blue: component(4), alpha: alpha)
    }

    private static func alphaValue(_ text: String) -> Double? {
        if text.hasSuffix("%") { return Double(text.dropLast()).map { $0 / 100 } }
        return Double(text)
    }

    /// The CSS Color Module Level 4 named colours.
    static let named: [String: Int] = [
        "aliceblue": 0xf0f8ff,
        "antiquewhite": 0xfaebd7,
        "aqua": 0x00ffff,
        "aquamarine": 0x7fffd4,
        "azure": 0xf0ffff,
        "beige": 0xf5f5dc,
        "bisque": 0xffe4c4,
        "black": 0x000000,
        "blanchedalmond": 0xffebcd,
        "blue": 0x0000ff,
        "blueviolet": 0x8a2be2,
        "brown": 0xa52a2a,
        "burlywood": 0xdeb887,
        "cadetblue": 0x5f9ea0,
        "chartreuse": 0x7fff00,
        "chocolate": 0xd2691e,
        "coral": 0xff7f50,
        "cornflowerblue": 0x6495ed,
        "cornsilk": 0xfff8dc,
        "crimson": 0xdc143c,
        "cyan": 0x00ffff,
        "darkblue": 0x00008b,
        "darkcyan": 0x008b8b,
        "darkgoldenrod": 0xb8860b,
        "darkgray": 0xa9a9a9,
        "darkgreen": 0x006400,
        "darkgrey": 0xa9a9a9,
        "darkkhaki": 0xbdb76b,
        "darkmagenta": 0x8b008b,
        "darkolivegreen": 0x556b2f,
        "darkorange": 0xff8c00,
        "darkorchid": 0x9932cc,
        "darkred": 0x8b0000,
        "darksalmon": 0xe9967a,
        "darkseagreen": 0x8fbc8f,
        "darkslateblue": 0x483d8b,
        "darkslategray": 0x2f4f4f,
        "darkslategrey": 0x2f4f4f,
        "darkturquoise": 0x00ced1,
        "darkviolet": 0x9400d3,
        "deeppink": 0xff1493,
        "deepskyblue": 0x00bfff,
        "dimgray": 0x696969,
        "dimgrey": 0x696969,
        "dodgerblue": 0x1e90ff,
        "firebrick": 0xb22222,
        "floralwhite": 0xfffaf0,
        "forestgreen": 0x228b22,
        "fuchsia": 0xff00ff,
        "gainsboro": 0xdcdcdc,
        "ghostwhite": 0xf8f8ff,
        "gold": 0xffd700,
        "goldenrod": 0xdaa520,
        "gray": 0x808080,
        "green": 0x008000,
        "greenyellow": 0xadff2f,
        "grey": 0x808080,
        "honeydew": 0xf0fff0,
        "hotpink": 0xff69b4,
        "indianred": 0xcd5c5c,
        "indigo": 0x4b0082,
        "ivory": 0xfffff0,
        "khaki": 0xf0e68c,
        "lavender": 0xe6e6fa,
        "lavenderblush": 0xfff0f5,
        "lawngreen": 0x7cfc00,
        "lemonchiffon": 0xfffacd,
        "lightblue": 0xadd8e6,
        "lightcoral": 0xf08080,
        "lightcyan": 0xe0ffff,
        "lightgoldenrodyellow": 0xfafad2,
        "lightgray": 0xd3d3d3,
        "lightgreen": 0x90ee90,
        "lightgrey": 0xd3d3d3,
        "lightpink": 0xffb6c1,
        "lightsalmon": 0xffa07a,
        "lightseagreen": 0x20b2aa,
        "lightskyblue": 0x87cefa,
        "lightslategray": 0x778899,
        "lightslategrey": 0x778899,
        "lightsteelblue": 0xb0c4de,
        "lightyellow": 0xffffe0,
        "lime": 0x00ff00,
        "limegreen": 0x32cd32,
        "linen": 0xfaf0e6,
        "magenta": 0xff00ff,
        "maroon": 0x800000,
        "mediumaquamarine": 0x66cdaa,
        "mediumblue": 0x0000cd,
        "mediumorchid": 0xba55d3,
        "mediumpurple": 0x9370db,
        "mediumseagreen": 0x3cb371,
        "mediumslateblue": 0x7b68ee,
        "mediumspringgreen": 0x00fa9a,
        "mediumturquoise": 0x48d1cc,
        "mediumvioletred": 0xc71585,
        "midnightblue": 0x191970,
        "mintcream": 0xf5fffa,
        "mistyrose": 0xffe4e1,
        "moccasin": 0xffe4b5,
        "navajowhite": 0xffdead,
        "navy": 0x000080,
        "oldlace": 0xfdf5e6,
        "olive": 0x808000,
        "olivedrab": 0x6b8e23,
        "orange": 0xffa500,
        "orangered": 0xff4500,
        "orchid": 0xda70d6,
        "palegoldenrod": 0xeee8aa,
        "palegreen": 0x98fb98,
        "paleturquoise": 0xafeeee,
        "palevioletred": 0xdb7093,
        "papayawhip": 0xffefd5,
        "peachpuff": 0xffdab9,
        "peru": 0xcd853f,
        "pink": 0xffc0cb,
        "plum": 0xdda0dd,
        "powderblue": 0xb0e0e6,
        "purple": 0x800080,
        "rebeccapurple": 0x663399,
        "red": 0xff0000,
        "rosybrown": 0xbc8f8f,
        "royalblue": 0x4169e1,
        "saddlebrown": 0x8b4513,
        "salmon": 0xfa8072,
        "sandybrown": 0xf4a460,
        "seagreen": 0x2e8b57,
        "seashell": 0xfff5ee,
        "sienna": 0xa0522d,
        "silver": 0xc0c0c0,
        "skyblue": 0x87ceeb,
        "slateblue": 0x6a5acd,
        "slategray": 0x708090,
        "slategrey": 0x708090,
        "snow": 0xfffafa,
        "springgreen": 0x00ff7f,
        "steelblue": 0x4682b4,
        "tan": 0xd2b48c,
        "teal": 0x008080,
        "thistle": 0xd8bfd8,
        "tomato": 0xff6347,
        "turquoise": 0x40e0d0,
        "violet": 0xee82ee,
        "wheat": 0xf5deb3,
        "white": 0xffffff,
        "whitesmoke": 0xf5f5f5,
        "yellow": 0xffff00,
        "yellowgreen": 0x9acd32,
    ]
}
