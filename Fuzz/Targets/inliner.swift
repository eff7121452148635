/// libFuzzer entry point for the CSS inliner (with and without keeping style tags). The invariants are the ones
/// the property tests assert (Tests/MailproofKitTests/Hardening/Invariants/InlinerInvariants.swift).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzEntry.check(data, size, InlinerInvariants.violations(for:))
}
