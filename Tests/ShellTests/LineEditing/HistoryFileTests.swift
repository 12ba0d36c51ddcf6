import Foundation
import Testing
@testable import Shell

@Suite struct HistoryFileTests {
    private func temporaryFile() -> URL {
        FileManager.default.temporaryDirectory
            .appendingPathComponent("history-\(UUID().uuidString)/nested/history")
    }

    @Test func entriesSurviveAReload() throws {
        let url = temporaryFile()
        let file = HistoryFile(url: url)
        #expect(file.load().isEmpty)
        try file.append("MATCH (p:Person {name: '梁鸣'}) RETURN p;")
        try file.append("a\\b\nc")
        #expect(HistoryFile(url: url).load() == ["MATCH (p:Person {name: '梁鸣'}) RETURN p;", "a\\b\nc"])
        let permissions = try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int
        #expect(permissions == 0o600)
    }

    @Test func loadKeepsOnlyTheNewestEntries() throws {
        let url = temporaryFile()
        let file = HistoryFile(url: url, limit: 3)
        for index in 1...7 { try file.append("RETURN \(index);") }
        #expect(file.load() == ["RETURN 5;", "RETURN 6;", "RETURN 7;"])
        #expect(file.load() == ["RETURN 5;", "RETURN 6;", "RETURN 7;"])
    }

    @Test func defaultLocationFollowsXDGStateHome() {
        let xdg = HistoryFile.defaultURL(environment: ["XDG_STATE_HOME": "/state", "HOME": "/home/u"])
        #expect(xdg.path == "/state/policy-graph-explorer/history")
        let home = HistoryFile.defaultURL(environment: ["HOME": "/home/u"])
        #expect(home.path == "/home/u/.local/state/policy-graph-explorer/history")
    }
}
