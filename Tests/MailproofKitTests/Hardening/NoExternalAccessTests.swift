import CLibXML2
import Testing
@testable import MailproofKit
#if canImport(Glibc)
import Glibc
#endif

/// Counts libxml2's attempts to load anything external while a test's loader is installed.
nonisolated(unsafe) private var externalLoads = 0

/// A template may reference files and URLs in a doctype, an entity or an XInclude; parsing it must read none of
/// them (libxml2 runs with NONET and no entity or DTD callbacks).
@Suite(.serialized) struct NoExternalAccessTests {
    @Test func doctypeEntityAndXIncludeReadNothing() throws {
        let directory = try TemporaryDirectory()
        let secret = try directory.write("secret.txt", "TOP-SECRET-MARKER")
        let dtd = try directory.write("evil.dtd", "<!ENTITY leak SYSTEM \"file://\(secret)\">")
        let html = """
            <!DOCTYPE html SYSTEM "file://\(dtd)" [
              <!ENTITY xxe SYSTEM "file:///etc/passwd">
              <!ENTITY secret SYSTEM "file://\(secret)">
              <!ENTITY % remote SYSTEM "http://127.0.0.1:9/evil.dtd"> %remote;
            ]>
            <html xmlns:xi="http://www.w3.org/2001/XInclude"><body>
            <p>&xxe; &secret; &leak;</p>
            <xi:include href="file://\(secret)" parse="text"/>
            <xi:include href="file:///etc/passwd" parse="text"/>
            <img src="file:///etc/passwd"><link rel="stylesheet" href="file://\(secret)">
            </body></html>
            """
        let previous = xmlGetExternalEntityLoader()
        xmlSetExternalEntityLoader { _, _, _ in
            externalLoads += 1
            return nil
        }
        defer { xmlSetExternalEntityLoader(previous) }
        externalLoads = 0

        let document = parse(html)
        let linter = Linter(rules: try Configuration().enabledRules())
        let findings = linter.lint(document)
        _ = Fixer(linter: linter).fix(document.source)
        _ = CSSInliner().inline(document.source)

        #expect(externalLoads == 0)
        let everything = document.nodes.map { document.text($0.range) }.joined() + findings.map(\.message).joined()
        #expect(!everything.contains("TOP-SECRET-MARKER"))
        #expect(!everything.contains("root:x:0:0"))
        // The entity references stay text as written, where the rules can see them.
        #expect(document.elements(named: "p").contains { document.text($0.range) == "<p>&xxe; &secret; &leak;</p>" })
    }
}
