import Foundation

/// Headless Chromium, found on the machine, run offline with a time limit: the only thing mailproof runs to draw
/// a picture. A template cannot make the machine fetch anything: host names resolve to nothing, the proxy is a
/// closed port, and the page's own Content-Security-Policy allows only data: images.
public struct Chromium: Sendable {
    public var executable: String

    public init(executable: String) {
        self.executable = executable
    }

    /// `MAILPROOF_CHROMIUM`, else `chromium`, `chromium-browser` or `google-chrome` on `PATH`.
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) -> Chromium? {
        if let explicit = environment["MAILPROOF_CHROMIUM"], !explicit.isEmpty {
            return FileManager.default.isExecutableFile(atPath: explicit) ? Chromium(executable: explicit) : nil
        }
        let folders = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":").map(String.init)
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            for folder in folders where FileManager.default.isExecutableFile(atPath: folder + "/" + name) {
                return Chromium(executable: folder + "/" + name)
            }
        }
        return nil
    }

    /// Runs Chromium on a page with `extra` arguments; returns its standard output.
    func run(page: URL, profile: URL, extra: [String], timeout: TimeInterval) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        var arguments = [
            "--headless", "--disable-gpu", "--hide-scrollbars", "--mute-audio", "--no-first-run",
            "--disable-extensions", "--disable-sync", "--disable-background-networking", "--disable-component-update",
            "--disable-default-apps", "--force-device-scale-factor=1", "--default-background-color=ffffffff",
            "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=http://127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
            "--user-data-dir=\(profile.path)", "--virtual-time-budget=5000",
        ]
        // Chromium refuses to start as root with its process sandbox; the page is still sandboxed and offline.
        if getuid() == 0 { arguments.append("--no-sandbox") }
        process.arguments = arguments + extra + [page.absoluteString]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw PreviewPictureError.chromiumFailed("\(executable) could not be started: \(error.localizedDescription)")
        }
        // Read both pipes while it runs, so a chatty Chromium cannot fill one and stall.
        let group = DispatchGroup()
        nonisolated(unsafe) var out = Data()
        nonisolated(unsafe) var err = Data()
        group.enter()
        DispatchQueue.global().async { out = output.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        group.enter()
        DispatchQueue.global().async { err = errors.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        let deadline = DispatchTime.now() + timeout
        if group.wait(timeout: deadline) == .timedOut {
            process.terminate()
            kill(-process.processIdentifier, SIGKILL)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            throw PreviewPictureError.timedOut(seconds: timeout)
        }
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let lastLine = String(decoding: err, as: UTF8.self).split(separator: "\n").last(where: { !$0.contains("dbus") }) ?? ""
            throw PreviewPictureError.chromiumFailed("Chromium exited with status \(process.terminationStatus): \(lastLine)")
        }
        return String(decoding: out, as: UTF8.self)
    }
}
