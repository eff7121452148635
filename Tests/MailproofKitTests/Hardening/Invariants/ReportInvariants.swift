import Foundation
import CLibXML2
import MailproofKit

/// What every output format must guarantee whatever the checked file holds (messages quote its text: attribute
/// values, tag names, CSS, template tags, bytes that are not UTF-8): the machine-readable formats stay parseable
/// and the HTML report runs nothing, so a hostile template cannot break a CI job's report or script its reader.
///
/// Its own fuzz target (`Fuzz/run report`): rendering every format costs more than the check itself, and would
/// slow the pipeline target to a third.
enum ReportInvariants {
    /// Checks `data` with every rule against every client, as the pipeline target does, and renders the findings.
    static func violations(for data: [UInt8]) -> [String] {
        guard let source = try? SourceFile(path: "fuzz.html", data: data) else { return [] }
        return violations(for: FileResult(path: source.path, findings: PipelineInvariants.linter.lint(source), error: nil, source: source))
    }

    static func violations(for result: FileResult) -> [String] {
        var problems: [String] = []
        for format in ReportFormat.allCases {
            let reporter = format.makeReporter(color: false)
            var summary = Summary()
            summary.add(result)
            let output = reporter.header() + reporter.chunk(for: result, index: 0) + reporter.footer(summary)
            switch format {
            case .json, .sarif:
                if !isJSON(output) { problems.append("\(format) report is not valid JSON") }
            case .jsonl:
                for line in output.split(separator: "\n") where !isJSON(String(line)) {
                    problems.append("jsonl report has a line that is not JSON: \(line.prefix(200))")
                    break
                }
            case .junit, .checkstyle:
                if !isWellFormedXML(output) { problems.append("\(format) report is not well-formed XML") }
            case .github:
                // One workflow command a line: a message must not start a line of its own.
                if let line = output.split(separator: "\n").first(where: { !$0.hasPrefix("::") }) {
                    problems.append("github report has a line that is no workflow command: \(line.prefix(200))")
                }
            case .html:
                if let active = activeContent(inHTML: output) { problems.append("html report holds \(active)") }
            case .text, .handoff:
                break // prose for people: rendering without a crash is the invariant
            case .reply:
                // A chat reply stays chat-sized whatever the file holds.
                if output.count > ChatReply.limit + 1 { problems.append("reply is \(output.count) characters, over \(ChatReply.limit)") }
            }
        }
        return problems
    }

    static func isJSON(_ text: String) -> Bool {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])) != nil
    }

    /// What a browser would run in an HTML page, as libxml2's HTML parser reads it: a `<script>`, `<iframe>`,
    /// `<object>` or `<embed>` element, an `on…` attribute, or a `javascript:` URL. nil when there is none.
    static func activeContent(inHTML text: String) -> String? {
        let options = Int32(HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue)
        let bytes = Array(text.utf8)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { htmlReadMemory($0.baseAddress, Int32($0.count), "report.html", "UTF-8", options) }
        }
        guard let document else { return "nothing libxml2 can read" }
        defer { xmlFreeDoc(document) }
        // Iterative preorder walk: a report of deeply nested markup must not recurse.
        var node = xmlDocGetRootElement(document)
        while let current = node {
            if current.pointee.type == XML_ELEMENT_NODE {
                let name = String(cString: current.pointee.name).lowercased()
                if ["script", "iframe", "object", "embed"].contains(name) { return "a <\(name)> element" }
                var attribute = current.pointee.properties
                while let a = attribute {
                    let attributeName = String(cString: a.pointee.name).lowercased()
                    if attributeName.hasPrefix("on") { return "an \(attributeName) attribute on <\(name)>" }
                    if let value = xmlGetProp(current, a.pointee.name) {
                        defer { xmlFree(value) }
                        let text = String(cString: value).trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
                        if text.hasPrefix("javascript:") { return "a javascript: URL in \(attributeName) on <\(name)>" }
                    }
                    attribute = a.pointee.next
                }
            }
            if let child = current.pointee.children {
                node = child
                continue
            }
            var next: xmlNodePtr? = current
            while let n = next, n.pointee.next == nil {
                guard let parent = n.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else { next = nil; break }
                next = parent
            }
            node = next?.pointee.next
        }
        return nil
    }

    /// libxml2's XML parser (not the HTML one) must accept the document without an error.
    static func isWellFormedXML(_ text: String) -> Bool {
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let bytes = Array(text.utf8)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { xmlReadMemory($0.baseAddress, Int32($0.count), "report.xml", "UTF-8", options) }
        }
        guard let document else { return false }
        defer { xmlFreeDoc(document) }
        return xmlDocGetRootElement(document) != nil
    }
}
