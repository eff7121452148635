/// Which earlier declarations count as a fallback for a later one in the same block.
///
/// A client that does not support a declaration drops it and keeps what an earlier declaration set, so a
/// declaration has a fallback when an earlier one in the same rule (or `style=""`) sets the same thing:
/// - the same property, vendor prefix ignored (`display:block; display:flex`, `-webkit-box-shadow; box-shadow`);
/// - `background`, `background-color` and `background-image` among themselves (`background-color:#fff;
///   background-image:linear-gradient(…)` is the usual colour fallback for a gradient);
/// - a margin or padding side after the shorthand or the physical side it stands for, taking the horizontal
///   writing mode of email (`margin:0 auto; margin-inline:auto`, `padding-left:8px; padding-inline-start:8px`);
/// - the physical and logical names of one size (`width` / `inline-size`, `max-height` / `max-block-size`…);
/// - the gap properties among themselves (`grid-gap` / `gap`).
/// Other shorthand/longhand pairs (`border` / `border-radius`, `margin-top` / `margin-left`) do not set the same
/// thing and are not counted.
enum FallbackFamily {
    /// Property → the earlier properties that are a fallback for it (besides itself).
    static let equivalents: [String: [String]] = {
        var table: [String: [String]] = [
            "background": ["background-color", "background-image"],
            "background-color": ["background", "background-image"],
            "background-image": ["background", "background-color"],
            "inline-size": ["width"], "width": ["inline-size"], "block-size": ["height"], "height": ["block-size"],
            "max-inline-size": ["max-width"], "max-width": ["max-inline-size"],
            "max-block-size": ["max-height"], "max-height": ["max-block-size"],
            "min-inline-size": ["min-width"], "min-width": ["min-inline-size"],
            "min-block-size": ["min-height"], "min-height": ["min-block-size"],
        ]
        let gaps = ["gap", "column-gap", "row-gap", "grid-gap", "grid-column-gap", "grid-row-gap"]
        for gap in gaps { table[gap] = gaps.filter { $0 != gap } }
        for box in ["margin", "padding"] {
            let physical = ["inline-start": "left", "inline-end": "right", "block-start": "top", "block-end": "bottom"]
            for side in ["top", "right", "bottom", "left"] { table["\(box)-\(side)"] = [box] }
            for (logical, side) in physical { table["\(box)-\(logical)"] = [box, "\(box)-\(side)"] }
            table["\(box)-inline"] = [box, "\(box)-left", "\(box)-right"]
            table["\(box)-block"] = [box, "\(box)-top", "\(box)-bottom"]
        }
        return table
    }()

    private static let equivalentTable = NameTable(equivalents)

    /// The name a declaration is recorded under: the property without its vendor prefix.
    static func key(of property: String) -> String { PropertyFeatures.unprefixed(property) ?? property }

    /// Whether a declaration recorded as `key` has a fallback among the earlier `seen` keys of its block.
    static func hasFallback(_ key: String, seen: [String]) -> Bool {
        if seen.isEmpty { return false }
        if seen.contains(where: { $0.hasSameText(as: key) }) { return true }
        guard let others = equivalentTable[key] else { return false }
        for other in others where seen.contains(where: { $0.hasSameText(as: other) }) { return true }
        return false
    }
}
