/// The options a configuration gives one rule (`rules: { rule-id: { severity: …, options: { … } } }`).
public struct RuleOptions: Sendable {
    public enum Value: Sendable, Hashable {
        case string(String)
        case number(Double)
        case bool(Bool)
        case list([Value])
    }

    public var values: [String: Value]
    /// Where the options were written, for error messages ("file.yml:12").
    public var origin: String

    public init(_ values: [String: Value] = [:], origin: String = "") {
        self.values = values
        self.origin = origin
    }

    public static let none = RuleOptions()

    public func number(_ key: String, default value: Double) throws -> Double {
        switch values[key] {
        case nil: return value
        case .number(let number): return number
        default: throw ConfigurationError(message: "option '\(key)' must be a number", location: origin)
        }
    }

    public func bool(_ key: String, default value: Bool) throws -> Bool {
        switch values[key] {
        case nil: return value
        case .bool(let flag): return flag
        default: throw ConfigurationError(message: "option '\(key)' must be true or false", location: origin)
        }
    }

    public func strings(_ key: String, default value: [String]) throws -> [String] {
        switch values[key] {
        case nil: return value
        case .string(let string): return [string]
        case .list(let list):
            return try list.map {
                guard case .string(let string) = $0 else {
                    throw ConfigurationError(message: "option '\(key)' must be a list of strings", location: origin)
                }
                return string
            }
        default: throw ConfigurationError(message: "option '\(key)' must be a list of strings", location: origin)
        }
    }
}

/// A configuration problem, with where it was found ("path/.mailproof.yml:3:5").
public struct ConfigurationError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public var location: String

    public init(message: String, location: String) {
        self.message = message
        self.location = location
    }

    public var description: String { location.isEmpty ? message : "\(location): \(message)" }
}
