/// Sizes at which Gmail changes what it shows, shared by the rules that warn about them and by the preview that
/// shows their effect.
public enum GmailLimits {
    /// Gmail keeps a `<style>` block up to this size and drops a larger one whole (Google Developers, Gmail CSS
    /// support: "Gmail supports <style> blocks up to 16 KB"; caniemail html-style note #6).
    public static let styleBlockBytes = 16 * 1024
    /// Gmail shows a message's HTML up to about this size and hides the rest behind "[Message clipped]".
    public static let clippingBytes = 102 * 1024
}
