extension MetaCommand {
    /// `:history [WORD]`: earlier statements, or those containing WORD.
    ///
    /// Ctrl-R searches with Latin text only (libedit ends its search at a
    /// Chinese character), so this is how to find a statement by a Chinese
    /// name, or by the pinyin of one.
    static var history: MetaCommand {
        MetaCommand(
            name: "history", usage: "[WORD]", summary: "List earlier statements, or those containing WORD (Chinese or pinyin).",
            details: """
                Shows the last 20; Up/Down recall them and Ctrl-R searches them as you type (Latin text).
                :history 梁鸣 and :history liang both find statements that mention 梁鸣.
                """
        ) { session, arguments in
            // Numbered by position in the whole history, so a number means the same entry in every listing.
            var entries = Array(session.historyEntries.enumerated())
            if !arguments.isEmpty {
                let names = arguments.unicodeScalars.allSatisfy(\.isASCII)
                    ? session.completer.pinyinNames(matching: arguments) : []
                entries = entries.filter { _, entry in
                    entry.localizedCaseInsensitiveContains(arguments) || names.contains(where: entry.contains)
                }
            }
            guard !entries.isEmpty else {
                session.output.line(arguments.isEmpty ? "No history yet." : "No earlier statement mentions '\(arguments)'.")
                return .proceed
            }
            for (index, entry) in entries.suffix(20) {
                session.output.line(String(format: "%5d  ", index + 1) + entry)
            }
            return .proceed
        }
    }
}
