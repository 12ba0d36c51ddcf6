import Foundation
import Testing

/// Golden-file comparison for text outputs (EXPLAIN, tables).
///
/// Set `RECORD_GOLDEN=1` to rewrite the files from the current output instead of comparing.
enum Golden {
    static func check(_ actual: String, file name: String, folder: String = #filePath, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = URL(fileURLWithPath: folder).deletingLastPathComponent().appendingPathComponent("Golden/\(name)")
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] != nil {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected, "golden file \(name) differs; re-record with RECORD_GOLDEN=1 if the change is intended", sourceLocation: sourceLocation)
    }
}
