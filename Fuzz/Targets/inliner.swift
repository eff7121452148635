#if canImport(Glibc)
import Glibc
#endif

/// libFuzzer entry point for the CSS inliner (with and without keeping style tags). The invariants are the ones
/// the property tests assert (Tests/MailproofKitTests/Hardening/Invariants/InlinerInvariants.swift); a broken one
/// prints what broke and aborts, so libFuzzer saves the input as a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = size == 0 || data == nil ? [] : Array(UnsafeBufferPointer(start: data, count: size))
    let problems = InlinerInvariants.violations(for: bytes)
    if !problems.isEmpty {
        for problem in problems { fputs("invariant broken: \(problem)\n", stderr) }
        abort()
    }
    return 0
}
