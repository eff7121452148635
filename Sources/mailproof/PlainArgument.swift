/// What the plain readings of a command line (`CheckRequest(plainArguments:)`, `InlineRequest(plainArguments:)`)
/// take as a path: `-` (standard input), or a word that is neither an option nor `help`. Nil sends the whole
/// command line to ArgumentParser, which reads and reports it as always.
enum PlainArgument {
    static func path(_ argument: String) -> String? {
        if argument == "-" { return argument }
        return argument.hasPrefix("-") || argument == "help" ? nil : argument
    }
}
