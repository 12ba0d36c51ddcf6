import Foundation

/// The shell's history on disk: one entry per line, newest last, appended as
/// entries are made so that a crash loses nothing.
///
/// Entries are single lines (multi-line statements are joined with spaces
/// before they are recorded); a backslash is doubled so the format stays
/// reversible should an entry ever carry a newline.
public struct HistoryFile: Sendable {
    /// The file; its folder is created on the first entry.
    public let url: URL
    /// Entries kept; older ones are dropped when the file is loaded.
    public let limit: Int

    /// The history kept in `url`.
    public init(url: URL, limit: Int = 2000) {
        self.url = url
        self.limit = limit
    }

    /// `$XDG_STATE_HOME/policy-graph-explorer/history`, else
    /// `~/.local/state/policy-graph-explorer/history`.
    public static func defaultURL(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        let base: URL
        if let state = environment["XDG_STATE_HOME"], !state.isEmpty {
            base = URL(fileURLWithPath: state)
        } else {
            let home = environment["HOME"].map { URL(fileURLWithPath: $0) }
                ?? FileManager.default.homeDirectoryForCurrentUser
            base = home.appendingPathComponent(".local/state")
        }
        return base.appendingPathComponent("policy-graph-explorer/history")
    }

    /// The stored entries, oldest first; none when the file does not exist yet.
    /// Trims the file to `limit` entries when it has grown past twice that.
    public func load() -> [String] {
        guard let data = FileManager.default.contents(atPath: url.path) else { return [] }
        var entries = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true)
            .map { Self.decode(String($0)) }
        if entries.count > limit {
            entries.removeFirst(entries.count - limit)
            if entries.count * 2 > limit { try? rewrite(entries) }
        }
        return entries
    }

    /// Appends one entry, creating the folder and file when needed.
    public func append(_ entry: String) throws {
        let folder = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let line = Data((Self.encode(entry) + "\n").utf8)
        if let handle = try? FileHandle(forWritingTo: url) {
            defer { try? handle.close() }
            try handle.seekToEnd()
            try handle.write(contentsOf: line)
        } else {
            // Only the user reads what they typed, as with a shell's history.
            // A history that cannot be written is not worth stopping the shell for; it is tried again next line.
            _ = FileManager.default.createFile(atPath: url.path, contents: line, attributes: [.posixPermissions: 0o600])
        }
    }

    private func rewrite(_ entries: [String]) throws {
        let text = entries.map { Self.encode($0) + "\n" }.joined()
        try Data(text.utf8).write(to: url, options: .atomic)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: url.path)
    }

    static func encode(_ entry: String) -> String {
        entry.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\n", with: "\\n")
    }

    static func decode(_ line: String) -> String {
        var result = ""
        var escaped = false
        for character in line {
            if escaped {
                result.append(character == "n" ? "\n" : character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                result.append(character)
            }
        }
        return result
    }
}
