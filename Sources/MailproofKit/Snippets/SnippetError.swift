/// A snippet that cannot be produced: unknown name, bad parameter value, malformed manifest or template.
/// The message is one line, ready to print after "mailproof: ".
public struct SnippetError: Error, CustomStringConvertible, Equatable {
    public var message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
