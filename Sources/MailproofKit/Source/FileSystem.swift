#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading files and walking folders with the C library: no Foundation on the hot path, and errors that say
/// what went wrong in one line.
public enum FileReading {
    /// Reads a whole file. `limit` guards against reading a huge file by mistake.
    public static func readBytes(_ path: String, limit: Int = .max) throws -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw SourceError.unreadable(path: path, reason: systemError()) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw SourceError.unreadable(path: path, reason: systemError()) }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw SourceError.unreadable(path: path, reason: "is a directory") }
        let expected = Int(info.st_size)
        if expected > limit { throw SourceError.tooLarge(path: path, size: expected, limit: limit) }
        return try readAll(descriptor, path: path, limit: limit, expected: expected)
    }

    /// Reads a descriptor to its end, refusing more than `limit` bytes.
    static func readAll(_ descriptor: Int32, path: String, limit: Int, expected: Int = 0) throws -> [UInt8] {
        // Straight into the result, one byte more than the expected size so that reaching the end is seen: no
        // zeroed chunk to copy from (a 64 KB one cost every small file a memset and sixteen fresh pages).
        var bytes = try [UInt8](unsafeUninitializedCapacity: max(expected, 0) + 1) { buffer, initialized in
            initialized = 0
            while initialized < buffer.count {
                let count = read(descriptor, buffer.baseAddress! + initialized, buffer.count - initialized)
                if count < 0 {
                    if errno == EINTR { continue }
                    throw SourceError.unreadable(path: path, reason: systemError())
                }
                if count == 0 { break }
                initialized += count
            }
        }
        if bytes.count > limit { throw SourceError.tooLarge(path: path, size: bytes.count, limit: limit) }
        // Short of the extra byte: the end was reached.
        if bytes.count <= max(expected, 0) { return bytes }
        // Longer than expected (a pipe, or a file that grew): the rest in chunks.
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw SourceError.unreadable(path: path, reason: systemError())
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
            if bytes.count > limit { throw SourceError.tooLarge(path: path, size: bytes.count, limit: limit) }
        }
        return bytes
    }

    public static func readText(_ path: String) throws -> String {
        String(decoding: try readBytes(path), as: UTF8.self)
    }

    /// Reads all of standard input.
    public static func readStandardInput(limit: Int = .max) throws -> [UInt8] {
        try readAll(STDIN_FILENO, path: "<stdin>", limit: limit)
    }

    static func systemError() -> String { String(cString: strerror(errno)) }

    public enum Kind { case file, directory, missing, other }

    /// The names in a folder (not `.` and `..`), sorted.
    public static func directoryEntries(_ folder: String) throws -> [String] {
        try typedDirectoryEntries(folder).map(\.name)
    }

    /// An entry of a folder with what the folder itself says it is, when it says: a plain file or a folder is
    /// known without a `stat` per entry (most of a walk's system calls); a symbolic link, or an entry of a file
    /// system that does not say, is nil, and its kind has to be looked up by following it.
    public struct DirectoryEntry {
        public var name: String
        public var kind: Kind?
    }

    /// The entries of a folder (not `.` and `..`), sorted by name.
    public static func typedDirectoryEntries(_ folder: String) throws -> [DirectoryEntry] {
        guard let handle = opendir(folder) else { throw SourceError.unreadable(path: folder, reason: systemError()) }
        defer { closedir(handle) }
        var entries: [DirectoryEntry] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
            }
            guard name != ".", name != ".." else { continue }
            let kind: Kind? = switch Int32(entry.pointee.d_type) {
            case Int32(DT_REG): .file
            case Int32(DT_DIR): .directory
            case Int32(DT_LNK), Int32(DT_UNKNOWN): nil
            default: .other
            }
            entries.append(DirectoryEntry(name: name, kind: kind))
        }
        return entries.sorted { $0.name < $1.name }
    }

    /// What is at `path`, following symbolic links.
    public static func kind(of path: String) -> Kind {
        var info = stat()
        guard stat(path, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        default: return .other
        }
    }
}

/// Path-string helpers (POSIX paths).
public enum PathName {
    public static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    public static func fileName(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    public static func join(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }

    public static func fileExtension(of path: String) -> String {
        let name = fileName(of: path)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }

    /// An absolute, `.`/`..`-free form of `path`, relative to the working directory when it is relative.
    public static func absolute(_ path: String) -> String {
        var base = path
        if !path.hasPrefix("/") {
            // getcwd(NULL, 0) allocates what the name needs: a PATH_MAX buffer was zeroed for every file.
            var cwd = "."
            if let pointer = getcwd(nil, 0) {
                cwd = String(cString: pointer)
                free(pointer)
            }
            base = join(cwd, path)
        }
        // Split on bytes, in one pass over the contiguous UTF-8: a path is bytes to the system, and `/` is one byte in
        // UTF-8 (splitting a String walks characters, a fifth of the cost of reading a small file).
        return base.withUTF8 { bytes in
            var result = [UInt8]()
            result.reserveCapacity(bytes.count + 1)
            // Where each kept part's `/` is in `result`, so that `..` can drop the last one.
            var partStarts: [Int] = []
            var i = 0
            while i < bytes.count {
                while i < bytes.count, bytes[i] == 0x2F /* / */ { i += 1 }
                let start = i
                while i < bytes.count, bytes[i] != 0x2F { i += 1 }
                let length = i - start
                if length == 0 { break }
                if length == 1, bytes[start] == 0x2E /* . */ { continue }
                if length == 2, bytes[start] == 0x2E, bytes[start + 1] == 0x2E {
                    if let last = partStarts.popLast() { result.removeSubrange(last...) }
                    continue
                }
                partStarts.append(result.count)
                result.append(0x2F)
                result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
            }
            if result.isEmpty { result.append(0x2F) }
            return String(decoding: result, as: UTF8.self)
        }
    }

    /// `path` relative to `directory` when it lies inside it; otherwise `path` unchanged.
    public static func relative(_ path: String, to directory: String) -> String {
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}
