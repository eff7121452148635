import Foundation

/// Loading a database from a file at run time (`--compat-data FILE`, `compatData:` in the configuration).
extension CompatDatabase {
    /// Reads caniemail's API file in either shape, or mailproof's compact encoding (recognised by its first line).
    public init(contentsOf url: URL) throws {
        let bytes: [UInt8]
        do {
            bytes = [UInt8](try Data(contentsOf: url))
        } catch {
            throw CompatDataFileError(path: url.path, reason: "cannot read file (\(error.localizedDescription))")
        }
        do {
            self = try CompatDatabase(data: bytes)
        } catch {
            throw CompatDataFileError(path: url.path, reason: "\(error)")
        }
    }

    /// Decodes caniemail JSON (either shape) or mailproof's compact encoding.
    public init(data bytes: [UInt8]) throws {
        let magic = Array(CompactFormat.magic.utf8)
        if bytes.starts(with: magic) {
            self = try CompatDatabase(compact: String(decoding: bytes, as: UTF8.self))
        } else {
            self = try CaniemailImporter.importData(bytes)
        }
    }
}

/// A compatibility data file that could not be used, naming the file.
struct CompatDataFileError: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): \(reason)" }
}
