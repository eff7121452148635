import Testing
@testable import MailproofKit

/// One row of the detection table: an example that triggers `slug` at the range between its two `↓` marks and,
/// besides it, exactly the `also` features (the ones the example cannot avoid: a `<style>` element, the selector
/// that holds a pseudo-class, the property that holds a unit); and an example that does not trigger `slug`.
struct DetectionCase: Sendable, CustomTestStringConvertible {
    var slug: String
    var triggering: Example
    var also: Set<String>
    var nonTriggering: Example

    var testDescription: String { "\(slug) (line \(triggering.line))" }
}

func row(_ slug: String, _ triggering: String, also: [String] = [], not nonTriggering: String, prefix: Bool = true,
         line: UInt = #line) -> DetectionCase {
    DetectionCase(slug: slug, triggering: Example(triggering, allowsPrefix: prefix, line: line), also: Set(also),
                  nonTriggering: Example(nonTriggering, line: line))
}

/// A `style=""` attribute on `<b>`, which is no caniemail feature itself.
func inline(_ css: String) -> String { "<b style=\"\(css)\">x</b>" }

/// A `<style>` element (which is `html-style`).
func sheet(_ css: String) -> String { "<style>\(css)</style>" }

/// A property row: `declaration` in a `style=""`, marked on its property name; `not` is another declaration.
func property(_ slug: String, _ declaration: String, also: [String] = [], not other: String,
              line: UInt = #line) -> DetectionCase {
    let colon = declaration.firstIndex(of: ":")!
    let marked = "↓" + declaration[..<colon] + "↓" + declaration[colon...]
    return row(slug, inline(marked), also: also, not: inline(other), line: line)
}

enum DetectionTable {
    static let all: [DetectionCase] = html + htmlAttributes + cssProperties + cssValues + cssSelectors + cssAtRules
        + images
}
