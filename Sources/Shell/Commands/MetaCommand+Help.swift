extension MetaCommand {
    /// `:help [COMMAND]`: the catalogue, or one command in detail.
    static var help: MetaCommand {
        MetaCommand(
            name: "help", aliases: ["h", "?"], usage: "[COMMAND]", summary: "List the commands, or explain one.",
            details: """
                Queries are openCypher and end with `;`; they may span lines. Example:
                  MATCH (p:Person)-[:MEMBER_OF]->(party:Party) RETURN p.name, party.name;
                Keys: Tab completes commands, labels, types, properties and names (pinyin works:
                `liang` offers 梁鸣); Up/Down recall the history and Ctrl-R searches it (Latin
                text; :history WORD finds Chinese too); Ctrl-C cancels a running query or the
                current line; Ctrl-D leaves.
                """,
            argumentWords: { session in session.catalog.commands.map(\.name) }
        ) { session, arguments in
            let wanted = arguments.hasPrefix(":") ? String(arguments.dropFirst()) : arguments
            if !wanted.isEmpty {
                guard let command = session.catalog.command(named: wanted) else {
                    var message = "there is no command ':\(wanted)'."
                    if let suggestion = session.catalog.suggestion(for: wanted) {
                        message += " Did you mean :\(suggestion.name)?"
                    }
                    throw ShellError(message)
                }
                var text = "\(command.synopsis)\n  \(command.summary)\n"
                if !command.aliases.isEmpty {
                    text += "  Also: " + command.aliases.map { ":" + $0 }.joined(separator: ", ") + "\n"
                }
                if !command.details.isEmpty {
                    text += command.details.split(separator: "\n", omittingEmptySubsequences: false)
                        .map { "  " + $0 }.joined(separator: "\n") + "\n"
                }
                session.output.write(text)
                return .proceed
            }
            let width = session.catalog.commands.map { DisplayText.width(of: $0.synopsis) }.max() ?? 0
            var text = "Commands (:help COMMAND for more):\n"
            for command in session.catalog.commands {
                text += "  " + DisplayText.pad(command.synopsis, to: width) + "  " + command.summary + "\n"
            }
            text += "Anything else is an openCypher query ending with `;`.\n"
            let procedures = session.services.procedures()
            if !procedures.isEmpty {
                text += "Procedures (CALL name(…) YIELD …;):\n"
                let width = procedures.map { DisplayText.width(of: $0.name) }.max() ?? 0
                for procedure in procedures {
                    text += "  " + DisplayText.pad(procedure.name, to: width) + "  " + procedure.summary + "\n"
                }
            }
            session.output.write(text)
            return .proceed
        }
    }

    /// `:quit`: leaves the shell (as Ctrl-D does).
    static var quit: MetaCommand {
        MetaCommand(
            name: "quit", aliases: ["exit", "q"], summary: "Leave the shell (Ctrl-D does the same).",
            details: "The history is saved as you go, so nothing is lost."
        ) { _, _ in .quit }
    }
}
