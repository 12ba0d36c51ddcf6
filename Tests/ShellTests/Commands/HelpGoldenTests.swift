import Foundation
import Testing
@testable import Shell

/// `:help` as a new user first sees it, kept in a golden file. Re-record with
/// `RECORD_GOLDEN=1 swift test --filter HelpGoldenTests`, then read the diff.
@Suite struct HelpGoldenTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Golden/help.txt")

    @Test func helpMatchesTheGoldenFile() throws {
        let (session, transcript) = try ShellFixture.session()
        #expect(session.perform(":help"))
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try Data(transcript.out.utf8).write(to: Self.golden)
        }
        let expected = try String(contentsOf: Self.golden, encoding: .utf8)
        #expect(transcript.out == expected)
    }
}
