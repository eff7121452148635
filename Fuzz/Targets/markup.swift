/// libFuzzer entry point for decode → mask → parse alone: the template masker, the markup scanner and the libxml2
/// bridge at thousands of inputs a second. The invariants are MarkupInvariants' (shared with the property tests).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzEntry.check(data, size, MarkupInvariants.violations(for:))
}
