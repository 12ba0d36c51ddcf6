import ArgumentParser
import Foundation
import Graph

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
        version: ExplorerVersion.text,
        subcommands: [
            BuildCommand.self, RenderCommand.self, QueryCommand.self, CheckCommand.self, ExportCommand.self, PushCommand.self,
            PluginsCommand.self, QueriesCommand.self, RunCommand.self, AskCommand.self, ShellCommand.self,
            ImportCommand.self,
            ServeCommand.self,
        ]
    )

    /// Runs the command as ArgumentParser would, then checks that standard
    /// output took every byte, and escapes terminal controls in error messages
    /// (a document's name can be in one).
    static func main() async {
        var failure: Error?
        do {
            var command = try parseAsRoot()
            // `serve` runs on Swift concurrency; every other command is synchronous.
            if var asynchronous = command as? AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
        } catch {
            failure = error
        }
        // Output already written goes out before any error, and its loss is an error too.
        let lost = StandardOutput.finish()
        guard let error = failure ?? lost else { Foundation.exit(0) }
        let code = failure == nil ? ExitCode.failure : exitCode(for: error)
        guard code != .success else { exit(withError: error) }
        var message = TerminalSafeText.escaped(fullMessage(for: error), keepingLayout: true)
        if let hint = dashHint(CommandLine.arguments.dropFirst()) { message += "\n" + hint }
        if failure != nil, let lost { message += (message.isEmpty ? "" : "\n") + "Error: \(lost)" }
        if !message.isEmpty { StandardStreams.error((message + "\n")) }
        Foundation.exit(code.rawValue)
    }

    /// Advice when an argument starting with `-` was taken for an option: a
    /// query (`-1 + 2`, `-- comment`) or a negative number given to an option
    /// that needs a positive one. Nil when no argument looks like either.
    static func dashHint(_ arguments: ArraySlice<String>) -> String? {
        for (index, argument) in zip(arguments.indices, arguments) {
            if argument == "--" { return nil }
            guard argument.hasPrefix("-"), argument.count > 1 else { continue }
            if Int(argument) != nil || Double(argument) != nil, index > arguments.startIndex,
                arguments[index - 1].hasPrefix("--")
            {
                let option = arguments[index - 1]
                return "\(argument) was read as an option because it starts with '-': \(option) takes a number of 0 or more, e.g. \(option) \(argument.dropFirst())"
            }
            if argument.contains(where: \.isWhitespace) {
                return "'\(TerminalSafeText.escaped(argument))' was read as an option because it starts with '-'; "
                    + "to give it as text, put -- before it, e.g. explorer query -- '\(TerminalSafeText.escaped(argument))'"
            }
        }
        return nil
    }
}
