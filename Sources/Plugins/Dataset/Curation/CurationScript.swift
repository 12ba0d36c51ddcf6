import Foundation
import Graph

/// The corrections of a dataset: `curation.cypher`, then the `*.cypher` files of `curation/`
/// in file-name order, each cut into statements at the `;` outside strings and comments.
public struct CurationScript: Sendable {
    /// The statements in the order they are replayed.
    public var statements: [CurationStatement] = []
    /// Files that could not be cut into statements (an unclosed string or comment), with the
    /// message saying where; their statements are not in `statements`.
    public var failures: [CurationFailure] = []
    /// The files read, relative to the dataset folder, in replay order.
    public var files: [String] = []
    /// The text of each file read, for the excerpt under an error.
    public var texts: [String: String] = [:]

    /// The single file a dataset's corrections go in when it has no `curation/` folder.
    public static let fileName = "curation.cypher"
    /// The folder of several curation files, read in file-name order.
    public static let folderName = "curation"

    /// The curation files of the dataset at `root`, relative to it, in replay order.
    public static func files(in root: URL) -> [String] {
        var files: [String] = []
        let fileManager = FileManager.default
        if fileManager.fileExists(atPath: root.appendingPathComponent(fileName).path) { files.append(fileName) }
        let folder = root.appendingPathComponent(folderName)
        if let names = try? fileManager.contentsOfDirectory(atPath: folder.path) {
            // Byte order, as `ls` in the C locale sorts: 01-… before 10-…, whatever the machine's locale.
            let cypher = names.filter { $0.hasSuffix(".cypher") && !$0.hasPrefix(".") }
                .sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
            files += cypher.map { folderName + "/" + $0 }
        }
        return files
    }

    /// Reads and splits the curation files of the dataset at `root`. A file that cannot be read
    /// throws: a correction must never be lost without a word.
    public static func load(from root: URL) throws -> CurationScript {
        var script = CurationScript()
        for file in files(in: root) {
            let url = root.appendingPathComponent(file)
            let data: Data
            do { data = try Data(contentsOf: url) } catch {
                throw DatasetError("\(file) cannot be read (\(error.localizedDescription)); its corrections would be lost")
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw DatasetError("\(file) is not UTF-8; save it as UTF-8 (e.g. iconv -f GB18030 -t UTF-8)")
            }
            script.files.append(file)
            script.texts[file] = text
            do {
                script.statements += try split(text, file: file)
            } catch let error as QueryError {
                script.failures.append(CurationFailure(file: file, text: text, error: error, statementOffset: 0))
            }
        }
        return script
    }

    /// The statements of one file's `text`.
    public static func split(_ text: String, file: String) throws -> [CurationStatement] {
        let bytes = Array(text.utf8)
        var result: [CurationStatement] = []
        for piece in try QueryEngine.statements(inScript: text) {
            // The piece runs from the previous `;`: comments and blank lines come first.
            var notes: [String] = []
            var start = piece.offset
            let end = piece.offset + piece.text.utf8.count
            while start < end {
                var lineEnd = start
                while lineEnd < end && bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
                let line = String(decoding: bytes[start..<lineEnd], as: UTF8.self).trimmingCharacters(in: .whitespaces)
                if line.isEmpty || line.hasPrefix("//") {
                    // A blank line cuts a note off from the statement below it; other comments do not.
                    if line.isEmpty { notes = [] } else if let note = noteText(line) { notes.append(note) }
                    start = min(end, lineEnd + 1)
                    continue
                }
                // The statement starts at its first non-blank character on this line.
                while start < lineEnd && (bytes[start] == UInt8(ascii: " ") || bytes[start] == UInt8(ascii: "\t")) { start += 1 }
                break
            }
            guard start < end else { continue }
            let statement = String(decoding: bytes[start..<end], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            let (line, column) = position(of: start, in: bytes)
            result.append(
                CurationStatement(
                    file: file, line: line, column: column, offset: start, text: statement,
                    note: notes.isEmpty ? nil : notes.joined(separator: " ")))
        }
        return result
    }

    /// The text of a `// note: …` comment line; nil for any other line.
    static func noteText(_ line: String) -> String? {
        guard line.hasPrefix("//") else { return nil }
        let body = line.dropFirst(2).trimmingCharacters(in: .whitespaces)
        guard body.lowercased().hasPrefix("note:") else { return nil }
        let note = body.dropFirst("note:".count).trimmingCharacters(in: .whitespaces)
        return note.isEmpty ? nil : note
    }

    /// The line and column (counted from 1, the column in characters) of UTF-8 offset `offset`.
    static func position(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = 0
        for index in 0..<min(offset, bytes.count) where bytes[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        return (line, String(decoding: bytes[lineStart..<min(offset, bytes.count)], as: UTF8.self).count + 1)
    }
}
