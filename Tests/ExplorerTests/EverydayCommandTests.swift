import Foundation
import Testing

/// What every command shares: JSON when piped (the runner's output is a
/// pipe), `--format` to choose, `--version`.
@Suite struct EverydayCommandTests {
    static func json(_ text: String) -> [String: Any]? {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any]
    }

    @Test(arguments: [["queries"], ["plugins"], ["check"]])
    func listingCommandsPrintJSONWhenPiped(arguments: [String]) throws {
        let result = try ExplorerRunner.run(arguments)
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(Self.json(result.stdout), "not JSON: \(result.stdout.prefix(200))")
        #expect((object["columns"] as? [String])?.isEmpty == false)
        #expect((object["rows"] as? [Any])?.isEmpty == false)
    }

    @Test func listingCommandsTakeAnyResultFormat() throws {
        let csv = try ExplorerRunner.run(["queries", "--format", "csv"])
        #expect(csv.stdout.hasPrefix("id,plugin,title_zh,title_en"))
        let text = try ExplorerRunner.run(["check", "--format", "text"])
        #expect(text.stdout.contains("conflicts in wuhan-cppcc"))
        let bad = try ExplorerRunner.run(["plugins", "--format", "xml"])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("unknown format 'xml'"))
    }

    @Test func versionIsPrinted() throws {
        let result = try ExplorerRunner.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("explorer "))
        #expect(result.stdout.contains("snapshot format"))
    }
}
