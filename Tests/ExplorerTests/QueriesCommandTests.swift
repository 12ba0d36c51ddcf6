import Foundation
import Testing

@Suite struct QueriesCommandTests {
    @Test func listsEveryNamedQueryWithItsTitlesAndAQuestion() throws {
        let workspace = try PluginWorkspace()
        let result = try workspace.run(["queries", "--format", "text"])
        #expect(result.status == 0, "\(result.stderr)")
        for id in [
            "work-plans.units-for-industry", "work-plans.tasks-led-by", "work-plans.busiest-units",
            "proceedings.speakers-on-industry", "proceedings.party-members", "proceedings.meeting-exchange",
            "proceedings.person-roles", "data-quality.conflicts", "data-quality.dangling-mentions",
            "silver-economy.speakers", "silver-economy.parties",
        ] {
            #expect(result.stdout.contains("\(id)  ["), "\(id) missing")
        }
        #expect(result.stdout.contains("ask: which units own 人工智能 tasks"))
        #expect(result.stdout.contains("问:  哪些单位负责人工智能任务"))
    }

    @Test func showsOneQueryInFullWithValuesToTry() throws {
        let workspace = try PluginWorkspace()
        let result = try workspace.run(["queries", "--name", "work-plans.units-for-industry", "--format", "text"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("MATCH (a:Agency)-[r:LEADS|RESPONSIBLE_FOR]->(t:Task)-[:ABOUT]->(:Industry {name: $industry})"))
        #expect(result.stdout.contains("哪些单位负责{industry}任务"))
        #expect(result.stdout.contains("try: "))
        #expect(result.stdout.contains("人工智能"))
    }

    @Test func anUnknownQueryNamesTheClosestOnes() throws {
        let workspace = try PluginWorkspace()
        let result = try workspace.run(["queries", "--name", "busiest-units"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("did you mean work-plans.busiest-units?"))
        let typo = try workspace.run(["run", "work-plans.units-for-industy"])
        #expect(typo.stderr.contains("did you mean work-plans.units-for-industry?"))
    }

    @Test func aPackCopiedIntoAFreshFolderAddsItsQueriesWithoutARebuild() throws {
        let workspace = try PluginWorkspace()
        let dataset = try workspace.datasetWithoutPacks()
        let before = try workspace.run(["queries", dataset])
        #expect(!before.stdout.contains("silver-economy.speakers"))
        let pack = try workspace.copyExamplePack(to: "fresh/silver-economy")
        let after = try workspace.run(["queries", dataset, "--plugin", pack, "--format", "text"])
        #expect(after.status == 0, "\(after.stderr)")
        #expect(after.stdout.contains("silver-economy.speakers  [silver-economy]"))
        #expect(after.stdout.contains("问:  谁在为银发经济建言"))
    }

    @Test func checkRunsEveryExampleAndPrintsTheRowsOfOneThatDiffers() throws {
        let workspace = try PluginWorkspace()
        let pack = try workspace.copyExamplePack(to: "fresh/silver-economy")
        let dataset = try workspace.datasetWithoutPacks()
        let passing = try workspace.run(["queries", dataset, "--check", "--plugin", pack, "--format", "text"])
        #expect(passing.status == 0, "\(passing.stdout)\(passing.stderr)")
        #expect(passing.stdout.contains("ok   work-plans.units-for-industry (15 rows)"))
        #expect(passing.stdout.contains("ok   silver-economy.parties (2 rows)"))
        let file = URL(fileURLWithPath: pack).appendingPathComponent("queries/parties.yaml")
        let text = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "中国民主同盟", with: "中国致公党")
        try Data(text.utf8).write(to: file)
        let failing = try workspace.run(["queries", dataset, "--check", "--plugin", pack, "--format", "text"])
        #expect(failing.status != 0)
        #expect(failing.stdout.contains("FAIL silver-economy.parties: missing [['中国致公党', 1, ['舒晓刚']]]"))
        #expect(failing.stdout.contains("- ['中国民主同盟', 1, ['舒晓刚']]"))
        // Piped: one JSON document, a row per query, and the same failing status.
        let piped = try workspace.run(["queries", dataset, "--check", "--plugin", pack])
        #expect(piped.status != 0)
        let rows = try JSONRows.of(piped.stdout)
        let parties = rows.first { $0["id"] as? String == "silver-economy.parties" }
        #expect(parties?["ok"] as? Bool == false)
        #expect((parties?["problem"] as? String)?.contains("中国致公党") == true)
        #expect(rows.first { $0["id"] as? String == "work-plans.units-for-industry" }?["rows"] as? Int == 15)
    }

    @Test func oneQueryInFullIsOneJSONRowWhenPiped() throws {
        let workspace = try PluginWorkspace()
        let result = try workspace.run(["queries", "--name", "work-plans.units-for-industry"])
        #expect(result.status == 0, "\(result.stderr)")
        let row = try #require(try JSONRows.of(result.stdout).first)
        #expect(row["id"] as? String == "work-plans.units-for-industry")
        #expect((row["cypher"] as? String)?.contains("$industry") == true)
        let parameter = try #require((row["parameters"] as? [[String: Any]])?.first)
        #expect(parameter["name"] as? String == "industry")
        #expect((parameter["try"] as? [String])?.contains("人工智能") == true)
    }
}
