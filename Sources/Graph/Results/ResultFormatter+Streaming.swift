extension ResultFormatter {
    /// Writes the text `format(result, as:)` gives, byte for byte, in pieces
    /// of at most `rowsPerPiece` rows handed to `sink` as they are made, so a
    /// result of millions of rows never exists a second time as one string.
    ///
    /// CSV, JSON lines and JSON stream; a table (whose column widths depend on
    /// every row) and Markdown are made whole. O(rows) time, O(rowsPerPiece) text.
    public func write(
        _ result: QueryResult, as format: ResultFormat, rowsPerPiece: Int = 10_000, to sink: (String) -> Void
    ) {
        let count = result.rows.count
        let pieceSize = max(1, rowsPerPiece)
        guard count > pieceSize, [.csv, .jsonl, .json].contains(format), !result.columns.isEmpty else {
            sink(self.format(result, as: format))
            return
        }
        if format == .json {
            // The shape of `format`: the columns, then one indented object per row.
            var head = self.format(QueryResult(columns: result.columns, rows: []), as: .json)
            let emptyRows = "\"rows\": []\n}\n"
            guard head.hasSuffix(emptyRows) else { sink(self.format(result, as: format)); return }
            head.removeLast(emptyRows.count)
            sink(head + "\"rows\": [")
        }
        for start in stride(from: 0, to: count, by: pieceSize) {
            let rows = result.rows[start..<min(count, start + pieceSize)]
            switch format {
            case .json:
                var text = ""
                for (offset, row) in rows.enumerated() {
                    let object = JSON.object(zip(result.columns, row).map { ($0, json($1)) }).serialized(indent: 2)
                    text += (start + offset == 0 ? "\n" : ",\n") + "    " + object.replacingOccurrences(of: "\n", with: "\n    ")
                }
                sink(TerminalSafeText.escaped(text, keepingLayout: true))
            default:
                var text = self.format(QueryResult(columns: result.columns, rows: Array(rows)), as: format)
                // The CSV header goes out once, with the first piece.
                if format == .csv, start > 0, let end = text.range(of: "\r\n") { text.removeSubrange(..<end.upperBound) }
                sink(text)
            }
        }
        if format == .json { sink("\n  ]\n}\n") }
    }
}
