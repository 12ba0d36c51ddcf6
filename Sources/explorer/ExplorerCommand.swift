import ArgumentParser

/// The `explorer` command: a thin layer over the Graph, Plugins and Diagrams libraries.
@main
struct ExplorerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explorer",
        abstract: "Explore policy documents (CPPCC proceedings, government work plans) as a knowledge graph.",
        discussion: """
            DATASET is a folder of documents; it defaults to graphs/wuhan-cppcc, the bundled \
            Wuhan CPPCC corpus. Start with `explorer build`, then `explorer render -o out.svg`.
            """,
        subcommands: [
            BuildCommand.self, RenderCommand.self, QueryCommand.self, CheckCommand.self, ExportCommand.self,
            PluginsCommand.self, QueriesCommand.self, RunCommand.self, AskCommand.self, ShellCommand.self,
            ServeCommand.self,
        ]
    )
}
