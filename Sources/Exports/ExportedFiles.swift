import Foundation

/// What one export made: files by their path relative to the output (a single
/// file has the empty path), and a line per file saying what is in it.
public struct ExportedFiles: Sendable {
    /// One written file: its path inside the output folder ("" for a one-file format), its bytes, and what it holds.
    public struct File: Sendable {
        public var path: String
        public var contents: Data
        public var summary: String

        public init(path: String, contents: Data, summary: String) {
            self.path = path
            self.contents = contents
            self.summary = summary
        }
    }

    public var files: [File] = []

    public init(files: [File] = []) { self.files = files }

    mutating func add(_ path: String, _ text: String, _ summary: String) {
        files.append(File(path: path, contents: Data(text.utf8), summary: summary))
    }
}
