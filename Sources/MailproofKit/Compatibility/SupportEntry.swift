/// One tested version of a client: its label as caniemail lists it (`2019`, `16.80`, `2023-10`), the verdict,
/// and caniemail note numbers (the note text stays on caniemail; findings link there).
public struct SupportEntry: Hashable, Sendable {
    public var version: String
    public var support: Support
    public var notes: [Int]

    public init(version: String, support: Support, notes: [Int] = []) {
        self.version = version
        self.support = support
        self.notes = notes
    }

    /// Parses a caniemail value such as `"a #1 #3"`, `"y"` or `"n #2"`: a support letter, then note references.
    /// An unrecognised letter gives `.unknown`; anything after a `#` that is not a number is ignored.
    public init(version: String, value: String) {
        let letter = value.drop(while: { $0 == " " }).prefix(while: { $0 != " " && $0 != "#" && $0 != "\t" })
        var notes: [Int] = []
        for piece in value.split(separator: "#", omittingEmptySubsequences: false).dropFirst() {
            if let number = Int(piece.prefix(while: { $0.isASCII && $0.isNumber })) { notes.append(number) }
        }
        self.init(version: version, support: Support(letter: String(letter)), notes: notes)
    }

    /// The caniemail spelling of the value, e.g. `a #1 #3`.
    public var value: String {
        ([support.letter] + notes.map { "#\($0)" }).joined(separator: " ")
    }
}
