import MailproofCommandLine
import MailproofKit

/// Where `fix` and `inline` send a rewritten document: stdout (one file), a unified diff, or the file itself
/// (atomically, refused when the file changed since it was read or is not UTF-8).
enum RewrittenOutput {
    enum Mode {
        case print
        case diff
        case write
    }

    static func emit(path: String, source: SourceFile, original: [UInt8], newBytes: [UInt8], mode: Mode,
                     summary: @autoclosure () -> String) throws {
        switch mode {
        case .diff:
            Output.write(UnifiedDiff.make(old: source.bytes, new: newBytes, path: relativePath(path)))
        case .print:
            Output.write(bytes: newBytes)
        case .write:
            guard newBytes != source.bytes else { return }
            guard source.encoding == .utf8 || source.encoding == .utf8WithBOM else {
                throw FixError("\(path): is \(source.encoding), not UTF-8; the new text was not written (convert the file to UTF-8 first, or use --diff)")
            }
            try AtomicWriter.replace(path, with: newBytes, expecting: original)
            Output.write(summary())
        }
    }

    static func relativePath(_ path: String) -> String {
        path.hasPrefix("./") ? String(path.dropFirst(2)) : path.hasPrefix("/") ? String(path.dropFirst()) : path
    }
}
