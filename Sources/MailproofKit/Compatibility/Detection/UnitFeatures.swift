/// Dimension unit (lowercase) → feature. Percentages are tokens of their own and map to `css-unit-percent`.
enum UnitFeatures {
    static let slugs: FeatureTable = [
        "px": "css-unit-px", "em": "css-unit-em", "rem": "css-unit-rem", "ex": "css-unit-ex", "ch": "css-unit-ch",
        "vw": "css-unit-vw", "vh": "css-unit-vh", "vmin": "css-unit-vmin", "vmax": "css-unit-vmax",
        "cm": "css-unit-cm", "mm": "css-unit-mm", "in": "css-unit-in", "pt": "css-unit-pt", "pc": "css-unit-pc",
    ]
    static let percent = "css-unit-percent"
    static let percentFeature = FeatureID(percent)
    static let table = NameTable(slugs: slugs)
}
