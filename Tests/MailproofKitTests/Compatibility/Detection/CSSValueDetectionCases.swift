@testable import MailproofKit

extension DetectionTable {
    static let cssValues: [DetectionCase] = [
        // Property:value pairs: the value's feature replaces the property's.
        row("css-display-flex", inline("display:↓flex↓"), not: inline("display:block")),
        row("css-display-flex", inline("display:↓-webkit-inline-flex↓"), not: inline("display:inline-block")),
        row("css-display-grid", inline("display:↓inline-grid↓"), not: inline("display:inline-block")),
        row("css-display-none", inline("display:↓none↓"), not: inline("visibility:hidden")),
        row("css-flex-direction", inline("flex-direction:↓column↓"), not: inline("flex-direction:row")),
        row("css-flex-wrap", inline("flex-wrap:↓wrap↓"), not: inline("flex-wrap:nowrap")),

        // Keywords in any value.
        row("css-unit-initial", inline("color:↓initial↓"), not: inline("color:inherit")),
        row("css-intrinsic-size", inline("width:↓fit-content↓"), also: ["css-width"], not: inline("width:auto")),
        row("css-intrinsic-size", inline("height:↓MAX-CONTENT↓"), also: ["css-height"], not: inline("height:auto")),
        row("css-sytem-ui", inline("font-family:↓system-ui↓, sans-serif"), not: inline("font-family:'system-ui-font'")),

        // Units, on the whole token.
        row("css-unit-px", inline("text-indent:↓2px↓"), also: ["css-text-indent"], not: inline("text-indent:0")),
        row("css-unit-em", inline("text-indent:↓2em↓"), also: ["css-text-indent"], not: inline("text-indent:2rem")),
        row("css-unit-rem", inline("text-indent:↓2REM↓"), also: ["css-text-indent"], not: inline("text-indent:2em")),
        row("css-unit-ex", inline("text-indent:↓2ex↓"), also: ["css-text-indent"], not: inline("text-indent:2em")),
        row("css-unit-ch", inline("text-indent:↓2ch↓"), also: ["css-text-indent"], not: inline("text-indent:2em")),
        row("css-unit-vw", inline("text-indent:↓2vw↓"), also: ["css-text-indent"], not: inline("text-indent:2vh")),
        row("css-unit-vh", inline("text-indent:↓2vh↓"), also: ["css-text-indent"], not: inline("text-indent:2vw")),
        row("css-unit-vmin", inline("text-indent:↓2vmin↓"), also: ["css-text-indent"], not: inline("text-indent:2vmax")),
        row("css-unit-vmax", inline("text-indent:↓2vmax↓"), also: ["css-text-indent"], not: inline("text-indent:2vmin")),
        row("css-unit-cm", inline("text-indent:↓2cm↓"), also: ["css-text-indent"], not: inline("text-indent:2mm")),
        row("css-unit-mm", inline("text-indent:↓2mm↓"), also: ["css-text-indent"], not: inline("text-indent:2cm")),
        row("css-unit-in", inline("text-indent:↓2in↓"), also: ["css-text-indent"], not: inline("text-indent:2pt")),
        row("css-unit-pt", inline("text-indent:↓2pt↓"), also: ["css-text-indent"], not: inline("text-indent:2pc")),
        row("css-unit-pc", inline("text-indent:↓2pc↓"), also: ["css-text-indent"], not: inline("text-indent:2pt")),
        row("css-unit-percent", inline("text-indent:↓5%↓"), also: ["css-text-indent"], not: inline("text-indent:5")),

        // Functions, over the whole call.
        row("css-unit-calc", inline("line-height:↓calc(1.2 + 0.1)↓"), also: ["css-line-height"],
            not: inline("line-height:1.3")),
        row("css-variables", inline("↓--brand↓:red"), not: inline("color:red")),
        row("css-variables", inline("color:↓var(--brand, red)↓"), not: inline("color:red")),
        row("css-function-min", inline("line-height:↓min(1.5, 2)↓"), also: ["css-line-height"],
            not: inline("line-height:max(1.5, 2)")),
        row("css-function-max", inline("line-height:↓max(1.5, 2)↓"), also: ["css-line-height"],
            not: inline("line-height:min(1.5, 2)")),
        row("css-function-clamp", inline("line-height:↓clamp(1, 1.5, 2)↓"), also: ["css-line-height"],
            not: inline("line-height:1.5")),
        row("css-function-light-dark", inline("color:↓light-dark(black, white)↓"), not: inline("color:black")),
        row("css-rgb", inline("color:↓rgb(0 0 0)↓"), not: inline("color:rgba(0, 0, 0, 0.5)")),
        row("css-rgba", inline("color:↓RGBA(0, 0, 0, 0.5)↓"), not: inline("color:rgb(0 0 0)")),
        row("css-modern-color", inline("color:↓oklch(0.7 0.1 200)↓"), not: inline("color:#336699")),
        row("css-linear-gradient", inline("background-image:↓linear-gradient(red, blue)↓"),
            also: ["css-background-image"], not: inline("background-image:radial-gradient(red, blue)")),
        row("css-linear-gradient", inline("background-image:↓-webkit-linear-gradient(top, red, blue)↓"),
            also: ["css-background-image"], not: inline("background-image:none")),
        row("css-radial-gradient", inline("background-image:↓radial-gradient(red, blue)↓"),
            also: ["css-background-image"], not: inline("background-image:conic-gradient(red, blue)")),
        row("css-conic-gradient", inline("background-image:↓conic-gradient(red, blue)↓"),
            also: ["css-background-image"], not: inline("background-image:linear-gradient(red, blue)")),

        row("css-important", inline("color:red ↓!important↓"), not: inline("color:red")),
        row("css-comments", inline("↓/* brand */↓color:red"), not: inline("color:red")),
        row("css-comments", sheet("↓/* brand */↓"), also: ["html-style"], not: sheet("")),
    ]
}
