import Testing
@testable import MailproofKit

@Suite("Configuration")
struct ConfigurationTests {
    @Test("rules, presets, clients and templating are read")
    func reads() throws {
        let configuration = try Configuration.parse(yaml: """
            extends: strict
            rules:
              no-javascript: off
              css-syntax: warning
              html-parse: { severity: info }
            clients: [default, "gmail.*"]
            templating: [liquid, mailchimp]
            exclude: ["vendor/**"]
            templates: [snippets, /abs/team]
            """, path: "/p/.mailproof.yml")
        #expect(configuration.extends == "strict")
        #expect(configuration.templateFolders == ["/p/snippets", "/abs/team"])
        #expect(configuration.clients == ["default", "gmail.*"])
        #expect(configuration.templating == [.liquid, .mailchimp])
        let rules = try configuration.enabledRules()
        let severities = Dictionary(uniqueKeysWithValues: rules.map { (type(of: $0.rule).description.id, $0.severity) })
        #expect(severities["no-javascript"] == nil)
        #expect(severities["css-syntax"] == .warning)
        #expect(severities["html-parse"] == .info)
        #expect(severities["encoding"] == .error)
        #expect(!configuration.includes(relativePath: "vendor/a/b.html"))
        #expect(configuration.includes(relativePath: "emails/b.html"))
    }

    @Test("option values keep YAML's types; a severity option written off (read as false) turns that level off")
    func optionValues() throws {
        let configuration = try Configuration.parse(yaml: """
            rules:
              client-support: { options: { decoration: off, layout: warning, none: "info" } }
              gmail-clipping: { options: { warnAt: 90_000, errorAt: 1e5 } }
            """, path: "/p/.mailproof.yml")
        var options: [String: RuleOptions] = [:]
        for (id, setting) in configuration.rules {
            if case .on(_, let ruleOptions) = setting { options[id] = ruleOptions }
        }
        #expect(options["client-support"]?.values["decoration"] == .bool(false))
        #expect(options["client-support"]?.values["none"] == .string("info"))
        #expect(options["gmail-clipping"]?.values["warnAt"] == .number(90_000))
        #expect(options["gmail-clipping"]?.values["errorAt"] == .number(100_000))
        #expect(options["client-support"]?.severity("decoration", default: .info) == nil)
        #expect(options["client-support"]?.severity("layout", default: .error) == .warning)
        // The rules accept them: `off` no longer fails as "must be error, warning, info or off".
        let rules = try configuration.enabledRules()
        #expect(rules.contains { type(of: $0.rule).description.id == .clientSupport })
    }

    @Test("errors name the file, line, column and key", arguments: [
        ("colour: red", "/p/.mailproof.yml:1:1: unknown key 'colour' (known: extends, rules, clients, templating, include, exclude, maxFileSize, compatData, esp, kind, templates)"),
        ("rules:\n  no-such-rule: off", "/p/.mailproof.yml:2:3: rules: unknown rule 'no-such-rule' (mailproof rules lists them)"),
        ("rules:\n  html-parse: loud", "/p/.mailproof.yml:2:15: 'loud' is not a rule setting (off, on, info, warning, error)"),
        ("extends: lenient", "/p/.mailproof.yml:1:10: extends: unknown preset 'lenient'; presets: recommended, strict, accessibility, deliverability, kit-template, mailchimp-template, kit-form"),
        ("rules:\n  no-javascript: { options: { x: 1 } }", "/p/.mailproof.yml:2:18: unknown option 'x' (this rule takes no options)"),
        ("templating: [jinja]", "/p/.mailproof.yml:1:13: templating: unknown language 'jinja' (auto, none, liquid, handlebars, mailchimp)"),
    ])
    func errors(yaml: String, expected: String) throws {
        let error = #expect(throws: ConfigurationError.self) {
            let configuration = try Configuration.parse(yaml: yaml, path: "/p/.mailproof.yml")
            _ = try configuration.enabledRules()
        }
        #expect(error?.description == expected)
    }

    @Test("the nearest configuration applies to each file")
    func discovery() throws {
        let directory = try TemporaryDirectory()
        try directory.write(".mailproof.yml", "rules:\n  no-javascript: off\n")
        try directory.write("team/.mailproof.yml", "rules:\n  no-javascript: warning\n")
        let top = try directory.write("a.html", "<script>x()</script>")
        let nested = try directory.write("team/deep/b.html", "<script>x()</script>")
        let resolver = ConfigurationResolver()
        let topFindings = try resolver.resolve(forFile: top).get().linter.lint(SourceFile(path: top, data: Array("<script>x()</script>".utf8)))
        #expect(topFindings.isEmpty)
        let nestedFindings = try resolver.resolve(forFile: nested).get().linter.lint(SourceFile(path: nested, data: Array("<script>x()</script>".utf8)))
        #expect(nestedFindings.map(\.severity) == [.warning])
    }

    @Test("globs", arguments: [
        ("*.html", "a/b/c.html", true), ("emails/**", "emails/x/y.html", true), ("emails/*.html", "emails/x/y.html", false),
        ("**/vendor/**", "a/vendor/b.html", true), ("legacy-?.htm[l]", "legacy-1.html", true), ("a/[!b]*.html", "a/b.html", false),
    ])
    func globs(pattern: String, path: String, matches: Bool) {
        #expect(Glob(pattern).matches(path) == matches)
    }
}

