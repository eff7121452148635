/// libFuzzer entry point for the CSS tokenizer and parser (stylesheet, style attribute, selector list). The invariants are the ones
/// the property tests assert (Tests/MailproofKitTests/Hardening/Invariants/CSSInvariants.swift).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzEntry.check(data, size, CSSInvariants.violations(for:))
}
