import Foundation

/// The rows of a command's JSON output (`{"columns": [...], "rows": [{...}]}`), for tests to read.
enum JSONRows {
    struct NotJSON: Error, CustomStringConvertible {
        var text: String
        var description: String { "not a JSON table: \(text.prefix(300))" }
    }

    static func of(_ text: String) throws -> [[String: Any]] {
        guard let object = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any],
              object["columns"] is [String], let rows = object["rows"] as? [[String: Any]]
        else { throw NotJSON(text: text) }
        return rows
    }
}
