import ArgumentParser

/// `explorer ask`: placeholder until its issue lands.
struct AskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ask", abstract: "Ask a question in English or Chinese.")

    func run() throws {
        throw CommandError("'explorer ask' is not built yet")
    }
}
