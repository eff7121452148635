/// Why a picture could not be drawn; each is one line for the user.
public enum PreviewPictureError: Error, CustomStringConvertible, Sendable {
    case chromiumMissing
    case timedOut(seconds: Double)
    case chromiumFailed(String)
    case noHeight

    public var description: String {
        switch self {
        case .chromiumMissing:
            return "pictures need headless Chromium, which was not found: install it (Debian/Ubuntu: apt-get install chromium; "
                + "Fedora: dnf install chromium; macOS: brew install --cask chromium) or set MAILPROOF_CHROMIUM to its path"
        case .timedOut(let seconds):
            let shown = seconds >= 1 ? "\(Int(seconds.rounded()))" : "\(seconds)"
            return "Chromium did not finish the picture within \(shown) s (raise it with --timeout)"
        case .chromiumFailed(let message):
            return message
        case .noHeight:
            return "Chromium did not lay the page out (no height measured)"
        }
    }
}
