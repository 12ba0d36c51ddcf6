import Graph

/// The shell's meta-commands in the order `:help` lists them, with lookup by
/// name or alias and a suggestion for a mistyped name.
public struct CommandCatalog {
    /// In `:help` order.
    public let commands: [MetaCommand]

    /// A catalogue of `commands`.
    public init(commands: [MetaCommand]) {
        self.commands = commands
    }

    /// Every command the shell has.
    public static var standard: CommandCatalog {
        CommandCatalog(commands: [
            .help, .schema, .plugins, .queries, .run, .ask, .why, .show, .render, .explain,
            .format, .rows, .param, .timing, .history, .curate, .reload, .quit,
        ])
    }

    /// The command called `name` (without colon, any case), by name or alias.
    public func command(named name: String) -> MetaCommand? {
        let wanted = name.lowercased()
        return commands.first { $0.name == wanted || $0.aliases.contains(wanted) }
    }

    /// Names and aliases, for completion.
    public var allNames: [String] { commands.flatMap { [$0.name] + $0.aliases } }

    /// The command a mistyped `name` most likely meant: the one name starting
    /// with it, else the closest name within an edit distance of about a third
    /// of its length (at least 2).
    public func suggestion(for name: String) -> MetaCommand? {
        let wanted = name.lowercased()
        guard !wanted.isEmpty else { return nil }
        let prefixed = commands.filter { command in
            ([command.name] + command.aliases).contains { $0.hasPrefix(wanted) }
        }
        if prefixed.count == 1 { return prefixed[0] }
        var best: (command: MetaCommand, distance: Int)?
        for command in commands {
            for candidate in [command.name] + command.aliases {
                let distance = EditDistance.between(wanted, candidate)
                if distance < (best?.distance ?? Int.max) { best = (command, distance) }
            }
        }
        guard let best, best.distance <= max(2, wanted.count / 3) else { return nil }
        return best.command
    }
}
