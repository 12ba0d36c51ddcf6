import ArgumentParser

/// `explorer run`: placeholder until its issue lands.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "run", abstract: "Run a named question.")

    func run() throws {
        throw CommandError("'explorer run' is not built yet")
    }
}
