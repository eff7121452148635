import Foundation

/// Client lists written as JSON once for the whole run, not once per file: the linter keeps one list per
/// feature, audience and wording across files (`LinterMemory`), so the same arrays come back in file after file.
///
/// Keyed by the array's storage, which the cache retains: while an entry holds the array, no other array can
/// live at that address, so an equal key is the same list. Looked up only when a file meets a list for the first
/// time (the reporter keeps the file's own lists), so the lock is taken a few times per file.
final class ClientListJSON: @unchecked Sendable {
    static let shared = ClientListJSON()

    private let lock = NSLock()
    private var byStorage: [UnsafeRawPointer: (clients: [AffectedClient], json: JSONBytes)] = [:]
    /// Lists made fresh for one file would otherwise pile up: a bound keeps memory flat.
    private let capacity = 512

    func json(for clients: [AffectedClient]) -> JSONBytes {
        guard let key = clients.withUnsafeBufferPointer({ $0.baseAddress.map(UnsafeRawPointer.init) }) else {
            return Self.render(clients)
        }
        lock.lock()
        if let known = byStorage[key] {
            lock.unlock()
            return known.json
        }
        lock.unlock()
        let json = Self.render(clients)
        lock.lock()
        if byStorage.count < capacity { byStorage[key] = (clients, json) }
        lock.unlock()
        return json
    }

    private static func render(_ clients: [AffectedClient]) -> JSONBytes {
        var json = JSONBytes()
        JSONReporter.clients(clients, into: &json)
        return json
    }
}
