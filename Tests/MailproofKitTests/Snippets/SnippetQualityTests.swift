import Testing
@testable import MailproofKit

/// Every built-in snippet, rendered with its defaults and with random valid values, passes the recommended
/// rules for the default clients with no errors and no warnings, except the findings listed in `disagreements`.
@Suite("snippet quality")
struct SnippetQualityTests {
    /// Findings the rules make on code email developers write on purpose. Each is a place where the rule, not
    /// the snippet, is wrong; listed here so the disagreement stays visible instead of being silenced in output.
    static let disagreements: [(snippet: String?, rule: String, feature: String?, why: String)] = [
        ("button", "client-support", "css-border-radius", "Yahoo's partial support is for elliptical radii; a one-value radius renders"),
    ]

    static func isDisagreement(_ finding: Finding, in snippet: String) -> Bool {
        disagreements.contains { entry in
            (entry.snippet == nil || entry.snippet == snippet) && entry.rule == finding.ruleID.rawValue && entry.feature == finding.feature
        }
    }

    static func problems(_ html: String, snippet: String, ignoring ignored: Set<String> = []) throws -> [String] {
        let linter = Linter(rules: try Configuration().enabledRules())
        return linter.lint(SourceFile(path: "\(snippet).html", text: html))
            .filter { $0.severity >= .warning && !isDisagreement($0, in: snippet) && !ignored.contains($0.ruleID.rawValue) }
            .map { "\($0.ruleID) \($0.start.line):\($0.start.column) \($0.message)" }
    }

    @Test("every snippet with its defaults", arguments: try SnippetCatalogue.builtIn().snippets.map(\.name))
    func defaults(name: String) throws {
        let snippet = try SnippetCatalogue.builtIn().snippet(named: name)
        for annotate in [false, true] {
            let html = try SnippetRenderer.render(snippet, values: [:], annotate: annotate)
            #expect(try Self.problems(html, snippet: name) == [], "annotate: \(annotate)")
        }
    }

    @Test("every snippet with its example values", arguments: try SnippetCatalogue.builtIn().snippets.map(\.name))
    func examples(name: String) throws {
        let snippet = try SnippetCatalogue.builtIn().snippet(named: name)
        #expect(try Self.problems(SnippetRenderer.render(snippet, values: snippet.example), snippet: name) == [])
    }

    @Test("every snippet with random valid values (fixed seed)", arguments: try SnippetCatalogue.builtIn().snippets.map(\.name))
    func randomValues(name: String) throws {
        let snippet = try SnippetCatalogue.builtIn().snippet(named: name)
        var random = SeededRandom(seed: 0x5EED_0000 &+ UInt64(name.utf8.reduce(0) { $0 &* 31 &+ Int($1) }.magnitude))
        for round in 0..<25 {
            let values = RandomSnippetValues.values(for: snippet, using: &random)
            // The generator only makes valid values: if one is rejected, the generator or the validation is wrong.
            let html = try SnippetRenderer.render(snippet, values: values, annotate: round % 2 == 1)
            // Random colours are the customer's choice; color-contrast rightly tells them when a pair is hard to read.
            let problems = try Self.problems(html, snippet: name, ignoring: ["color-contrast"])
            #expect(problems == [], "values: \(values.sorted { $0.key < $1.key })")
            if !problems.isEmpty { break }
        }
    }

    @Test("kit-template keeps Kit's tags: message content exactly once, unsubscribe link, address")
    func kitTemplateTags() throws {
        let snippet = try SnippetCatalogue.builtIn().snippet(named: "kit-template")
        for annotate in [false, true] {
            let html = try SnippetRenderer.render(snippet, values: ["preheader": "Hi"], annotate: annotate)
            #expect(html.components("{{ message_content }}") == 1)
            #expect(html.contains("<a href=\"{{ unsubscribe_url }}\""))
            #expect(html.contains("{{ address }}"))
            #expect(html.contains("<meta name=\"color-scheme\" content=\"light dark\">"))
            #expect(html.contains("<meta name=\"supported-color-schemes\" content=\"light dark\">"))
            #expect(html.contains("lang=\"en\" dir=\"ltr\""))
        }
    }
}

/// Valid values of every kind (http:// URLs are valid too, but insecure-url rightly warns about them), including the awkward ones: quotes, angle brackets, ampersands, non-ASCII text,
/// template tags for URLs, the bounds of numbers, empty optional values.
enum RandomSnippetValues {
    static let texts = ["Buy now", "\"><script>alert(1)</script>", "Tom & Jerry's <b>", "Größe & Übersicht", "日本語のテキスト",
                        "50% off — today only", "a;b}c{d:e/*f*/", "'Open Sans', Arial, sans-serif"]
    static let urls = ["https://example.com/", "https://shop.example.com/sale?utm_source=email&utm_medium=button",
                       "https://example.org/a/b#c", "{{ unsubscribe_url }}", "*|ARCHIVE|*", "{{ page.url }}"]

    static func values(for snippet: Snippet, using random: inout SeededRandom) -> [String: String] {
        var values: [String: String] = [:]
        for parameter in snippet.parameters {
            if parameter.optional, random.next(3) == 0 { values[parameter.name] = ""; continue }
            switch parameter.kind {
            case .color:
                values[parameter.name] = "#" + (0..<6).map { _ in String(random.next(16), radix: 16) }.joined()
            case .url:
                values[parameter.name] = urls[random.next(urls.count)]
            case .px, .int:
                let low = parameter.minimum ?? 0
                let high = parameter.maximum ?? max(low + 100, Int(parameter.defaultValue) ?? 0)
                let number = low + random.next(high - low + 1)
                values[parameter.name] = parameter.kind == .px && random.next(2) == 0 ? "\(number)px" : "\(number)"
            case .enum:
                values[parameter.name] = parameter.choices[random.next(parameter.choices.count)]
            case .bool:
                values[parameter.name] = random.next(2) == 0 ? "true" : "yes"
                if random.next(2) == 0 { values[parameter.name] = "false" }
            case .text:
                // Patterned text (ids, language tags, field lists) keeps its default, which the manifest test validates.
                values[parameter.name] = parameter.pattern == nil ? texts[random.next(texts.count)] : parameter.defaultValue
            }
        }
        // The one rule between parameters: a linked image names its link in alt.
        if snippet.name == "image", values["href"]?.isEmpty == false, values["alt"]?.isEmpty != false { values["alt"] = texts[0] }
        return values
    }
}

/// SplitMix64: the same sequence on every run and platform.
struct SeededRandom {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return Int(z % UInt64(max(bound, 1)))
    }
}

extension String {
    /// How many times `part` occurs.
    func components(_ part: String) -> Int {
        var count = 0
        var rest = Substring(self)
        while let range = rest.range(of: part) {
            count += 1
            rest = rest[range.upperBound...]
        }
        return count
    }
}

@Suite("generated signup forms")
struct GeneratedFormTests {
    @Test("kit-form and mailchimp-form pass the kit-form preset with no findings at all", arguments: ["kit-form", "mailchimp-form"])
    func passKitFormPreset(_ name: String) throws {
        var configuration = Configuration()
        configuration.extends = "kit-form"
        let linter = Linter(rules: try configuration.enabledRules())
        let snippet = try SnippetCatalogue.builtIn().snippet(named: name)
        for values in [[:], snippet.example] {
            let result = linter.check(SourceFile(path: "\(name).html", text: try SnippetRenderer.render(snippet, values: values)))
            #expect(result.kind == .form)
            #expect(result.findings.map { "\($0.ruleID) \($0.start.line):\($0.start.column) \($0.message)" } == [])
        }
    }
}
