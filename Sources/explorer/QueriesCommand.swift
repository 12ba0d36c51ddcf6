import ArgumentParser

/// `explorer queries`: placeholder until its issue lands.
struct QueriesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "queries", abstract: "List named questions.")

    func run() throws {
        throw CommandError("'explorer queries' is not built yet")
    }
}
