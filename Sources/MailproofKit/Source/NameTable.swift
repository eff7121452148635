/// An immutable table from ASCII names to values, looked up from a name's bytes.
///
/// Detection and the text appearance look up every tag, attribute, property, unit and keyword name of a document
/// in fixed tables. A `Dictionary<String, …>` runs SipHash over each name and often needs a `String` built from the
/// source bytes first; this table hashes the bytes in place and compares them with the stored key, ASCII case
/// folded on request. The hash reads the length and the first and last eight bytes (two loads, whatever the
/// length), with bit 5 of every byte set so that a name hashes the same in any case; probing compares whole
/// names. It is made from a dictionary or from a list of pairs (the detection tables), which stays the source
/// of truth.
struct NameTable<Value: Sendable>: Sendable {
    /// Every key's bytes, one after another.
    private let keyBytes: [UInt8]
    private let values: [Value]
    /// Open addressing, linear probing. A used slot packs where its key starts in `keyBytes` (high 32 bits), the
    /// key's length (16 bits) and its index in `values` (low 16 bits), so that one load tells a probe whether the
    /// length matches; an empty slot is `Self.empty`.
    private let slots: [UInt64]
    private let mask: Int

    private static var empty: UInt64 { .max }

    /// Keys must be ASCII without upper-case letters, so that a case-folded look-up can find them. (Built on first
    /// use in every process, so it is kept cheap: the layout follows the source's order, which look-ups do not
    /// depend on.)
    init(_ table: [String: Value]) {
        self.init(pairs: table.lazy.map { ($0.key, $0.value) }, count: table.count)
    }

    /// A table of names listed in pairs, as detection tables are written; a name listed twice is a mistake in the
    /// list and stops the program (the tests build every table).
    init<Pairs: Collection>(pairs: Pairs) where Pairs.Element == (String, Value) {
        self.init(pairs: pairs, count: pairs.count)
    }

    private init<Pairs: Sequence>(pairs: Pairs, count: Int) where Pairs.Element == (String, Value) {
        precondition(count < 0xFFFF, "NameTable holds fewer than 65,535 names")
        var keyBytes: [UInt8] = []
        var values: [Value] = []
        values.reserveCapacity(count)
        var size = 8
        while size < count * 2 { size *= 2 }
        var slots = [UInt64](repeating: Self.empty, count: size)
        for (key, value) in pairs {
            let start = keyBytes.count
            keyBytes.append(contentsOf: key.utf8)
            let length = keyBytes.count - start
            precondition(length < 0xFFFF && keyBytes.count < Int(UInt32.max), "NameTable key too long")
            assert(keyBytes[start...].allSatisfy { $0 < 0x80 && !($0 >= 0x41 && $0 <= 0x5A) }, "NameTable key \(key) is not lower-case ASCII")
            keyBytes.withUnsafeBufferPointer { keys in
                let key = keys.baseAddress.map { $0 + start }
                var slot = Self.hash(key, length) & (size - 1)
                while slots[slot] != Self.empty {
                    let entry = slots[slot]
                    let sameLength = Int((entry >> 16) & 0xFFFF) == length
                    precondition(!sameLength || length > 0 && !Self.equal(keys.baseAddress! + Int(entry >> 32), key!, length),
                                 "NameTable key '\(String(decoding: keys[start...], as: UTF8.self))' listed twice")
                    slot = (slot + 1) & (size - 1)
                }
                slots[slot] = UInt64(start) << 32 | UInt64(length) << 16 | UInt64(values.count)
            }
            values.append(value)
        }
        self.keyBytes = keyBytes
        self.values = values
        self.slots = slots
        self.mask = size - 1
    }

    /// The value for exactly `name`.
    subscript(name: String) -> Value? {
        withUTF8Bytes(of: name) { find($0.baseAddress, $0.count, folding: false) }
    }

    /// The value for the bytes `p[range]`, ASCII letters compared without case when `folding`.
    func value(_ p: UnsafeBufferPointer<UInt8>, _ range: ByteRange, folding: Bool) -> Value? {
        guard let base = p.baseAddress else { return nil }
        return find(base + range.start, range.length, folding: folding)
    }

    @inline(__always) private static func fold(_ b: UInt8) -> UInt8 { (b >= 0x41 && b <= 0x5A) ? b | 0x20 : b }

