/// An immutable table from ASCII names to values, looked up from a name's bytes.
///
/// Detection and the text appearance look up every tag, attribute, property, unit and keyword name of a document
/// in fixed tables. A `Dictionary<String, …>` runs SipHash over each name and often needs a `String` built from the
/// source bytes first; this table hashes the bytes in place (FNV-1a, ASCII case folded on request) and compares
/// them with the stored key. It is made from a dictionary, which stays the source of truth.
struct NameTable<Value: Sendable>: Sendable {
    /// Every key's bytes, one after another; key `k` is `keyBytes[keyStarts[k]..<keyStarts[k + 1]]`.
    private let keyBytes: [UInt8]
    private let keyStarts: [Int32]
    private let values: [Value]
    /// Open addressing, linear probing: an index into `values`, or -1 for an empty slot.
    private let slots: [Int32]
    private let mask: Int

    /// Keys must be ASCII without upper-case letters, so that a case-folded look-up can find them. (Built on first
    /// use in every process, so it is kept cheap: the layout follows the dictionary's order, which look-ups do not
    /// depend on.)
    init(_ table: [String: Value]) {
        var keyBytes: [UInt8] = []
        var keyStarts: [Int32] = [0]
        var values: [Value] = []
        keyStarts.reserveCapacity(table.count + 1)
        values.reserveCapacity(table.count)
        var size = 8
        while size < table.count * 2 { size *= 2 }
        var slots = [Int32](repeating: -1, count: size)
        for (key, value) in table {
            let start = keyBytes.count
            keyBytes.append(contentsOf: key.utf8)
            assert(keyBytes[start...].allSatisfy { $0 < 0x80 && !($0 >= 0x41 && $0 <= 0x5A) }, "NameTable key \(key) is not lower-case ASCII")
            var slot = keyBytes.withUnsafeBufferPointer {
                Int(Self.hash($0.baseAddress.map { $0 + start }, keyBytes.count - start, folding: false))
            } & (size - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = Int32(values.count)
            keyStarts.append(Int32(keyBytes.count))
            values.append(value)
        }
        self.keyBytes = keyBytes
        self.keyStarts = keyStarts
        self.values = values
        self.slots = slots
        self.mask = size - 1
    }

    /// The value for exactly `name`.
    subscript(name: String) -> Value? {
        if let found = name.utf8.withContiguousStorageIfAvailable({ find($0.baseAddress, $0.count, folding: false) }) {
            return found
        }
        let bytes = Array(name.utf8)
        return bytes.withUnsafeBufferPointer { find($0.baseAddress, $0.count, folding: false) }
    }

    /// The value for the bytes `p[range]`, ASCII letters compared without case when `folding`.
    func value(_ p: UnsafeBufferPointer<UInt8>, _ range: ByteRange, folding: Bool) -> Value? {
        guard let base = p.baseAddress else { return nil }
        return find(base + range.start, range.length, folding: folding)
    }

    @inline(__always) private static func fold(_ b: UInt8) -> UInt8 { (b >= 0x41 && b <= 0x5A) ? b | 0x20 : b }

    @inline(__always) private static func hash(_ p: UnsafePointer<UInt8>?, _ count: Int, folding: Bool) -> UInt32 {
        var h: UInt32 = 2_166_136_261
        guard let p else { return h }
        for k in 0..<count {
            h = (h ^ UInt32(folding ? fold(p[k]) : p[k])) &* 16_777_619
        }
        return h ^ (h >> 15)
    }

    private func find(_ p: UnsafePointer<UInt8>?, _ count: Int, folding: Bool) -> Value? {
        var slot = Int(Self.hash(p, count, folding: folding)) & mask
        return keyBytes.withUnsafeBufferPointer { keys in
            while true {
                let index = Int(slots[slot])
                if index < 0 { return nil }
                let start = Int(keyStarts[index])
                if Int(keyStarts[index + 1]) - start == count, let p {
                    var same = true
                    for k in 0..<count where (folding ? Self.fold(p[k]) : p[k]) != keys[start + k] {
                        same = false
                        break
                    }
                    if same { return values[index] }
                } else if count == 0, Int(keyStarts[index + 1]) == start {
                    return values[index]
                }
                slot = (slot + 1) & mask
            }
        }
    }
}
