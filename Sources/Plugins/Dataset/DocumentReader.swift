import Foundation

/// Reads a document file into text, saying exactly what is wrong when it cannot.
public enum DocumentReader {
    /// Decodes `data` as UTF-8 (a byte-order mark is dropped).
    public static func decode(_ data: Data, file: String) throws -> String {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard let text = String(data: bytes, encoding: .utf8) else {
            throw DatasetError("\(file) is not valid UTF-8")
        }
        return text
    }

    /// Reads and decodes one file; an empty or blank document is an error.
    public static func read(_ url: URL, displayName: String) throws -> String {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw DatasetError("cannot read \(displayName): \(error.localizedDescription)")
        }
        let text = try decode(data, file: displayName)
        guard text.contains(where: { !$0.isWhitespace }) else {
            throw DatasetError("\(displayName) is empty")
        }
        return text
    }
}
