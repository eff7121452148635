import ArgumentParser

extension CommandConfiguration {
    /// The configuration of a command `Mailproof.directCommand` may parse as the root (`check`, `fix`, `inline`).
    /// Naming mailproof as its super-command tells ArgumentParser it is not a tool of its own, so it skips
    /// trying two `--generate-completion-script` parsers first: an eighth of a one-file check's instructions.
    /// (Completion requests never take the direct path: `directCommand` hands them to the whole command tree,
    /// and help generated there starts from `Mailproof`, so the name is not shown twice.)
    func parsedDirectly() -> CommandConfiguration {
        var configuration = self
        configuration._superCommandName = "mailproof"
        return configuration
    }
}
