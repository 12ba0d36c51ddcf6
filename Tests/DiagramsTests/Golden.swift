import Foundation
import Testing

/// Compares text with a file in Tests/DiagramsTests/Golden. Run the tests with
/// RECORD_GOLDEN=1 to (re)write the files from the current output; review the
/// diff before committing.
enum Golden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func check(_ text: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("no golden file \(url.path); run the tests with RECORD_GOLDEN=1", sourceLocation: sourceLocation)
            return
        }
        #expect(text == expected, "output differs from \(name); if the change is intended, re-record with RECORD_GOLDEN=1", sourceLocation: sourceLocation)
    }
}
