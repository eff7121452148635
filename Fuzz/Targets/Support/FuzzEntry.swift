#if canImport(Glibc)
import Glibc
#endif

/// What every target's `LLVMFuzzerTestOneInput` does: hand the input to a list of invariants and, when one is
/// broken, print what broke and abort, so libFuzzer saves the input as a crash.
enum FuzzEntry {
    static func check(_ data: UnsafePointer<UInt8>?, _ size: Int, _ violations: ([UInt8]) -> [String]) -> CInt {
        let bytes = size == 0 || data == nil ? [] : Array(UnsafeBufferPointer(start: data, count: size))
        let problems = violations(bytes)
        if !problems.isEmpty {
            for problem in problems { fputs("invariant broken: \(problem)\n", stderr) }
            abort()
        }
        return 0
    }
}
