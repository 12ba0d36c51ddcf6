import ArgumentParser

/// `explorer query`: placeholder until its issue lands.
struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "query", abstract: "Run an openCypher query.")

    func run() throws {
        throw CommandError("'explorer query' is not built yet")
    }
}
