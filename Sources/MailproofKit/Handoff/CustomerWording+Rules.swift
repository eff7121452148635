extension CustomerWording {
    private static let everyone = "every email app"

    static let byRule: [String: CustomerWording] = [
        "html-parse": CustomerWording(
            problem: "Some of the HTML code is broken",
            why: "Email apps repair broken code in different ways, so the same email can fall apart in one app and look fine in another.",
            action: "Close the tags we point to (or remove the stray ones) so every opening tag has its closing tag.",
            affects: everyone),
        "css-syntax": CustomerWording(
            problem: "Some of the styling code has typing mistakes",
            why: "An email app that meets a mistake in the styles often skips the rest of that style block, so colours and spacing go missing.",
            action: "Correct the style rules we point to; a missing `;`, `}` or `:` is the usual cause.",
            affects: everyone),
        "encoding": CustomerWording(
            problem: "Some characters are stored in a broken way",
            why: "Readers would see question marks or garbled letters in place of accented letters, quotes or emoji.",
            action: "Save the file as UTF-8 in your editor and paste the text again.",
            affects: everyone),
        "no-javascript": CustomerWording(
            problem: "The email contains scripts",
            why: "Email apps never run scripts, and spam filters treat emails that contain them as suspicious, so they can land in spam.",
            action: "Remove the scripts; for interactive parts, link to a web page instead.",
            affects: everyone),
        "client-support": CustomerWording(
            problem: "Some styles do not work in every email app",
            why: "Those apps ignore it, so that part of the design looks plainer or different there.",
            action: "Preview the email in those apps: if it still reads well, nothing needs to change; otherwise ask us for an email-safe alternative.",
            affects: "the apps listed"),
        "doctype": CustomerWording(
            problem: "The first line of the template is missing",
            why: "Without the `<!DOCTYPE html>` line some email apps fall back to an old display mode and spacing changes.",
            action: "Add `<!DOCTYPE html>` as the very first line.",
            affects: "Outlook, Yahoo Mail and some webmail apps"),
        "meta-charset": CustomerWording(
            problem: "The template does not say which character set it uses",
            why: "Some apps then guess wrong and show accented letters, curly quotes and emoji as garbled text.",
            action: "Add `<meta charset=\"utf-8\">` at the top of the `<head>`.",
            affects: "some webmail and desktop apps"),
        "meta-viewport": CustomerWording(
            problem: "Phones may not size or zoom the email properly",
            why: "Without a proper viewport line, phones shrink the email to unreadable text, or readers cannot zoom in.",
            action: "Use `<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">` and do not block zooming.",
            affects: "phone email apps"),
        "layout-table-role": CustomerWording(
            problem: "Screen readers read the layout as data tables",
            why: "Tables used only for layout are announced as tables (\"table with 3 rows\"), which is confusing for blind readers.",
            action: "Add `role=\"presentation\"` to tables used for layout.",
            affects: "screen reader users in every email app"),
        "table-reset": CustomerWording(
            problem: "Outlook may add gaps between table cells",
            why: "Outlook adds its own spacing and borders to tables that do not switch them off, which opens gaps in the design.",
            action: "Add `cellpadding=\"0\" cellspacing=\"0\" border=\"0\"` to layout tables.",
            affects: "Outlook on Windows"),
        "conditional-comment": CustomerWording(
            problem: "Some Outlook-only code is not fenced off properly",
            why: "Code meant only for Outlook shows up for everyone (or vice versa), often as stray text or doubled buttons.",
            action: "Make every `<!--[if mso]>` have a matching `<![endif]-->`.",
            affects: everyone),
        "vml-namespace": CustomerWording(
            problem: "Outlook-only shapes are missing a declaration",
            why: "Outlook ignores its special shapes (rounded buttons, background images) unless the template declares them.",
            action: "Add the `xmlns:v` and `xmlns:o` declarations to the `<html>` tag.",
            affects: "Outlook on Windows"),
        "duplicate-id": CustomerWording(
            problem: "Two elements share the same id",
            why: "Styles and links that point at that id only reach one of them, so one part looks or behaves differently.",
            action: "Give each element its own id, or remove the ids you do not need.",
            affects: everyone),
        "absolute-urls": CustomerWording(
            problem: "Some links or images use addresses that only work on your computer or website",
            why: "An email has no home website, so short addresses like `/images/logo.png` lead nowhere and images show as broken.",
            action: "Use full addresses starting with `https://`.",
            affects: everyone),
        "insecure-url": CustomerWording(
            problem: "Some links or images use http:// instead of https://",
            why: "Some apps block or warn about insecure images and links, and spam filters count them against you.",
            action: "Change `http://` to `https://` (check that the address still works).",
            affects: "Gmail, Apple Mail and most apps that warn about insecure content"),
        "empty-link": CustomerWording(
            problem: "Some links go nowhere",
            why: "Readers tap them and nothing happens; spam filters also dislike empty links.",
            action: "Add the address each link should open, or remove the link.",
            affects: everyone),
        "link-text": CustomerWording(
            problem: "Some links do not say where they go",
            why: "Screen reader users often jump from link to link; \"click here\" or an empty link tells them nothing.",
            action: "Write link text that says where it leads, like \"Read the full recipe\".",
            affects: "screen reader users in every email app"),
        "img-alt": CustomerWording(
            problem: "Some images have no description",
            why: "Many apps block images until the reader allows them, and screen readers read the file name instead; a description (alt text) keeps the message readable.",
            action: "Add a short description to each content image; decorative images get an empty one (`alt=\"\"`).",
            affects: "Outlook and apps with images turned off, and screen readers"),
        "img-dimensions": CustomerWording(
            problem: "Some images have no width set",
            why: "Outlook shows images at their full original size, which can break the layout.",
            action: "Add a `width` to each image (the width it should appear at, in pixels).",
            affects: "Outlook on Windows"),
        "html-lang": CustomerWording(
            problem: "The template does not say which language it is in",
            why: "Screen readers then read the email with the wrong pronunciation.",
            action: "Add the language to the `<html>` tag, like `<html lang=\"en\">`.",
            affects: "screen reader users"),
        "content-lang-dir": CustomerWording(
            problem: "The content is not marked with its language and reading direction",
            why: "Many email apps remove the `<html>` tag, so the language must also be set on an element around the content for screen readers.",
            action: "Wrap the content in a `<div lang=\"en\" dir=\"ltr\">` (with your language).",
            affects: "screen reader users in Gmail, Outlook.com and other webmail"),
        "title": CustomerWording(
            problem: "The email has no title",
            why: "Screen readers and \"view in browser\" pages show the title; without one they show nothing useful.",
            action: "Add a `<title>` with the email's subject.",
            affects: "screen reader users and browser views"),
        "heading-structure": CustomerWording(
            problem: "The headings are not in order",
            why: "Screen reader users navigate by headings; a missing main heading or a skipped level makes the email hard to follow.",
            action: "Start with one main heading (`<h1>`) and do not skip levels.",
            affects: "screen reader users"),
        "color-contrast": CustomerWording(
            problem: "Some text is hard to read against its background",
            why: "Light text on a light background (or dark on dark) is hard to read for many people, especially on phones in daylight.",
            action: "Darken the text or the background until the contrast is at least 4.5 to 1 (3 to 1 for large headings).",
            affects: "every reader, most of all people with low vision"),
        "vml-alt": CustomerWording(
            problem: "Outlook-only shapes have no description",
            why: "Outlook's buttons and background shapes need their own description for screen readers.",
            action: "Add `alt` text to the Outlook shapes.",
            affects: "screen reader users in Outlook on Windows"),
        "gmail-clipping": CustomerWording(
            problem: "The email is close to or over Gmail's size limit",
            why: "Gmail cuts off emails over about 102 KB and hides the rest, including your unsubscribe link, behind a \"View entire message\" link.",
            action: "Shorten the email or remove unused code and styles.",
            affects: "Gmail"),
        "style-size": CustomerWording(
            problem: "A style block is too large for Gmail",
            why: "Gmail ignores a whole style block over its size limit, so the email loses all those styles.",
            action: "Trim unused styles or split them into smaller blocks.",
            affects: "Gmail"),
        "external-stylesheet": CustomerWording(
            problem: "The design depends on a style file linked from elsewhere",
            why: "Most email apps do not load linked style files, so the email shows up unstyled.",
            action: "Put the styles into the email itself (our inline command can do it).",
            affects: "Gmail, Outlook and most email apps"),
        "dark-mode": CustomerWording(
            problem: "Dark mode styles are not switched on properly",
            why: "Apps only use your dark mode colours when the template says it supports dark mode; otherwise they invert colours their own way.",
            action: "Add `<meta name=\"color-scheme\" content=\"light dark\">` and `<meta name=\"supported-color-schemes\" content=\"light dark\">` to the `<head>`.",
            affects: "Apple Mail and Outlook in dark mode"),
        "preheader": CustomerWording(
            problem: "There is no preview text",
            why: "Inboxes show a line of text after the subject; without preview text they show whatever comes first, like \"View in browser\".",
            action: "Add a hidden preview text at the start of the email.",
            affects: "the inbox list of every email app"),
        "liquid-syntax": CustomerWording(
            problem: "Some personalisation tags are incomplete or mistyped",
            why: "A broken tag stops the email from being sent or prints the raw code to your subscribers.",
            action: "Check the tags we point to: every `{% if %}` needs an `{% endif %}`, and quotes must be straight quotes.",
            affects: "your subscribers (the email may not send)"),
        "handlebars-syntax": CustomerWording(
            problem: "Some personalisation tags are incomplete or mistyped",
            why: "A broken tag stops the email from being sent or prints the raw code to your subscribers.",
            action: "Check the tags we point to: every `{{#if}}` needs its `{{/if}}`.",
            affects: "your subscribers (the email may not send)"),
        "mailchimp-merge-tags": CustomerWording(
            problem: "Some merge tags are incomplete",
            why: "A broken merge tag prints raw code to your subscribers or hides part of the email.",
            action: "Check that every `*|IF:…|*` has its `*|END:IF|*`.",
            affects: "your subscribers"),
        "kit-required-tags": CustomerWording(
            problem: "The template is missing a part Kit needs",
            why: "Kit places each email into the template at `{{ message_content }}`, and the law requires an unsubscribe link and your postal address in every email.",
            action: "Add the missing tags; our corrected version puts a simple footer at the end that you can move.",
            affects: "every email sent with this template"),
        "mailchimp-required-tags": CustomerWording(
            problem: "The template is missing Mailchimp's required footer tags",
            why: "Without an unsubscribe link and your address, Mailchimp adds its own footer, which may clash with your design.",
            action: "Add `*|UNSUB|*` as a link and `*|HTML:LIST_ADDRESS_HTML|*`.",
            affects: "every campaign sent with this template"),
        "outlook-max-width": CustomerWording(
            problem: "Some sections will stretch too wide in Outlook",
            why: "Outlook on Windows ignores maximum widths, so a column meant to be 600px wide spreads across the whole window.",
            action: "Wrap the section in an Outlook-only table with a fixed width (our snippet command makes one).",
            affects: "Outlook on Windows"),
    ]
}
