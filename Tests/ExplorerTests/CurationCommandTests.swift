import Foundation
import Testing

/// Corrections in a dataset's curation file, through the binary: replayed by every build,
/// shown by `:why`, listed by `explorer check`, saved by the shell's `:curate`.
@Suite struct CurationCommandTests {
    static let corrections = """
        // Corrections to the Wuhan CPPCC graph.

        // note: two persons: different parties on the 2025 list
        MATCH (a:Person {name: '廖小平'}), (b:Person {name: '缪小平'})
        MERGE (a)-[:DISTINCT_FROM]->(b);

        // note: the 农工党 post is 缪小平's
        MATCH (:Person {name: '廖小平'})-[r:MEMBER_OF]->(:Party {name: '中国农工民主党'})
        DELETE r;

        // note: party given on the 2026 list
        MATCH (p:Person {name: '缪小平'}) MERGE (q:Party {name: '中国致公党'}) MERGE (p)-[:MEMBER_OF]->(q);

        MATCH (p:Person {name: '不存在的人'}) SET p.retired = true;

        """

    static func datasetWithCorrections() throws -> URL {
        let folder = try BuildCommandTests.copyOfWuhan()
        try corrections.write(to: folder.appendingPathComponent("curation.cypher"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test func buildReplaysTheCorrectionsAndTwoBuildsGiveTheSameBytes() throws {
        let folder = try Self.datasetWithCorrections()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try ExplorerRunner.run(["build", folder.path, "--format", "text"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("corrections: 3 of 4 applied; 1 no longer applies"))
        let json = try ExplorerRunner.run(["build", folder.path, "--format", "json"])
        #expect(json.stdout.contains("\"applied\": 3"), "\(json.stdout)")
        #expect(json.stdout.contains("\"stale\": 1"))
        let snapshot = folder.appendingPathComponent("build/graph.snapshot")
        let bytes = try Data(contentsOf: snapshot)
        let second = try ExplorerRunner.run(["build", folder.path, "--format", "text"])
        #expect(second.status == 0, "\(second.stderr)")
        #expect(try Data(contentsOf: snapshot) == bytes)
        let parties = try ExplorerRunner.run([
            "query", folder.path, "MATCH (:Person {name: '廖小平'})-[:MEMBER_OF]->(q) RETURN q.name ORDER BY q.name", "--format", "csv",
        ])
        #expect(!parties.stdout.contains("中国农工民主党"), "\(parties.stdout)")
        let added = try ExplorerRunner.run([
            "query", folder.path, "MATCH (:Person {name: '缪小平'})-[:MEMBER_OF]->(q) RETURN q.name", "--format", "csv",
        ])
        #expect(added.stdout.contains("中国致公党"))
    }

    @Test func checkListsStaleAndContradictingCorrectionsWithFileAndLine() throws {
        let folder = try Self.datasetWithCorrections()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try ExplorerRunner.run(["build", folder.path])
        let check = try ExplorerRunner.run(["check", folder.path, "--format", "text"])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout.contains("1 no longer applies:\n  curation.cypher:14: changes nothing"), "\(check.stdout)")
        #expect(check.stdout.contains("curation.cypher:8: deletes (廖小平)-[:MEMBER_OF]->(中国农工民主党), which a document states"))
        // The two parties of 廖小平 were the conflict; the corrections settle it, and the spelling one.
        #expect(!check.stdout.contains("[person-in-two-parties] 廖小平"))
        #expect(!check.stdout.contains("[name-spelling]"))
        // 缪小平 now has the party a correction gives and the one a document gives.
        #expect(check.stdout.contains("curation.cypher:12: 缪小平 is given 2 parties"), "\(check.stdout)")
        #expect(check.stdout.contains("curated curation.cypher:12: party given on the 2026 list"))
        let strict = try ExplorerRunner.run(["check", folder.path, "--strict"])
        #expect(strict.status == 1)
        // Edited without a rebuild: the snapshot is stale, so check rebuilds and sees the change.
        try (Self.corrections + "CREATE (:Party {name: 'x'});\n").write(
            to: folder.appendingPathComponent("curation.cypher"), atomically: true, encoding: .utf8)
        let rechecked = try ExplorerRunner.run(["check", folder.path, "--format", "text"])
        #expect(rechecked.stdout.contains("4 of 5 applied"), "\(rechecked.stdout)")
    }

    @Test func aBrokenCorrectionStopsTheBuildWithFileLineAndCaretUnlessSkipped() throws {
        let folder = try BuildCommandTests.copyOfWuhan()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "CREATE (:Party {name: '甲'});\n\nMATCH (p:Person) SET p.x = ;\n".write(
            to: folder.appendingPathComponent("curation.cypher"), atomically: true, encoding: .utf8)
        let failed = try ExplorerRunner.run(["build", folder.path])
        #expect(failed.status != 0)
        #expect(failed.stderr.contains("curation.cypher:3:"), "\(failed.stderr)")
        #expect(failed.stderr.contains("^"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("build/graph.snapshot").path))
        let skipped = try ExplorerRunner.run(["build", folder.path, "--skip-unreadable", "--format", "text"])
        #expect(skipped.status == 0, "\(skipped.stderr)")
        #expect(skipped.stdout.contains("correction curation.cypher:3:"), "\(skipped.stdout)")
        let check = try ExplorerRunner.run(["check", folder.path, "--format", "text"])
        #expect(check.stdout.contains("1 could not run (skipped):"), "\(check.stdout)")
    }

    @Test func whyShowsTheCorrectionAndCurateSavesTheSessionsUpdates() throws {
        let folder = try Self.datasetWithCorrections()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try ExplorerRunner.run(["build", folder.path])
        let stateHome = FileManager.default.temporaryDirectory.appendingPathComponent("curation-state-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: stateHome) }
        let script = """
            MATCH (a)-[r:DISTINCT_FROM]->(b) RETURN a, r, b;
            :why 1
            MATCH (p:Person {name: '梁鸣'}) SET p.checked = true;
            :curate checked against the 2026 list

            """
        let shell = try ExplorerRunner.run(["shell", folder.path], stdin: script, environment: ["XDG_STATE_HOME": stateHome])
        #expect(shell.status == 0, "\(shell.stderr)")
        #expect(shell.stdout.contains("curated curation.cypher:4: two persons: different parties on the 2025 list"), "\(shell.stdout)")
        #expect(shell.stdout.contains("saved 1 update to curation.cypher"))
        let text = try String(contentsOf: folder.appendingPathComponent("curation.cypher"), encoding: .utf8)
        #expect(text.hasSuffix("\n// note: checked against the 2026 list\nMATCH (p:Person {name: '梁鸣'}) SET p.checked = true;\n"))
        // The next build replays it: 梁鸣 carries it, and :why says so.
        _ = try ExplorerRunner.run(["build", folder.path])
        let why = try ExplorerRunner.run(["shell", folder.path], stdin: ":why 梁鸣\n", environment: ["XDG_STATE_HOME": stateHome])
        #expect(why.stdout.contains("curated curation.cypher:17: checked against the 2026 list"), "\(why.stdout)")
    }
}
