#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Replaces a file's content so that, whatever happens (a crash, a full disk, a kill), the file holds either
/// its old bytes or its new bytes: write a temporary file in the same folder, flush it to disk, give it the
/// original's permissions, then rename it over the original (atomic on POSIX file systems).
public enum AtomicWriter {
    public enum Failure: Error, CustomStringConvertible, Equatable {
        /// The file is no longer what was read and checked; writing would lose someone's change.
        case changedSinceRead(path: String)
        case io(path: String, reason: String)

        public var description: String {
            switch self {
            case .changedSinceRead(let path): "\(path): changed since it was read; not written (run again)"
            case .io(let path, let reason): "\(path): not written: \(reason); the original is unchanged"
            }
        }
    }

    /// Writes `bytes` to `path`, provided the file still holds `expected`.
    public static func replace(_ path: String, with bytes: [UInt8], expecting expected: [UInt8]) throws {
        guard let current = try? FileReading.readBytes(path), sameBytes(current, expected) else {
            throw Failure.changedSinceRead(path: path)
        }
        var info = stat()
        guard stat(path, &info) == 0 else { throw Failure.io(path: path, reason: FileReading.systemError()) }
        try save(path, bytes, permissions: info.st_mode & 0o7777)
    }

    /// `==` on two byte arrays compares element by element; memcmp is a tenth of the work on a large template.
    private static func sameBytes(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        guard !a.isEmpty else { return true }
        return a.withUnsafeBytes { a in b.withUnsafeBytes { b in memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0 } }
    }

    /// Faults injected by the tests that show a failed or interrupted write leaves the original intact. The
    /// CLI tests set `MAILPROOF_TEST_WRITE_FAULT` to a raw value; nothing else does.
    enum Fault: String {
        /// The temporary file's write fails half-way with ENOSPC, as on a full disk.
        case diskFull = "disk-full"
        /// Once the temporary file is written and flushed, say so on standard error and wait to be killed,
        /// before the rename.
        case pauseBeforeRename = "pause-before-rename"

        static var fromEnvironment: Fault? { getenv("MAILPROOF_TEST_WRITE_FAULT").flatMap { Fault(rawValue: String(cString: $0)) } }
    }

    /// Writes `bytes` to `path` whatever it held (baselines, reports, configuration and hook files): readers
    /// never see half a file.
    public static func save(_ path: String, _ bytes: [UInt8], permissions: mode_t = 0o644) throws {
        try save(path, bytes, permissions: permissions, fault: Fault.fromEnvironment)
    }

    static func save(_ path: String, _ bytes: [UInt8], permissions: mode_t = 0o644, fault: Fault?) throws {
        var template = Array((PathName.directory(of: path) + "/." + PathName.fileName(of: path) + ".mailproof-XXXXXX").utf8CString)
        let descriptor = mkstemp(&template)
        guard descriptor >= 0 else { throw Failure.io(path: path, reason: FileReading.systemError()) }
        let temporary = String(cString: template)
        var succeeded = false
        defer {
            if !succeeded { unlink(temporary) }
        }
        var written = 0
        while written < bytes.count {
            let count: Int
            if fault == .diskFull, written > 0 || bytes.count < 2 {
                errno = ENOSPC
                count = -1
            } else {
                let chunk = fault == .diskFull ? bytes.count / 2 : bytes.count - written
                count = bytes.withUnsafeBytes { raw in write(descriptor, raw.baseAddress! + written, chunk) }
            }
            if count < 0 {
                if errno == EINTR { continue }
                let reason = FileReading.systemError()
                close(descriptor)
                throw Failure.io(path: path, reason: reason)
            }
            written += count
        }
        guard fchmod(descriptor, permissions) == 0, fsync(descriptor) == 0 else {
            let reason = FileReading.systemError()
            close(descriptor)
            throw Failure.io(path: path, reason: reason)
        }
        close(descriptor)
        if fault == .pauseBeforeRename {
            fputs("mailproof: paused before renaming \(temporary)\n", stderr)
            fflush(stderr)
            while true { pause() }
        }
        guard rename(temporary, path) == 0 else { throw Failure.io(path: path, reason: FileReading.systemError()) }
        succeeded = true
    }
}
