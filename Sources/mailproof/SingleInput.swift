import MailproofCommandLine
import MailproofKit

/// The one template a command such as `text` or `preview` works on, read through the shared input path; every
/// problem becomes a one-line `CommandFailure`.
enum SingleInput {
    static func read(_ path: String, resolver: ConfigurationResolver, standardInputName: String? = nil) throws -> InputFile.Contents {
        let collection = InputCollector(resolver: resolver).collect([path], standardInputName: standardInputName)
        if let problem = collection.problems.first { throw CommandFailure(problem) }
        guard let file = collection.files.first else { throw CommandFailure("\(path): not a template file") }
        do {
            return try file.read()
        } catch {
            throw CommandFailure("\(error)")
        }
    }
}
