import ArgumentParser

/// `explorer render`: placeholder until its issue lands.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "render", abstract: "Draw the graph or part of it with Graphviz.")

    func run() throws {
        throw CommandError("'explorer render' is not built yet")
    }
}
