/// One `:command` of the shell: its name, how it is called, what it does.
///
/// The catalogue of these drives `:help`, Tab completion and the "did you
/// mean" suggestion, so a command exists in exactly one place.
public struct MetaCommand {
    /// What the shell does after a command.
    public enum Outcome: Equatable {
        case proceed
        case quit
    }

    /// Without the colon, e.g. `help`.
    public let name: String
    /// Other names that run it, e.g. `exit` for `quit`.
    public let aliases: [String]
    /// The arguments as `:help` shows them, e.g. `NAME [k=v …]`.
    public let usage: String
    /// One line for the `:help` list.
    public let summary: String
    /// More for `:help NAME`: examples and details.
    public let details: String
    /// Words Tab offers for the first argument.
    public let argumentWords: (ShellSession) -> [String]
    let action: (ShellSession, String) throws -> Outcome

    /// A command; `action` gets the session and the text after the name.
    public init(
        name: String, aliases: [String] = [], usage: String = "", summary: String, details: String = "",
        argumentWords: @escaping (ShellSession) -> [String] = { _ in [] },
        action: @escaping (ShellSession, String) throws -> Outcome
    ) {
        self.name = name
        self.aliases = aliases
        self.usage = usage
        self.summary = summary
        self.details = details
        self.argumentWords = argumentWords
        self.action = action
    }

    /// `:name usage`, as the help list shows it.
    public var synopsis: String { usage.isEmpty ? ":\(name)" : ":\(name) \(usage)" }

    /// Runs the command with the text after its name.
    public func run(in session: ShellSession, arguments: String) throws -> Outcome {
        try action(session, arguments)
    }
}
