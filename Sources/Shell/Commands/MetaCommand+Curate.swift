extension MetaCommand {
    /// `:curate [NOTE]`: appends the session's updates to the dataset's curation file.
    static var curate: MetaCommand {
        MetaCommand(
            name: "curate", usage: "[--list | NOTE]",
            summary: "Save this session's updates (CREATE, MERGE, SET, DELETE …) as corrections in the dataset's curation file.",
            details: """
                Updates change the graph in memory only. :curate appends those that changed something,
                in the order they ran and not saved yet, to curation.cypher (or the last file of curation/),
                each under `// note: NOTE` when a note is given; `explorer build` replays them after
                every rebuild, and :why then shows them as `curated FILE:LINE`.
                :curate --list   show what would be saved
                :curate merged two spellings of one name, per the 2025 list
                See docs/curation.md.
                """
        ) { session, arguments in
            let argument = arguments.trimmingWhitespace()
            if argument == "--list" || argument == "-l" {
                guard !session.unsavedUpdates.isEmpty else {
                    session.output.line("No updates to save: run CREATE, MERGE, SET, REMOVE or DELETE first.")
                    return .proceed
                }
                for statement in session.unsavedUpdates { session.output.line(statement + ";") }
                return .proceed
            }
            guard !session.unsavedUpdates.isEmpty else {
                throw ShellError("no updates to save yet: run CREATE, MERGE, SET, REMOVE or DELETE, then :curate")
            }
            guard let save = session.services.saveCuration else {
                throw ShellError("this shell has no dataset folder to save corrections in")
            }
            let saved = session.unsavedUpdates
            session.output.line(try save(saved, argument.isEmpty ? nil : argument))
            session.unsavedUpdates.removeAll()
            return .proceed
        }
    }
}
