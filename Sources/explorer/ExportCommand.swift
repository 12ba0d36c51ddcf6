import ArgumentParser

/// `explorer export`: placeholder until its issue lands.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: "Export the graph for other tools.")

    func run() throws {
        throw CommandError("'explorer export' is not built yet")
    }
}
