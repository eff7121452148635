#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Expands the paths given on the command line into the files to check.
///
/// Named files are always checked; folders are walked recursively for template extensions, skipping hidden
/// folders, `node_modules`, and any folder already visited through a symbolic link (a loop).
struct FileDiscovery {
    public static let defaultExtensions: Set<String> = ["html", "htm", "liquid", "hbs", "handlebars", "tpl"]
    private static let skippedFolders: Set<String> = ["node_modules"]

    public struct Found {
        /// Files in a stable order: as named, and sorted by name within each folder.
        public var files: [DiscoveredFile] = []
        /// One line per path that could not be used.
        public var errors: [String] = []
    }

    public struct DiscoveredFile: Sendable {
        public var path: String
        /// Found by walking a folder (so `include:`/`exclude:` apply) rather than named explicitly.
        public var fromWalk: Bool
    }

    public var extensions: Set<String>

    public init(extensions: Set<String> = FileDiscovery.defaultExtensions) {
        self.extensions = extensions
    }

    public func find(_ paths: [String]) -> Found {
        var found = Found()
        var visited = Set<FileIdentity>()
        for path in paths {
            switch FileReading.kind(of: path) {
            case .file:
                found.files.append(DiscoveredFile(path: path, fromWalk: false))
            case .directory:
                walk(path, into: &found, visited: &visited)
            case .missing:
                var info = stat()
                found.errors.append(lstat(path, &info) == 0 ? "\(path): broken symbolic link" : "\(path): no such file or directory")
            case .other:
                found.errors.append("\(path): not a regular file or folder")
            }
        }
        return found
    }

    private func walk(_ directory: String, into found: inout Found, visited: inout Set<FileIdentity>) {
        // Walk with an explicit stack: deep trees must not overflow the call stack.
        var pending = [directory]
        while let folder = pending.popLast() {
            guard let identity = FileIdentity(path: folder), visited.insert(identity).inserted else { continue }
            let entries: [FileReading.DirectoryEntry]
            do {
                entries = try FileReading.typedDirectoryEntries(folder)
            } catch {
                found.errors.append("\(error)") // "folder: reason", as SourceError says it
                continue
            }
            var subfolders: [String] = []
            for entry in entries {
                let name = entry.name
                // A plain file of another extension needs no path and no look-up at all.
                if entry.kind == .file, !extensions.contains(PathName.fileExtension(of: name)) { continue }
                let path = PathName.join(folder, name)
                switch entry.kind ?? FileReading.kind(of: path) {
                case .directory:
                    if !name.hasPrefix("."), !Self.skippedFolders.contains(name) { subfolders.append(path) }
                case .file:
                    if entry.kind == .file || extensions.contains(PathName.fileExtension(of: name)) {
                        found.files.append(DiscoveredFile(path: path, fromWalk: true))
                    }
                case .missing, .other:
                    continue
                }
            }
            // Reversed so that popping visits subfolders in sorted order.
            pending.append(contentsOf: subfolders.reversed())
        }
    }
}

/// A file's device and inode: the same folder reached through a symbolic link has the same identity.
struct FileIdentity: Hashable {
    var device: UInt64
    var inode: UInt64

    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }
}
