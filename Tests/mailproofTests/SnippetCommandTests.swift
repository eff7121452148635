import Testing

/// `mailproof snippet`: list, show, render, errors with exit code 2, team folders.
@Suite("mailproof snippet", .serialized)
struct SnippetCommandTests {
    @Test("list prints a table, or JSON with every parameter")
    func list() throws {
        let table = try Mailproof.run(["snippet", "list"])
        #expect(table.status == 0)
        #expect(table.stdout.hasPrefix("snippet "))
        for name in ["button", "background-image", "columns", "container", "preheader", "spacer", "divider", "image",
                     "social-links", "kit-template", "kit-form", "mailchimp-form", "boilerplate"] {
            #expect(table.stdout.contains("\n\(name) "), "\(name)")
        }
        let json = try Mailproof.run(["snippet", "list", "--format", "json"])
        #expect(json.status == 0)
        #expect(json.stdout.contains("{\"name\":\"button\",\"purpose\":"))
        #expect(json.stdout.contains("{\"name\":\"align\",\"type\":\"enum\",\"default\":\"center\",\"description\":\"Alignment in its row\",\"values\":[\"left\",\"center\",\"right\"]}"))
    }

    @Test("show prints parameters, an example command and its output")
    func show() throws {
        let run = try Mailproof.run(["snippet", "show", "button"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("  border_radius  px"))
        #expect(run.stdout.contains("mailproof snippet button --set url=https://shop.example.com/sale --set label='Buy now'"))
        #expect(run.stdout.contains("<v:roundrect"))
    }

    @Test("a snippet with --set values; the label cannot break out")
    func render() throws {
        let run = try Mailproof.run(["snippet", "button", "--set", "url=https://example.com/buy", "--set", "label=\"><script>",
                                     "--set", "background=#e4572e"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("fillcolor=\"#e4572e\""))
        #expect(run.stdout.contains(">&quot;&gt;&lt;script&gt;</a>"))
        #expect(!run.stdout.contains("<script"))
        #expect(run.stderr.isEmpty)
    }

    @Test("--params reads a YAML file; --set overrides it; --annotate adds the comments")
    func params() throws {
        let directory = try Scratch()
        let file = directory.write("p.yml", "label: From file\nbackground: \"#112233\"\nheight: 40px\n")
        let run = try Mailproof.run(["snippet", "button", "--params", file, "--set", "label=From set", "--annotate"])
        #expect(run.status == 0)
        #expect(run.stdout.contains(">From set</a>") && run.stdout.contains("fillcolor=\"#112233\"") && run.stdout.contains("height:40px"))
        #expect(run.stdout.contains("<!-- Bulletproof button."))
    }

    @Test("bad values, unknown parameters and unknown snippets: one line on stderr, exit code 2", arguments: [
        (["snippet", "button", "--set", "background=blue-ish"], "mailproof: background: 'blue-ish' is not a colour"),
        (["snippet", "button", "--set", "url=javascript:alert(1)"], "mailproof: url: 'javascript:alert(1)' is not an absolute http(s) URL"),
        (["snippet", "button", "--set", "height=tall"], "mailproof: height: 'tall' is not a whole number of pixels"),
        (["snippet", "button", "--set", "labl=Hi"], "mailproof: button has no parameter 'labl'"),
        (["snippet", "button", "--set", "label"], "mailproof: --set label: write key=value"),
        (["snippet", "buton"], "mailproof: unknown snippet 'buton'; snippets: background-image, boilerplate, button"),
        (["snippet", "show", "nope"], "mailproof: unknown snippet 'nope'"),
    ])
    func errors(arguments: [String], message: String) throws {
        let run = try Mailproof.run(arguments)
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.hasPrefix(message), "\(run.stderr)")
        #expect(run.stderr.filter { $0 == "\n" }.count == 1)
    }

    @Test("--templates and templates: in .mailproof.yml add and override snippets")
    func teamTemplates() throws {
        let directory = try Scratch()
        directory.write("team/button.mustache", "<a class=\"ours\" href=\"{{url}}\">{{label}}</a>\n")
        directory.write("team/button.yml", "purpose: Our own button\nparameters:\n  - { name: url, type: url, default: \"https://a.test\" }\n  - { name: label, type: text, default: Go }\nexample: { label: Hi }\n")
        directory.write("more/badge.mustache", "<span>{{text}}</span>\n")
        directory.write("more/badge.yml", "purpose: A badge\nparameters:\n  - { name: text, type: text, default: New }\n")
        let flag = try Mailproof.run(["snippet", "button", "--templates", directory.path + "/team", "--set", "label=Hey"])
        #expect(flag.stdout == "<a class=\"ours\" href=\"https://a.test\">Hey</a>\n")
        let config = directory.write(".mailproof.yml", "templates: [more]\n")
        let list = try Mailproof.run(["snippet", "list", "--config", config])
        #expect(list.stdout.contains("\nbadge             A badge (" + directory.path + "/more)\n"))
        let badge = try Mailproof.run(["snippet", "badge", "--config", config])
        #expect(badge.status == 0 && badge.stdout == "<span>New</span>\n")
        directory.write("broken/x.mustache", "{{#open}}")
        directory.write("broken/x.yml", "purpose: Broken\n")
        let broken = try Mailproof.run(["snippet", "x", "--templates", directory.path + "/broken"])
        #expect(broken.status == 2 && broken.stderr.contains("not a valid Mustache template"))
    }
}
