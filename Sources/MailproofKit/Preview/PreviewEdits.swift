/// The transformations of one preview, applied to the original bytes: nothing is re-serialised.
///
/// Removals nest (a declaration inside a dropped rule inside a dropped `@media`): the outermost wins and whatever
/// falls inside it is left out, so the header lists only what was applied.
struct PreviewEdits {
    private(set) var transformations: [PreviewTransformation] = []

    mutating func add(_ action: String, _ source: PreviewSource, _ edit: TextEdit) {
        transformations.append(PreviewTransformation(action, source: source, edit: edit))
    }

    mutating func add(_ action: String, _ source: PreviewSource, remove range: ByteRange) {
        add(action, source, .delete(range))
    }

    /// The edits that apply (outermost first, no overlaps), in source order.
    func applicable(within length: Int) -> [PreviewTransformation] {
        let ordered = transformations.enumerated().sorted { a, b in
            let (x, y) = (a.element.edit.range, b.element.edit.range)
            if x.start != y.start { return x.start < y.start }
            if x.end != y.end { return x.end > y.end }
            return a.offset < b.offset
        }.map(\.element)
        var accepted: [PreviewTransformation] = []
        var coveredEnd = 0
        for transformation in ordered {
            let range = transformation.edit.range
            guard range.end <= length else { continue }
            // Inside or across an accepted edit: left out. Insertions at the end of a removal still apply.
            if range.start < coveredEnd { continue }
            accepted.append(transformation)
            coveredEnd = max(coveredEnd, range.end)
        }
        return accepted
    }

    /// `bytes` with the applicable edits made.
    static func apply(_ transformations: [PreviewTransformation], to bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var position = 0
        for transformation in transformations {
            let range = transformation.edit.range
            result.append(contentsOf: bytes[position..<range.start])
            result.append(contentsOf: transformation.edit.replacement.utf8)
            position = range.end
        }
        result.append(contentsOf: bytes[position...])
        return result
    }
}
