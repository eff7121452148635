import Testing
@testable import MailproofKit

/// Provider fingerprints, one embed shape per case, written after the embed code each provider generates.
@Suite("Signup form providers")
struct FormProviderTests {
    static let embeds: [(html: String, provider: FormProvider, shape: FormEmbed.Shape)] = [
        ("<form action=\"https://app.convertkit.com/forms/1/subscriptions\" class=\"seva-form formkit-form\" method=\"post\" data-sv-form=\"1\"></form>", .kit, .form),
        ("<form class=\"formkit-form\" data-sv-form=\"1\"></form>", .kit, .form),
        ("<form id=\"ck_subscribe_form\" class=\"ck_subscribe_form\" action=\"https://app.convertkit.com/landing_pages/7/subscribe\"></form>", .kit, .form),
        ("<script async data-uid=\"5a514b27b7\" src=\"https://acme.kit.com/5a514b27b7/index.js\"></script>", .kit, .script),
        ("<script async data-uid=\"5a514b27b7\" src=\"https://acme.ck.page/5a514b27b7/index.js\"></script>", .kit, .script),
        ("<div data-sv-form=\"1\"></div>", .kit, .placeholder),
        ("<form action=\"//acme.us10.list-manage.com/subscribe/post?u=a&amp;id=b\" method=\"post\"></form>", .mailchimp, .form),
        ("<form id=\"mc-embedded-subscribe-form\" method=\"post\"></form>", .mailchimp, .form),
        ("<iframe srcdoc=\"<form action=&quot;//acme.us12.list-manage.com/subscribe/post?u=a&amp;amp;id=b&quot;></form>\"></iframe>", .mailchimp, .frame),
        ("<form action=\"https://assets.mailerlite.com/jsonp/1/forms/2/subscribe\" class=\"ml-block-form\" method=\"post\"></form>", .mailerlite, .form),
        ("<script>(function(w,d,e,u,f,l,n){})(window,document,'script','https://assets.mailerlite.com/js/universal.js','ml');ml('account', '1');</script>", .mailerlite, .script),
        ("<div class=\"ml-embedded\" data-form=\"abc\"></div>", .mailerlite, .placeholder),
        ("<form id=\"sib-form\" method=\"POST\" action=\"https://895bf7c9.sibforms.com/serve/MUIEAD\"></form>", .brevo, .form),
        ("<iframe src=\"https://sibforms.com/serve/MUIEAD\" width=\"540\" height=\"305\"></iframe>", .brevo, .frame),
        ("<form action=\"https://buttondown.com/api/emails/embed-subscribe/acme\" method=\"post\" class=\"embeddable-buttondown-form\"></form>", .buttondown, .form),
        ("<iframe src=\"https://acme.substack.com/embed\" width=\"480\" height=\"320\"></iframe>", .substack, .frame),
        ("<iframe src=\"https://embeds.beehiiv.com/0f1e2d3c\" data-test-id=\"beehiiv-embed\"></iframe>", .beehiiv, .frame),
        ("<script async src=\"https://subscribe-forms.beehiiv.com/v3/loader.js\" data-beehiiv-form=\"abc\"></script>", .beehiiv, .script),
        ("<form action=\"https://www.getrevue.co/profile/acme/add_subscriber\" method=\"post\"></form>", .revue, .form),
        ("<form action=\"https://tinyletter.com/acme\" method=\"post\"></form>", .tinyletter, .form),
        ("<form action=\"/subscribe\" method=\"post\"></form>", .plain, .form),
    ]

    @Test("each provider's embed is recognised with its provider and shape", arguments: embeds.indices)
    func recognised(_ index: Int) {
        let (html, provider, shape) = Self.embeds[index]
        let scan = FormScan(parse(html))
        #expect(scan.embeds.map(\.provider) == [provider], "\(html)")
        #expect(scan.embeds.map(\.shape) == [shape], "\(html)")
        #expect(scan.provider == provider)
        #expect(DocumentKind.infer(parse(html)) == .form)
    }

    @Test("helper scripts, dead code and links to a provider are not embeds")
    func notEmbeds() {
        for html in [
            "<script src=\"https://f.convertkit.com/ckjs/ck.5.js\"></script>",
            "<script src=\"//s3.amazonaws.com/downloads.mailchimp.com/js/mc-validate.js\"></script>",
            "<!-- <form action=\"https://tinyletter.com/acme\" method=\"post\"></form> -->",
            "<noscript><form action=\"https://app.kit.com/forms/1/subscriptions\"></form></noscript>",
            "<template><form action=\"https://app.kit.com/forms/1/subscriptions\"></form></template>",
            "<a href=\"https://kit.com\">Made with Kit</a> <iframe src=\"https://www.youtube.com/embed/x\"></iframe>",
        ] {
            #expect(FormScan(parse(html)).embeds.isEmpty, "\(html)")
            #expect(FormScan(parse(html)).provider == nil)
        }
    }

    @Test("a file's provider is its first known provider; the linter reports it")
    func fileProvider() throws {
        let html = "<form class=\"mail-list-signup\"><input name=\"email\"></form><iframe src=\"https://acme.substack.com/embed\"></iframe>"
        #expect(FormScan(parse(html)).provider == .substack)
        let result = Linter(rules: []).check(SourceFile(path: "f.html", text: html))
        #expect(result.kind == .form && result.provider == .substack)
        #expect(Linter(rules: []).check(SourceFile(path: "e.html", text: "<p>Hi</p>")).provider == nil)
    }
}
