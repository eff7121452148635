/// Scanning bytes eight at a time (SWAR): a whole word is skipped when none of its bytes is one being looked for.
enum WordScan {
    static let lowBits: UInt64 = 0x0101_0101_0101_0101
    static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The eight bytes at `offset` (which must leave eight bytes in the buffer), in memory order.
    @inline(__always)
    static func load(_ buffer: UnsafeBufferPointer<UInt8>, _ offset: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(buffer.baseAddress! + offset).loadUnaligned(as: UInt64.self))
    }

    /// Whether any byte of `word` is `byte` (the classic has-zero-byte test on `word` XOR the repeated byte; it
    /// never misses one, and gives no false alarm when asked only whether there is one).
    @inline(__always)
    static func hasByte(_ word: UInt64, _ byte: UInt8) -> Bool {
        let x = word ^ (lowBits &* UInt64(byte))
        return (x &- lowBits) & ~x & highBits != 0
    }
}
