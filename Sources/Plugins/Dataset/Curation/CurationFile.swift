import Foundation
import Graph

/// Appends corrections to a curation file, as the shell's `:curate` does.
public enum CurationFile {
    /// Appends `statements` (each without its `;`) to the file at `url`, creating it (and its
    /// folder) when needed, each under `// note: NOTE` when a note is given, so every element a
    /// statement changes carries the note after the next build. The file is rewritten whole
    /// (`AtomicFile`): a failure leaves it as it was.
    public static func append(_ statements: [String], note: String?, to url: URL) throws {
        guard !statements.isEmpty else { return }
        var text = ""
        if let data = FileManager.default.contents(atPath: url.path) {
            guard let existing = String(data: data, encoding: .utf8) else {
                throw DatasetError("\(url.path) is not UTF-8; convert it before adding corrections to it")
            }
            text = existing
            if !text.isEmpty && !text.hasSuffix("\n") { text += "\n" }
            if !text.isEmpty { text += "\n" }
        }
        let noteLine = note.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .flatMap { $0.isEmpty ? nil : "// note: " + $0.replacingOccurrences(of: "\n", with: " ") + "\n" }
        for statement in statements {
            text += (noteLine ?? "") + statement.trimmingCharacters(in: .whitespacesAndNewlines) + ";\n"
        }
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try AtomicFile.write(Data(text.utf8), to: url)
        } catch let failure as AtomicFile.Failure {
            throw DatasetError(failure.message)
        } catch {
            throw DatasetError("cannot write \(url.path): \(error.localizedDescription)")
        }
    }
}
