/// A row of a flattened task table (`WorkPlanTable`) that goes on over the lines below
/// its first, as tables copied out of Word, web pages and PDFs arrive:
///
/// - `flowed`: a tab table whose cells hold line breaks (a Word or web cell of two
///   paragraphs): the row's first line is short of cells, and each later line's first
///   cell goes on with the cell the line before ended in
///   (`1⇥推进A⇥市住建局` / `市城管局⇥2024年底`);
/// - `wrapped`: a table drawn with bars, tabs or aligned spaces (a PDF copied with its
///   layout) whose long cells wrap onto lines of their own, the number cell empty
///   (`|   | 5家市场改造 |  | 城管局 |`), each piece under its column.
///
/// Pieces of a unit cell are read together, a name broken between two of them whole
/// (`BrokenUnitName.names`). A line is taken only when it reads so; anything else ends the row.
enum RowContinuation {
    /// The most lines a row goes on over.
    static let mostLines = 6

    /// The display column of byte `at` on its line (a Han character is two columns wide).
    static func displayColumn(_ bytes: [UInt8], _ at: Int) -> Int {
        var start = at
        while start > 0, bytes[start - 1] != 0x0A { start -= 1 }
        var width = 0
        var i = start
        while i < at {
            let length = UTF8Scan.scalarLength(bytes[i])
            width += length >= 3 ? 2 : 1
            i += length
        }
        return width
    }

    /// Whether exactly one line break (no blank line) parts `line` from the line before it.
    static func follows(_ bytes: [UInt8], _ previous: Range<Int>, _ line: Range<Int>) -> Bool {
        bytes[previous.upperBound..<line.lowerBound].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } == 1
    }

    /// The pieces of each column of a tab table's row whose cells hold line breaks, from the
    /// row's `cells` and the lines from `next` on, and how many lines it took; nil unless the
    /// cells add up to the header's exactly and every unit cell reads as unit names.
    /// A row as long as the header whose last column is a unit column may go on with lines of
    /// bare unit names (that cell's later paragraphs).
    static func flowed(_ bytes: [UInt8], _ lines: [Range<Int>], from next: Int, cells: [Range<Int>],
                       header: WorkPlanTable.Header) -> (pieces: [[Range<Int>]], used: Int)? {
        let columns = header.columns
        guard header.separator == 0x09, next < lines.count, follows(bytes, lines[next - 1], lines[next]),
              let numberAt = columns.firstIndex(of: .number), numberAt < cells.count,
              WorkPlanTable.number(bytes, cells[numberAt]) != nil else { return nil }
        var pieces: [[Range<Int>]] = cells.map { [$0] }
        var used = 0
        if cells.count < columns.count {
            while pieces.count < columns.count, next + used < lines.count, used < mostLines {
                let line = lines[next + used]
                guard used == 0 || follows(bytes, lines[next + used - 1], line), WorkPlanTable.header(bytes, line) == nil else { return nil }
                let more = WorkPlanTable.split(bytes, line, separator: 0x09)
                // The next row opens with its number.
                if numberAt == 0, more.count > 1, WorkPlanTable.number(bytes, more[0]) != nil { return nil }
                pieces[pieces.count - 1].append(more[0])
                pieces += more.dropFirst().map { [$0] }
                used += 1
            }
            guard pieces.count == columns.count else { return nil }
        } else if cells.count == columns.count, let last = columns.last, WorkPlanCellRow.isUnitColumn(last) {
            while next + used < lines.count, used < mostLines {
                let line = lines[next + used]
                guard used == 0 || follows(bytes, lines[next + used - 1], line), !bytes[line].contains(0x09),
                      UnitLine.parseBare(bytes, line, kind: .responsible) != nil else { break }
                pieces[pieces.count - 1].append(line)
                used += 1
            }
            guard used > 0 else { return nil }
        } else {
            return nil
        }
        for (cell, column) in zip(pieces, columns) {
            switch column {
            case .lead, .responsible:
                guard BrokenUnitName.names(bytes, pieces: cell).allSatisfy({ UnitLine.readsAsUnit($0.name) }) else { return nil }
            case .task:
                guard let first = cell.first, !first.isEmpty else { return nil }
            default: break
            }
        }
        return (pieces, used)
    }

    /// The pieces `line` adds to the row `row` above it, one per column (empty where it adds
    /// none), when it is that row wrapped: its number cell empty, every other piece under a
    /// column, a piece under a unit column a piece of unit names. Bars and tabs keep a row's
    /// empty cells; a table set out with spaces places each piece by where it starts on the
    /// page (the row's own cells, else the header's).
    static func wrapped(_ bytes: [UInt8], row: Range<Int>, _ line: Range<Int>, after previous: Range<Int>,
                        header: WorkPlanTable.Header) -> [Range<Int>]? {
        let columns = header.columns
        guard let numberAt = columns.firstIndex(of: .number), follows(bytes, previous, line), WorkPlanTable.header(bytes, line) == nil else { return nil }
        var cells: [Range<Int>]
        if header.separator == 0x20 {
            // The number column is empty: the line is set in from the page's edge.
            guard line.lowerBound > 0, bytes[line.lowerBound - 1] == 0x20, header.starts.count == columns.count else { return nil }
            let rowCells = WorkPlanTable.split(bytes, row, separator: 0x20)
            let starts = rowCells.count == columns.count ? rowCells.map { displayColumn(bytes, $0.lowerBound) } : header.starts
            cells = Array(repeating: line.lowerBound..<line.lowerBound, count: columns.count)
            for piece in WorkPlanTable.split(bytes, line, separator: 0x20) where !piece.isEmpty {
                let at = displayColumn(bytes, piece.lowerBound)
                guard let column = starts.indices.min(by: { abs(starts[$0] - at) < abs(starts[$1] - at) }), cells[column].isEmpty else { return nil }
                cells[column] = piece
            }
        } else {
            cells = WorkPlanTable.split(bytes, line, separator: header.separator)
            guard cells.count == columns.count else { return nil }
        }
        guard cells[numberAt].isEmpty, cells.contains(where: { !$0.isEmpty }) else { return nil }
        for (cell, column) in zip(cells, columns) where !cell.isEmpty {
            switch column {
            case .lead, .responsible:
                guard BrokenUnitName.isPiece(String(decoding: bytes[cell], as: UTF8.self)) else { return nil }
            case .group: return nil
            default: break
            }
        }
        return cells
    }
}
