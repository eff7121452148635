/// Trimming without Foundation: `trimmingCharacters(in:)` goes through NSString, whose first use costs about a
/// million instructions, a tenth of a one-file check's rules.
extension String {
    /// Without leading and trailing whitespace and newlines (characters whose first scalar is Unicode's White_Space).
    func trimmingWhitespace() -> String {
        // Most values have no whitespace at either end: answer without the Unicode tables.
        // (Its two end bytes read from contiguous storage: `utf8.last` walks the view back.)
        var text = self
        let plain = text.withUTF8 { utf8 in
            guard let first = utf8.first, let last = utf8.last else { return false }
            return first > 0x20 && first < 0x80 && last > 0x20 && last < 0x80
        }
        if plain { return self }
        var characters = Substring(self)
        while let first = characters.first, first.isWhitespace { characters.removeFirst() }
        while let last = characters.last, last.isWhitespace { characters.removeLast() }
        return String(characters)
    }
}

extension StringProtocol where SubSequence == Substring {
    /// Without the leading and trailing scalars `isTrimmed` accepts.
    func trimming(where isTrimmed: (Unicode.Scalar) -> Bool) -> String {
        let scalars = self[...].unicodeScalars
        var start = scalars.startIndex, end = scalars.endIndex
        while start < end, isTrimmed(scalars[start]) { start = scalars.index(after: start) }
        while start < end {
            let before = scalars.index(before: end)
            guard isTrimmed(scalars[before]) else { break }
            end = before
        }
        return String(scalars[start..<end])
    }

    /// Without leading and trailing spaces and tabs: Foundation's `CharacterSet.whitespaces` (tab and Unicode's
    /// space separators), not newlines.
    func trimmingSpacesAndTabs() -> String {
        trimming { $0 == " " || $0 == "\t" || ($0.value >= 0x80 && $0.properties.generalCategory == .spaceSeparator) }
    }
}
