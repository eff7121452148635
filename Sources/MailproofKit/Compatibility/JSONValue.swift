/// A parsed JSON value that keeps object members in the order they were written.
///
/// caniemail's `data.json` encodes each version history as an object whose key order *is* the history
/// (the last key is the current version), so a dictionary-backed parser silently corrupts it.
enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    /// The number's literal text, validated against the JSON grammar; kept as text so nothing is rounded.
    case number(String)
    case string(String)
    case array([JSONValue])
    /// Members in source order; duplicate keys are kept as written.
    case object([JSONMember])

    /// The value of `key` in an object (the last one if the key is repeated, as most parsers do); nil otherwise.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.last(where: { $0.key == key })?.value
    }

    public var stringValue: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    public var arrayValue: [JSONValue]? {
        if case .array(let items) = self { return items }
        return nil
    }

    public var objectMembers: [JSONMember]? {
        if case .object(let members) = self { return members }
        return nil
    }

    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }
}

/// One `"key": value` pair of a JSON object.
struct JSONMember: Sendable, Equatable {
    public var key: String
    public var value: JSONValue

    public init(key: String, value: JSONValue) {
        self.key = key
        self.value = value
    }
}
