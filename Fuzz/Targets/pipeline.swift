/// libFuzzer entry point for decode → mask → parse → check (every rule, every client) → fix → check again. The invariants are the ones
/// the property tests assert (Tests/MailproofKitTests/Hardening/Invariants/PipelineInvariants.swift).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzEntry.check(data, size, PipelineInvariants.violations(for:))
}
