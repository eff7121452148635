import Testing

/// `mailproof preview` as a user runs it: HTML for one app on standard output or in a file, standard input,
/// --fixed, and one-line errors with exit code 2. Pictures are tested in Tests/pictures, where CI installs Chromium.
@Suite("mailproof preview", .serialized)
struct PreviewCommandTests {
    static let button = """
        <html><body><a href="https://example.com/" style="display:inline-block;border-radius:6px;background:#d9480f;color:#ffffff">Go</a>
        <img src="https://example.com/a.png" width="20" height="20"></body></html>
        """

    @Test("--client prints the preview; the first comment lists what was changed and why; - reads standard input")
    func previewForOneClient() throws {
        let run = try Mailproof.run(["preview", "--client", "outlook.windows", "-"], input: Self.button)
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("<!--\nmailproof preview: an approximation of what Outlook (Windows) (outlook.windows) keeps"))
        #expect(run.stdout.contains("declaration ignored: border-radius (line 1): caniemail css-border-radius"))
        #expect(!run.stdout.contains("border-radius:6px"))
        let apple = try Mailproof.run(["preview", "--client", "apple-mail.ios", "-"], input: Self.button)
        #expect(apple.stdout.hasSuffix(Self.button))
    }

    @Test("-o writes the file; --fixed previews the corrected template; --offline-images draws remote images as boxes")
    func outputFixedAndOffline() throws {
        let scratch = try Scratch()
        let file = scratch.write("t.html", Self.button)
        #expect(try Mailproof.run(["preview", file, "--client", "gmail.desktop-webmail", "-o", scratch.path + "/p.html"]).status == 0)
        #expect(scratch.read("p.html").contains("Gmail (Desktop Webmail)"))
        // fix adds the missing doctype, so the fixed preview has it and the preview as sent does not.
        let fixed = try Mailproof.run(["preview", file, "--client", "gmail.desktop-webmail", "--fixed"])
        #expect(fixed.status == 0)
        #expect(fixed.stdout.contains("-->\n<!DOCTYPE html>\n<html>"))
        #expect(!scratch.read("p.html").contains("<!DOCTYPE html>"))
        #expect(scratch.read("t.html") == Self.button, "the template itself is not touched")
        let offline = try Mailproof.run(["preview", file, "--client", "apple-mail.ios", "--offline-images"])
        #expect(offline.stdout.contains("remote image drawn as a box"))
        #expect(!offline.stdout.contains("<img src=\"https://example.com/a.png\""))
    }

    @Test("usage and input errors are one line with exit code 2")
    func errors() throws {
        let scratch = try Scratch()
        let file = scratch.write("t.html", Self.button)
        for arguments in [["preview", file], ["preview", file, "--client", "nokia.n95"], ["preview", file, "--client", "outlook"],
                          ["preview", file, "--png", scratch.path + "/x.png"], ["preview", file, "--sheet", "s.png", "--client", "outlook.windows"],
                          ["preview", scratch.path + "/missing.html", "--client", "outlook.windows"], ["preview", file, "--client", "outlook.windows", "--width", "50"]] {
            let run = try Mailproof.run(arguments)
            #expect(run.status == 2, "\(arguments)")
            #expect(!run.stderr.isEmpty)
        }
        let unknown = try Mailproof.run(["preview", file, "--client", "nokia.n95"])
        #expect(unknown.stderr == "mailproof: unknown app 'nokia.n95' for --client; run 'mailproof clients' for the ids (e.g. outlook.windows, gmail.desktop-webmail)\n")
        let binary = try Mailproof.run(["preview", Mailproof.root + "/Fixtures/bad-input/image.png.html", "--client", "outlook.windows"])
        #expect(binary.status == 2)
        #expect(binary.stderr.hasPrefix("mailproof: ") && binary.stderr.filter { $0 == "\n" }.count == 1)
    }
}
