import ArgumentParser

/// `explorer shell`: placeholder until its issue lands.
struct ShellCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "shell", abstract: "Start the interactive query shell.")

    func run() throws {
        throw CommandError("'explorer shell' is not built yet")
    }
}
