import ArgumentParser
import FalkorDB
import Foundation
import Graph
import Plugins

/// `explorer ask "which units own AI tasks"`: a question in English or Chinese, answered by a named query.
struct AskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ask",
        abstract: "Ask a question in English or Chinese.",
        discussion: """
            The question is read for what it names (people, units, meetings by number such as \
            第22次常委会 or meeting 22, industries, parties, years) and for what it asks about \
            (牵头/lead, 负责/responsible, 提问/asked, 回应/answered, 党派/party …), and the named \
            query whose parameters and intent fit it best runs, so "which units own AI tasks" \
            and "哪些单位负责人工智能任务" run the same query however they are phrased. When \
            another query fits nearly as well it is offered too; a question no query fits is \
            not guessed at: the closest questions are listed instead.
            """
    )

    @Argument(help: "The question, quoted.")
    var question: String

    @OptionGroup var output: NamedQueryOutputOptions
    @OptionGroup var options: DatasetOptions
    @OptionGroup var engineOptions: EngineOptions

    func run() throws {
        guard question.contains(where: { !$0.isWhitespace }) else {
            throw CommandError(
                "the question is empty; ask in words, e.g. explorer ask \"哪些单位负责人工智能任务\" "
                    + "(`explorer queries` lists what can be asked)")
        }
        let server = try engineOptions.server()
        // On a server the dataset gives the plugins; the names questions are read for are the server's.
        let (registry, graph): (PluginRegistry, PropertyGraph)
        if let server { (registry, graph) = (try options.registry(), try server.names()) } else {
            let loaded = try options.load()
            (registry, graph) = (loaded.registry, loaded.graph)
        }
        guard question.count <= QuestionMatcher.maximumQuestionLength else {
            throw CommandError(
                "the question is \(question.count) characters long, more than the \(QuestionMatcher.maximumQuestionLength) a question may have; "
                    + "ask it in one sentence, or write the openCypher query with explorer query")
        }
        switch QuestionMatcher(registry: registry, graph: graph).match(question) {
        case .matched(let match):
            var lines = ["→ \(match.query.id): \(match.query.title.zh) / \(match.query.title.en)" + Self.describe(match)]
            for other in match.alternatives {
                let parameters = other.parameters.keys.sorted().map { " --param \($0)=\(QueriesCommand.text(other.parameters[$0]!))" }.joined()
                lines.append("  also fits: \(other.query.id): \(other.query.title.zh) / \(other.query.title.en) — explorer run \(other.query.id)\(parameters)")
            }
            // On standard error, so that --format json stays one clean document.
            StandardStreams.error(TerminalSafeText.escaped(lines.joined(separator: "\n"), keepingLayout: true) + "\n")
            try output.present(match.query, parameters: match.parameters, graph: graph, registry: registry, server: server)
        case .unmatched(let suggestions):
            var message = "no named question matches \"\(question)\"."
            if suggestions.isEmpty {
                message += " No plugin adds any question; see `explorer plugins`."
            } else {
                message += " The closest questions are:"
                for suggestion in suggestions {
                    message += "\n  \(suggestion.text)    (\(suggestion.query.id))"
                }
                message += "\nA <slot> takes a name from the graph, e.g. 人工智能 or AI; `explorer queries` lists every query."
            }
            throw CommandError(message)
        }
    }

    /// ` [name=value (from 'what was typed'), …]` for the parameters of a match.
    static func describe(_ match: QuestionMatcher.Match) -> String {
        let filled = match.query.parameters.compactMap { parameter -> String? in
            guard let value = match.parameters[parameter.name] else { return nil }
            let said = match.filled[parameter.name].map { $0.text != QueriesCommand.text(value) ? " (from '\($0.text)')" : "" } ?? " (default)"
            return "\(parameter.name)=\(QueriesCommand.text(value))\(said)"
        }
        return filled.isEmpty ? "" : " [\(filled.joined(separator: ", "))]"
    }
}
