/// RFC 4180 records (quoted cells may hold commas, doubled quotes and line breaks), for checking what the exports wrote.
enum CSVRecords {
    struct Unterminated: Error {}

    static func parse(_ text: String) throws -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var cell = ""
        var quoted = false
        var iterator = Array(text.unicodeScalars).makeIterator()
        var pending: Unicode.Scalar? = nil
        func next() -> Unicode.Scalar? {
            if let p = pending { pending = nil; return p }
            return iterator.next()
        }
        while let c = next() {
            if quoted {
                if c == "\"" {
                    if let following = next() {
                        if following == "\"" { cell.unicodeScalars.append("\"") } else { quoted = false; pending = following }
                    } else { quoted = false }
                } else { cell.unicodeScalars.append(c) }
                continue
            }
            switch c {
            case "\"": quoted = true
            case ",": record.append(cell); cell = ""
            case "\n": record.append(cell); records.append(record); record = []; cell = ""
            default: cell.unicodeScalars.append(c)
            }
        }
        if quoted { throw Unterminated() }
        if !cell.isEmpty || !record.isEmpty { record.append(cell); records.append(record) }
        return records
    }
}
