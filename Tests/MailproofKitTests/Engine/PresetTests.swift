import Foundation
import Testing
@testable import MailproofKit

@Suite("Presets")
struct PresetTests {
    @Test("every preset names only registered rules", arguments: Preset.all.map(\.name))
    func namesRegisteredRules(_ name: String) throws {
        let preset = try #require(Preset.named(name))
        #expect(!preset.rules.isEmpty)
        for id in preset.rules.keys { #expect(RuleRegistry.rule(id: id) != nil, "\(name) names unknown rule \(id)") }
    }

    @Test("every name finds the preset of that name, and every preset has a name")
    func namesFindPresets() throws {
        #expect(Preset.all.count == Preset.names.count)
        for name in Preset.names { #expect(Preset.named(name)?.name == name) }
        #expect(Preset.named("recommendedx") == nil)
    }

    @Test("recommended leaves opt-in rules off; the provider presets turn their required tags on")
    func providerPresets() throws {
        #expect(Preset.recommended.rules["kit-required-tags"] == nil)
        #expect(Preset.recommended.rules["mailchimp-required-tags"] == nil)
        #expect(try #require(Preset.named("kit-template")).rules["kit-required-tags"] == .error)
        #expect(try #require(Preset.named("mailchimp-template")).rules["mailchimp-required-tags"] == .error)
        #expect(try #require(Preset.named("strict")).rules["kit-required-tags"] == .error)
    }

    @Test("accessibility is an audit: accessibility checks, no compatibility or deliverability noise")
    func accessibility() throws {
        let preset = try #require(Preset.named("accessibility"))
        for rule in RuleRegistry.all where rule.description.category == .accessibility {
            #expect(preset.rules[rule.description.id] != nil, "accessibility preset misses \(rule.description.id)")
        }
        #expect(preset.rules["client-support"] == nil)
        #expect(preset.rules["gmail-clipping"] == nil)
    }

    @Test("esp: kit turns kit-required-tags on over any preset")
    func espTurnsRequiredTagsOn() throws {
        let configuration = try Configuration.parse(yaml: "extends: accessibility\nesp: kit", path: "/p/.mailproof.yml")
        let ids = try configuration.enabledRules().map { type(of: $0.rule).description.id }
        #expect(ids.contains("kit-required-tags"))
        #expect(!ids.contains("mailchimp-required-tags"))
    }

    @Test("the README documents every preset")
    func documented() throws {
        let readme = try String(contentsOfFile: fixturesDirectory + "/../README.md", encoding: .utf8)
        for preset in Preset.all { #expect(readme.contains("`\(preset.name)`"), "README does not mention preset \(preset.name)") }
    }
}
