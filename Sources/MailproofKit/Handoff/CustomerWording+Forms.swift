extension CustomerWording {
    private static let visitors = "everyone who fills in the form"

    static let forForms: [String: CustomerWording] = [
        "form-action": CustomerWording(
            problem: "The form sends sign-ups to the wrong address",
            why: "If the form's destination is missing, insecure or not your email provider's, nobody gets subscribed and the sign-ups are lost.",
            action: "Copy the form's embed code again from your email provider, or fix the form's `action` address as shown.",
            affects: visitors),
        "form-method": CustomerWording(
            problem: "The form sends its data the wrong way",
            why: "Email providers only accept sign-ups sent with `method=\"post\"`; otherwise the address ends up in the page's web address and nobody is subscribed.",
            action: "Add `method=\"post\"` to the form.",
            affects: visitors),
        "form-email-field": CustomerWording(
            problem: "The email field is not set up the way it should be",
            why: "The wrong field name means your provider never receives the address; without the email type and autofill, phones show the wrong keyboard and cannot fill in the address.",
            action: "Use an email field named as your provider expects, with `type=\"email\"`, `required` and `autocomplete=\"email\"`.",
            affects: visitors),
        "form-field-names": CustomerWording(
            problem: "Some form fields have names your email provider does not recognise",
            why: "Fields with unexpected names are dropped, so first names, tags or other details never reach your subscriber list.",
            action: "Rename the fields as shown, or copy the form's embed code again from your provider.",
            affects: visitors),
        "form-label": CustomerWording(
            problem: "Some form fields have no label",
            why: "Screen readers announce an unlabelled field as just \"edit text\", so blind visitors do not know what to type.",
            action: "Give each field a visible `<label>`, or at least an `aria-label`.",
            affects: "screen reader users"),
        "form-placeholder-label": CustomerWording(
            problem: "Some form fields are labelled only by their grey hint text",
            why: "The hint disappears as soon as someone starts typing, and many screen readers skip it.",
            action: "Add a visible label, or an `aria-label` with the same words as the hint.",
            affects: "screen reader users and anyone who forgets what the field was for"),
        "form-submit": CustomerWording(
            problem: "The form has no clear sign-up button",
            why: "Without a button with text, visitors (and screen readers) cannot tell how to send the form.",
            action: "Add a `<button type=\"submit\">` with words like \"Subscribe\".",
            affects: visitors),
        "form-honeypot": CustomerWording(
            problem: "The form's protection against spam sign-ups is missing or visible",
            why: "Your provider uses a hidden field to catch bots; without it your list fills with fake sign-ups, and if it shows, real visitors get confused.",
            action: "Copy the form's embed code again from your provider, keeping the hidden field as it is.",
            affects: "your subscriber list"),
        "form-options-json": CustomerWording(
            problem: "The form's settings are damaged",
            why: "Kit reads the form's settings (success message, redirect) from this code; damaged settings make the form fall back to defaults or stop working.",
            action: "Copy the form's embed code again from Kit instead of editing the settings by hand.",
            affects: visitors),
        "form-nesting": CustomerWording(
            problem: "Forms are placed inside each other or share an id",
            why: "Browsers do not allow a form inside a form, so one of them will not send; shared ids make labels point at the wrong field.",
            action: "Keep each form separate and give every form and field its own id.",
            affects: visitors),
        "form-inline-js": CustomerWording(
            problem: "The form runs custom scripts",
            why: "Scripts attached to the form can stop it from sending, and many website builders strip them.",
            action: "Remove the `onsubmit`/`onclick` code unless your provider's instructions include it.",
            affects: visitors),
        "form-in-email": CustomerWording(
            problem: "The email contains a form",
            why: "Forms do not work in most email apps: they are removed, or submitting them does nothing.",
            action: "Replace the form with a button that links to your sign-up page (our corrected version does this; put in your page's address).",
            affects: "Gmail, Outlook and most email apps"),
    ]
}
