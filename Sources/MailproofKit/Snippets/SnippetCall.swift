/// A snippet with the values a check read from the customer's markup: what `mailproof snippet NAME --set …`
/// would render. Findings carry it so that the command line can print the command and a hand-off can show the
/// rendered block itself (a customer does not have mailproof).
public struct SnippetCall: Sendable, Hashable {
    public struct Value: Sendable, Hashable {
        public var name: String
        public var value: String
    }

    public var name: String
    public var values: [Value]

    init(name: String, values: [(String, String)]) {
        self.name = name
        self.values = values.map { Value(name: $0.0, value: $0.1) }
    }

    /// `mailproof snippet button --set url=… --set label='Buy now'`.
    public var command: String { SnippetListing.command(name, values.map { ($0.name, $0.value) }) }

    /// The block itself, rendered from the built-in snippet with these values (nil if the snippet is unknown).
    public func rendered() -> String? {
        guard let snippet = try? SnippetCatalogue.builtInSnippet(named: name) else { return nil }
        return try? SnippetRenderer.render(snippet, values: Dictionary(values.map { ($0.name, $0.value) }, uniquingKeysWith: { _, last in last }))
    }
}
