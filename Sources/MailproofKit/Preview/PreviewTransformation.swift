/// One change a preview makes to the customer's bytes, in words, with its source.
public struct PreviewTransformation: Sendable {
    /// What happens, grouped in the header by this phrase ("declaration removed: border-radius").
    public var action: String
    public var source: PreviewSource
    /// The edit on the original bytes.
    public var edit: TextEdit

    public init(_ action: String, source: PreviewSource, edit: TextEdit) {
        self.action = action
        self.source = source
        self.edit = edit
    }
}
