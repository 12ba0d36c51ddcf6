import Foundation
import Testing

@Suite struct CheckCommandTests {
    @Test func reportsTheSpellingAndThePartyConflictWithQuotes() throws {
        let folder = try BuildCommandTests.copyOfWuhan()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try ExplorerRunner.run(["check", folder.path, "--format", "text"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("2 conflicts"))
        #expect(result.stdout.contains("[name-spelling]"))
        #expect(result.stdout.contains("缪小平"))
        #expect(result.stdout.contains("[person-in-two-parties] 廖小平 is given 2 parties"))
        // Both sides, quoted with document and offset.
        #expect(result.stdout.contains("2025-06-26-standing-committee-21 @"))
        #expect(result.stdout.contains("“市政协常委、民革市委委员、武汉大学公共卫生学院院长廖小平”"))
        #expect(result.stdout.contains("“全国人大代表、市政协常委、农工党市委委员、武汉大学公共卫生学院院长廖小平”"))
        #expect(result.stdout.contains("“市政协常委,农工党武汉市委员会主委,武汉大学公共卫生学院院长 缪小平”"))
        let strict = try ExplorerRunner.run(["check", folder.path, "--strict"])
        #expect(strict.status == 1)
    }
}
