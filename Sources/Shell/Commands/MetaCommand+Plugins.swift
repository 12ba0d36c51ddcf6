import Graph

extension MetaCommand {
    /// `:plugins`: the loaded plugins and packs.
    static var plugins: MetaCommand {
        MetaCommand(name: "plugins", summary: "List the loaded plugins and data-only packs.") { session, _ in
            let plugins = session.services.plugins()
            guard !plugins.isEmpty else {
                session.output.line("No plugins are loaded.")
                return .proceed
            }
            let width = plugins.map { DisplayText.width(of: $0.id) }.max() ?? 0
            var text = ""
            for plugin in plugins {
                text += "  " + DisplayText.pad(plugin.id, to: width) + "  " + plugin.summary + "  [\(plugin.origin)]\n"
            }
            session.output.write(text)
            return .proceed
        }
    }

    /// `:queries [WORD]`: the named queries, optionally only those mentioning WORD.
    static var queries: MetaCommand {
        MetaCommand(
            name: "queries", usage: "[WORD]", summary: "List the named queries and their parameters.",
            details: "With WORD, only queries whose name or title contains it. Run one with :run."
        ) { session, arguments in
            let all = session.services.namedQueries()
            let shown = arguments.isEmpty
                ? all : all.filter { $0.name.localizedCaseInsensitiveContains(arguments) || $0.title.contains(arguments) }
            guard !shown.isEmpty else {
                session.output.line(all.isEmpty ? "No named queries are loaded." : "No named query mentions '\(arguments)'.")
                return .proceed
            }
            var text = ""
            for query in shown {
                let parameters = query.parameters.map { parameter in
                    "\(parameter.name)=\(parameter.type)" + (parameter.defaultText.map { " (default \($0))" } ?? "")
                }
                text += "  \(query.name)" + (parameters.isEmpty ? "" : "  " + parameters.joined(separator: " ")) + "\n"
                text += "      \(query.title)\n"
            }
            session.output.write(text)
            return .proceed
        }
    }

    /// `:run NAME k=v …`: runs a named query.
    static var run: MetaCommand {
        MetaCommand(
            name: "run", usage: "NAME [k=v …]", summary: "Run a named query with parameters.",
            details: "Example: :run work-plans.units-for-industry industry=人工智能\nValues with spaces go in quotes: k='a b'.",
            argumentWords: { session in session.services.namedQueries().map(\.name) }
        ) { session, arguments in
            let words = ArgumentWords.split(arguments)
            guard let name = words.first else {
                throw ShellError("which query? Usage: :run NAME [k=v …]; :queries lists the names")
            }
            var values: [String: String] = [:]
            for word in words.dropFirst() {
                guard let equals = word.firstIndex(of: "="), equals != word.startIndex else {
                    throw ShellError("'\(word)' is not a parameter; write name=value, e.g. industry=人工智能")
                }
                values[String(word[..<equals])] = String(word[word.index(after: equals)...])
            }
            let prepared = try session.services.prepare(name, values)
            for warning in prepared.warnings { session.output.errorLine("warning: \(warning)") }
            try session.runQuery(
                prepared.cypher, parameters: session.settings.parameters.merging(prepared.parameters) { $1 }, named: prepared)
            return .proceed
        }
    }

    /// `:ask QUESTION`: answers a question with the named query that matches it.
    static var ask: MetaCommand {
        MetaCommand(
            name: "ask", usage: "QUESTION", summary: "Answer a question in words with a matching named query.",
            details: "Example: :ask 哪些单位负责人工智能任务\nShows which query matched and with which values."
        ) { session, arguments in
            guard !arguments.isEmpty else { throw ShellError("ask what? Usage: :ask QUESTION") }
            guard let prepared = try session.services.ask(arguments) else {
                throw ShellError("no named query matches '\(arguments)'; :queries lists what can be asked")
            }
            let values = prepared.parameters.keys.sorted().map { "\($0)=\(ResultFormatter(graph: session.graph).text(prepared.parameters[$0]!))" }
            session.output.line("→ \(prepared.name)" + (values.isEmpty ? "" : " " + values.joined(separator: " ")))
            for other in prepared.warnings { session.output.line("  " + other) }
            try session.runQuery(
                prepared.cypher, parameters: session.settings.parameters.merging(prepared.parameters) { $1 }, named: prepared)
            return .proceed
        }
    }

    /// `:reload`: reads the data-only plugin packs again.
    static var reload: MetaCommand {
        MetaCommand(
            name: "reload", summary: "Reload the data-only plugin packs (named queries, lexicons, styles).",
            details: """
                Edit a pack's YAML files, then :reload to use them without leaving the shell.
                New named queries, questions and styles work at once; new lexicon words help :ask
                find names, but the graph keeps what was extracted: run `explorer build` (with
                --plugin for a pack elsewhere) to extract with them, then start the shell again.
                """
        ) { session, _ in
            session.output.line(try session.services.reload())
            session.completer.forgetNames()
            return .proceed
        }
    }
}
