/// libFuzzer entry point for check (every rule, every client) → every output format: JSON, JSONL and SARIF parse,
/// JUnit and Checkstyle are well-formed XML, GitHub output is one command a line, the HTML report runs nothing.
/// The invariants are ReportInvariants' (shared with the property tests).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzEntry.check(data, size, ReportInvariants.violations(for:))
}