    /// Reads at most eight bytes from each end, with loads rather than a loop over the bytes: names are short, and
    /// every tag, attribute, property and keyword of a file is looked up.
    @inline(__always) fileprivate static func hash(_ p: UnsafePointer<UInt8>?, _ count: Int) -> Int {
        var first: UInt64 = 0
        var last: UInt64 = 0
        if let p {
            let raw = UnsafeRawPointer(p)
            if count >= 8 {
                first = raw.loadUnaligned(as: UInt64.self)
                last = raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
            } else if count >= 4 {
                first = UInt64(raw.loadUnaligned(as: UInt32.self))
                last = UInt64(raw.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self))
            } else if count > 0 {
                first = UInt64(p[0]) | UInt64(p[count >> 1]) << 8 | UInt64(p[count - 1]) << 16
            }
        }
        // Bit 5 set in every byte: `A` and `a` hash alike (so do a few other pairs, which the comparison tells
        // apart).
        first |= 0x2020_2020_2020_2020
        last |= 0x2020_2020_2020_2020
        var h = ((first &+ UInt64(count)) &* 0x9E37_79B9_7F4A_7C15) ^ (last &* 0xC2B2_AE3D_27D4_EB4F)
        h ^= h >> 32
        return Int(truncatingIfNeeded: h)
    }

    /// Eight bytes at a time, then the rest.
    @inline(__always) private static func equal(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        var k = 0
        while k + 8 <= count {
            if UnsafeRawPointer(a + k).loadUnaligned(as: UInt64.self) != UnsafeRawPointer(b + k).loadUnaligned(as: UInt64.self) {
                return false
            }
            k += 8
        }
        while k < count {
            if a[k] != b[k] { return false }
            k += 1
        }
        return true
    }

    /// `a` with its ASCII letters lower-cased against the lower-case key `b`.
    @inline(__always) private static func equalFolding(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        for k in 0..<count where fold(a[k]) != b[k] { return false }
        return true
    }

    private func find(_ p: UnsafePointer<UInt8>?, _ count: Int, folding: Bool) -> Value? {
        var slot = Self.hash(p, count) & mask
        let wanted = UInt64(truncatingIfNeeded: count)
        let index: Int? = slots.withUnsafeBufferPointer { slots in
            keyBytes.withUnsafeBufferPointer { keys in
                while true {
                    let entry = slots[slot]
                    if entry == Self.empty { return nil }
                    if (entry >> 16) & 0xFFFF == wanted {
                        if count == 0 { return Int(entry & 0xFFFF) }
                        if let p, let key = keys.baseAddress.map({ $0 + Int(entry >> 32) }),
                           folding ? Self.equalFolding(p, key, count) : Self.equal(p, key, count) {
                            return Int(entry & 0xFFFF)
                        }
                    }
                    slot = (slot + 1) & mask
                }
            }
        }
        return index.map { values[$0] }
    }
}

/// A fixed set of ASCII names, tested from a name's bytes (see `NameTable`): the element, attribute and property
/// names that rules test every element or declaration against.
struct NameSet: Sendable, ExpressibleByArrayLiteral {
    private let table: NameTable<Bool>

    init(_ names: some Sequence<String>) {
        table = NameTable(Dictionary(names.map { ($0, true) }, uniquingKeysWith: { first, _ in first }))
    }

    init(arrayLiteral names: String...) { self.init(names) }

    func contains(_ name: String) -> Bool { table[name] != nil }

    /// Whether the bytes `p[range]` are one of the names, ASCII letters compared without case when `folding`.
    func contains(_ p: UnsafeBufferPointer<UInt8>, _ range: ByteRange, folding: Bool) -> Bool {
        table.value(p, range, folding: folding) != nil
    }
}

/// A growing map from names to values with `NameTable`'s hash, for names met while reading one file (the
/// properties of its rules, the classes of its elements): no table of every possible name to build first, no
/// SipHash per look-up. A name is found by its bytes' hash, then compared as a `String` (equal bytes, in the
/// common case, are decided without a call): two spellings of `é`, composed and decomposed, hash apart and so are
/// two names, as a browser tells class names and ids apart, and as `AncestorFilter` does.
struct NameMap<Value> {
    private var names: [String] = []
    private var values: [Value] = []
    /// Open addressing, linear probing: an index into `names`, or -1 for an empty slot.
    private var slots = [Int32](repeating: -1, count: 64)

    var isEmpty: Bool { names.isEmpty }

    subscript(name: String) -> Value? {
        index(of: name, hash: Self.hash(name)).map { values[$0] }
    }

    /// Changes the value of `name` in place, adding `initial` first when it has none.
    mutating func update(_ name: String, initial: @autoclosure () -> Value, _ change: (inout Value) -> Void) {
        let hash = Self.hash(name)
        if let index = index(of: name, hash: hash) {
            change(&values[index])
            return
        }
        var value = initial()
        change(&value)
        insert(value, for: name, hash: hash)
    }

    private func index(of name: String, hash: Int) -> Int? {
        var slot = hash & (slots.count - 1)
        while true {
            let index = Int(slots[slot])
            if index < 0 { return nil }
            if names[index] == name { return index }
            slot = (slot + 1) & (slots.count - 1)
        }
    }

    /// Adds `name`, which must not be in the map yet.
    mutating func insert(_ value: Value, for name: String) {
        insert(value, for: name, hash: Self.hash(name))
    }

    private mutating func insert(_ value: Value, for name: String, hash: Int) {
        if (names.count + 1) * 2 > slots.count {
            slots = [Int32](repeating: -1, count: slots.count * 2)
            for (index, known) in names.enumerated() { place(Int32(index), hash: Self.hash(known)) }
        }
        place(Int32(names.count), hash: hash)
        names.append(name)
        values.append(value)
    }

    private mutating func place(_ index: Int32, hash: Int) {
        var slot = hash & (slots.count - 1)
        while slots[slot] >= 0 { slot = (slot + 1) & (slots.count - 1) }
        slots[slot] = index
    }

    private static func hash(_ name: String) -> Int {
        withUTF8Bytes(of: name) { NameTable<Bool>.hash($0.baseAddress, $0.count) }
    }
}

/// A name's UTF-8 bytes in place (a copy only for a string without contiguous UTF-8, such as a bridged one).
@inline(__always) private func withUTF8Bytes<R>(of name: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    if let result = name.utf8.withContiguousStorageIfAvailable(body) { return result }
    return Array(name.utf8).withUnsafeBufferPointer(body)
}
