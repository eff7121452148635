/// CSS function name (lowercase, without `(`) → feature. `url()` is read for image formats instead.
enum FunctionFeatures {
    static let slugs: FeatureTable = [
        "calc": "css-unit-calc", "-webkit-calc": "css-unit-calc", "-moz-calc": "css-unit-calc",
        "var": "css-variables",
        "min": "css-function-min", "max": "css-function-max", "clamp": "css-function-clamp",
        "light-dark": "css-function-light-dark",
        "rgb": "css-rgb", "rgba": "css-rgba",
        "lch": "css-modern-color", "oklch": "css-modern-color", "lab": "css-modern-color", "oklab": "css-modern-color",
        "linear-gradient": "css-linear-gradient", "repeating-linear-gradient": "css-linear-gradient",
        "-webkit-linear-gradient": "css-linear-gradient", "-moz-linear-gradient": "css-linear-gradient",
        "-o-linear-gradient": "css-linear-gradient", "-webkit-repeating-linear-gradient": "css-linear-gradient",
        "radial-gradient": "css-radial-gradient", "repeating-radial-gradient": "css-radial-gradient",
        "-webkit-radial-gradient": "css-radial-gradient", "-moz-radial-gradient": "css-radial-gradient",
        "conic-gradient": "css-conic-gradient", "repeating-conic-gradient": "css-conic-gradient",
        "fit-content": "css-intrinsic-size",
    ]
    static let table = NameTable(slugs: slugs)
}
