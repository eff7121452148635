/// An id with its human-readable name, e.g. `outlook` → "Outlook" (caniemail's "nicenames").
public struct CompatName: Hashable, Sendable {
    public var id: String
    public var name: String

    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}
