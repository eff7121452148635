import ArgumentParser
import MailproofCommandLine
import MailproofKit

/// What `mailproof inline` is asked to do, whichever parser read the command line: ArgumentParser (`Inline`), or
/// `InlineRequest(plainArguments:)` for the common invocations, whose start-up ArgumentParser's reflection would
/// otherwise dominate for a small file. The defaults here are the ones `Inline` declares and `--help` shows.
struct InlineRequest {
    var paths: [String] = []
    var stdinFilename: String? = nil
    var write = false
    var diff = false
    var options = InlineOptions()
    var config: String? = nil

    static let defaults = InlineRequest()

    init() {}

    /// `inline [--write | --diff] [--keep-style-tags] [--apply-size-attributes] PATH…`, read without
    /// ArgumentParser. Nil for anything else (any other option, an option given twice, `--`, help), which
    /// ArgumentParser then reads, and reports, as always.
    init?(plainArguments arguments: some Sequence<String>) {
        var seen: Set<String> = []
        for argument in arguments {
            switch argument {
            case "--write", "--diff", "--keep-style-tags", "--apply-size-attributes":
                guard seen.insert(argument).inserted else { return nil }
                switch argument {
                case "--write": write = true
                case "--diff": diff = true
                case "--keep-style-tags": options.keepStyleTags = true
                default: options.applySizeAttributes = true
                }
            default:
                guard let path = PlainArgument.path(argument) else { return nil }
                paths.append(path)
            }
        }
        guard (try? validate()) != nil else { return nil }
    }

    func validate() throws {
        if write && diff { throw ValidationError("choose one of --write and --diff") }
    }

    func run() throws {
        let collection = InputCollector(resolver: ConfigurationResolver(explicitPath: config))
            .collect(paths.isEmpty ? ["."] : paths, standardInputName: stdinFilename)
        var problems = collection.problems
        if !write && !diff && collection.files.count + problems.count > 1 {
            throw ValidationError("printing the inlined document works for one file; use --write or --diff for several")
        }
        if write, collection.files.contains(where: \.isStandardInput) {
            throw ValidationError("standard input cannot be rewritten; without --write the inlined document is printed")
        }
        for file in collection.files {
            do {
                let contents = try file.read()
                let (bytes, result) = InlinePipeline.run(contents.source, linter: contents.linter, options: options)
                for (range, reason) in result.leftAlone {
                    let at = contents.source.location(of: range.start)
                    Output.error("mailproof: \(file.path):\(at.line):\(at.column): <style> block left as it is: \(reason)")
                }
                try RewrittenOutput.emit(path: file.path, source: contents.source, original: contents.original, newBytes: bytes,
                                         mode: diff ? .diff : write ? .write : .print,
                                         summary: "inlined \(file.path) (\(result.styledElements) element\(result.styledElements == 1 ? "" : "s") styled)\n")
            } catch {
                problems.append("\(error)")
            }
        }
        for problem in problems { Output.error("mailproof: \(problem)") }
        if !problems.isEmpty { throw ExitCode(2) }
    }
}
