import ArgumentParser

/// `explorer plugins`: placeholder until its issue lands.
struct PluginsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "plugins", abstract: "List plugins and what each adds.")

    func run() throws {
        throw CommandError("'explorer plugins' is not built yet")
    }
}
