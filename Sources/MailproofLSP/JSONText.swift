import Foundation

/// JSON text for the protocol's messages, written directly: Foundation's JSONSerialization took most of the time
/// of publishing a large document's diagnostics.
enum JSONText {
    static func data(_ value: Any) -> Data {
        var out = [UInt8]()
        out.reserveCapacity(4096)
        write(value, to: &out)
        return Data(out)
    }

    private static func write(_ value: Any, to out: inout [UInt8]) {
        switch value {
        case let string as String: writeString(string, to: &out)
        // A number parsed by Foundation (a request id) is an NSNumber, which also casts to Bool: whole numbers
        // first. A Swift Bool never casts to Int.
        case let int as Int: out += Array(String(int).utf8)
        case let bool as Bool: out += bool ? Array("true".utf8) : Array("false".utf8)
        case let int as Int32: out += Array(String(int).utf8)
        case let double as Double: out += Array((double.isFinite ? String(double) : "null").utf8)
        case let array as [Any]:
            out.append(UInt8(ascii: "["))
            for (k, element) in array.enumerated() {
                if k > 0 { out.append(UInt8(ascii: ",")) }
                write(element, to: &out)
            }
            out.append(UInt8(ascii: "]"))
        case let object as [String: Any]:
            out.append(UInt8(ascii: "{"))
            var first = true
            for (key, element) in object {
                if !first { out.append(UInt8(ascii: ",")) }
                first = false
                writeString(key, to: &out)
                out.append(UInt8(ascii: ":"))
                write(element, to: &out)
            }
            out.append(UInt8(ascii: "}"))
        default:
            out += Array("null".utf8)
        }
    }

    private static func writeString(_ string: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in string.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out += [0x5C, 0x22]
            case UInt8(ascii: "\\"): out += [0x5C, 0x5C]
            case 0x0A: out += [0x5C, UInt8(ascii: "n")]
            case 0x0D: out += [0x5C, UInt8(ascii: "r")]
            case 0x09: out += [0x5C, UInt8(ascii: "t")]
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                out += [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
