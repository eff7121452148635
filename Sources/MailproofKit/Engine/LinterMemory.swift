import Foundation

/// What rules may keep between the files one linter checks: answers that depend only on the linter's settings
/// and the rule's options (caniemail's verdict on a feature for the target clients, the message that says so),
/// which every file of a batch would otherwise work out again. One linter checks files on several threads at
/// once, so each kept value is a lock-guarded object; a rule fetches its own once per file and keeps what it
/// reads from it in its per-file state, so the lock is taken once per distinct question, not once per use.
public final class LinterMemory: @unchecked Sendable {
    private let lock = NSLock()
    private var kept: [ObjectIdentifier: AnyObject] = [:]

    public init() {}

    /// The one `Kept` of this linter, made on first use.
    func kept<Kept: AnyObject>(_ type: Kept.Type, make: () -> Kept) -> Kept {
        lock.lock()
        defer { lock.unlock() }
        if let value = kept[ObjectIdentifier(type)] { return value as! Kept }
        let value = make()
        kept[ObjectIdentifier(type)] = value
        return value
    }
}

/// An array several threads read and fill, by small-number keys (a feature's `FeatureID.index` and what is asked
/// of it): a lock around each access, no hashing. Values are computed outside the lock (two threads may both
/// compute a missing one; they compute the same value).
final class SharedSlots<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Value?]

    init(count: Int) { values = Array(repeating: nil, count: count) }

    func value(_ slot: Int, orMake make: () -> Value) -> Value {
        lock.lock()
        let known = values[slot]
        lock.unlock()
        if let known { return known }
        let value = make()
        lock.lock()
        values[slot] = value
        lock.unlock()
        return value
    }
}
