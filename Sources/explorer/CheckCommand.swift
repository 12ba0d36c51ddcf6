import ArgumentParser

/// `explorer check`: placeholder until its issue lands.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: "List conflicts between documents.")

    func run() throws {
        throw CommandError("'explorer check' is not built yet")
    }
}