@Suite("esp: and kind: in the configuration")
struct ESPAndKindConfigurationTests {
    @Test("esp: kit masks Liquid and turns on kit-required-tags; esp: mailchimp masks merge tags")
    func espProfile() throws {
        let kit = try Configuration.parse(yaml: "esp: kit", path: "/p/.mailproof.yml")
        #expect(kit.esp == .kit)
        #expect(kit.effectiveTemplateLanguages == [.liquid])
        let mailchimp = try Configuration.parse(yaml: "esp: mailchimp\ntemplating: [liquid]", path: "/p/.mailproof.yml")
        #expect(mailchimp.effectiveTemplateLanguages == [.liquid], "templating: wins over the provider's language")
        #expect(try Configuration.parse(yaml: "", path: "/p/.mailproof.yml").effectiveTemplateLanguages == nil)
    }

    @Test("kind: names what the files are")
    func kind() throws {
        #expect(try Configuration.parse(yaml: "kind: form", path: "/p/.mailproof.yml").kind == .form)
        #expect(try Configuration.parse(yaml: "", path: "/p/.mailproof.yml").kind == nil)
    }

    @Test("unknown providers and kinds are errors naming the value")
    func errors() {
        #expect(throws: ConfigurationError.self) { try Configuration.parse(yaml: "esp: sendgrid", path: "/p/.mailproof.yml") }
        #expect(throws: ConfigurationError.self) { try Configuration.parse(yaml: "kind: newsletter", path: "/p/.mailproof.yml") }
    }
}

@Suite("Configuration template (mailproof init)")
struct ConfigurationTemplateTests {
    @Test("the written template loads, and means the defaults")
    func parses() throws {
        let configuration = try Configuration.parse(yaml: ConfigurationTemplate.text, path: "/repo/.mailproof.yml")
        #expect(configuration.extends == "recommended")
        #expect(configuration.rules.isEmpty)
        #expect(configuration.maxFileSize == Configuration.defaultMaxFileSize)
        #expect(try configuration.enabledRules().map { type(of: $0.rule).description.id } == Configuration().enabledRules().map { type(of: $0.rule).description.id })
    }

    @Test("every rule is listed, and uncommenting any line still loads")
    func everyRule() throws {
        let text = ConfigurationTemplate.text
        for rule in RuleRegistry.all.map({ $0.description }) {
            let commented = text.split(separator: "\n").first { $0.hasPrefix("  # \(rule.id):") }
            #expect(commented != nil, "\(rule.id) missing")
            guard let commented else { continue }
            let enabled = text.split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0 == commented ? "  " + $0.dropFirst(4) : String($0) }.joined(separator: "\n")
            let configuration = try Configuration.parse(yaml: enabled, path: "/repo/.mailproof.yml")
            #expect(configuration.rules.map(\.id) == [rule.id.rawValue])
        }
    }
}
