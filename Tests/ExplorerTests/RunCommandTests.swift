import Foundation
import Graph
import Testing

@Suite struct RunCommandTests {
    @Test func runsANamedQueryWithTypedParametersAndAliases() throws {
        let workspace = try PluginWorkspace()
        let result = try workspace.run(["run", "work-plans.tasks-led-by", "--param", "unit=市经信局", "--format", "csv"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(whereSeparator: \.isNewline)
        #expect(lines.first == "t.code,t.title")
        #expect(lines.count == 4)
        #expect(result.stdout.contains("(三)3,强化数据要素保障"))
    }

    @Test func printsJSONWhenPipedAndNoFormatIsGiven() throws {
        let workspace = try PluginWorkspace()
        let result = try workspace.run(["run", "work-plans.tasks-led-by", "--param", "unit=市经信局"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try JSON.parse(result.stdout)
        #expect(json["columns"] == .array([.string("t.code"), .string("t.title")]))
        guard case .array(let rows)? = json["rows"] else {
            Issue.record("expected a JSON array of rows, got \(result.stdout)")
            return
        }
        #expect(rows.count == 3)
        #expect(rows.allSatisfy { $0["t.code"] != nil })
    }

    @Test func rendersTheResultWithTheQueryDiagram() throws {
        let workspace = try PluginWorkspace()
        let file = workspace.root.appendingPathComponent("ai.dot").path
        let result = try workspace.run(["run", "work-plans.units-for-industry", "--param", "industry=人工智能", "--render", file])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("diagram: \(file) (16 nodes, 17 relationships)"))
        let dot = try String(contentsOfFile: file, encoding: .utf8)
        #expect(dot.contains("人工智能"))
        #expect(dot.contains("市经济和信息化局"))
    }

    @Test func refusesAnUnknownParameterOrABadValue() throws {
        let workspace = try PluginWorkspace()
        let unknown = try workspace.run(["run", "work-plans.busiest-units", "--param", "top=3"])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("has no parameter 'top'; its parameters are: limit"))
        let bad = try workspace.run(["run", "work-plans.busiest-units", "--param", "limit=many"])
        #expect(bad.stderr.contains("'many' is not a whole number"))
        let missing = try workspace.run(["run", "work-plans.units-for-industry"])
        #expect(missing.stderr.contains("pass --param industry=VALUE"))
    }

    @Test func aNameThatNamesNothingIsWarnedAboutWithNamesToTry() throws {
        let workspace = try PluginWorkspace()
        let result = try workspace.run(["run", "work-plans.units-for-industry", "--param", "industry=人工", "--format", "csv"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.split(whereSeparator: \.isNewline).count == 1)
        #expect(result.stderr.contains("warning: no :Industry is named '人工' in this graph, so 'industry' matches nothing"))
        #expect(result.stderr.contains("try one of: 人工智能"))
        // A typo and a name in pinyin are told what they were close to.
        let typo = try workspace.run(["run", "work-plans.units-for-industry", "--param", "industry=人工只能", "--format", "csv"])
        #expect(typo.stderr.contains("did you mean '人工智能'?"), "\(typo.stderr)")
        let pinyin = try workspace.run(["run", "proceedings.person-party", "--param", "person=liangming", "--format", "csv"])
        #expect(pinyin.stderr.contains("did you mean '梁鸣'?"), "\(pinyin.stderr)")
        let known = try workspace.run(["run", "work-plans.tasks-led-by", "--param", "unit=市经信局", "--format", "csv"])
        #expect(!known.stderr.contains("warning"))
    }
}
